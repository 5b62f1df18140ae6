import { readListState, writeListState } from '../../../shared/lib/list-params';
import { hasStaffFilters, STAFF_FILTERS, STAFF_LIST_DEFAULTS, statusOf, statusParam, toStaffExportParams, toStaffListParams } from './staff-filters';

const read = (query: string) => readListState(new URLSearchParams(query), STAFF_FILTERS, STAFF_LIST_DEFAULTS);
const ORG = '357f3015-d3fc-4735-a6c2-7f25ad939015';

describe('staff filters in the URL', () => {
  it('sends only paging and the default sort for an empty URL', () => {
    expect(toStaffListParams(read(''))).toEqual({ limit: 20, offset: 0, sort: 'fullName' });
  });

  it('turns URL strings into the typed API query', () => {
    const query = `q=Иванов&organizationId=${ORG}&position=TEACHER&ageGroup=UNDER_25&experienceGroup=UNDER_3&category=NONE`
      + '&youngSpecialist=true&trainedInLast3Years=false&status=all&asOf=2026-09-01&sort=-birthDate&offset=40';
    expect(toStaffListParams(read(query))).toEqual({
      limit: 20, offset: 40, sort: '-birthDate', q: 'Иванов', organizationId: ORG, position: 'TEACHER', ageGroup: 'UNDER_25',
      experienceGroup: 'UNDER_3', category: 'NONE', youngSpecialist: true, trainedInLast3Years: false, status: 'all', asOf: '2026-09-01',
    });
  });

  it('drops values the API would reject', () => {
    const query = 'organizationId=42&position=ASTRONAUT&pensionAge=maybe&status=active&asOf=2026-02-30&sort=salary&category=BEST';
    expect(toStaffListParams(read(query))).toEqual({ limit: 20, offset: 0, sort: 'fullName' });
  });

  it('keeps a state through the URL and leaves the defaults out', () => {
    const state = read('under35=true&status=dismissed&asOf=2026-01-15');
    const search = writeListState(state, STAFF_LIST_DEFAULTS);
    expect(search.toString()).toBe('under35=true&status=dismissed&asOf=2026-01-15');
    expect(read(search.toString())).toEqual(state);
  });

  it('knows whether anything narrows the list', () => {
    expect(hasStaffFilters(read('sort=-fullName&offset=20'))).toBe(false);
    expect(hasStaffFilters(read('q=Анна'))).toBe(true);
    expect(hasStaffFilters(read('youngSpecialist=true'))).toBe(true);
  });
});

describe('status switch', () => {
  it('maps the URL value to the switch and back, «работают» being the default', () => {
    expect(statusOf(undefined)).toBe('active');
    expect(statusOf('junk')).toBe('active');
    expect(statusOf('dismissed')).toBe('dismissed');
    expect(statusParam('active')).toBeUndefined();
    expect(statusParam('all')).toBe('all');
  });
});

describe('toStaffExportParams', () => {
  it('sends the list\'s filters, search and sort, but no paging', () => {
    const query = `q=Петров&organizationId=${ORG}&under35=true&asOf=2026-09-01&sort=-birthDate&offset=40&limit=50`;
    expect(toStaffExportParams(read(query))).toEqual({
      sort: '-birthDate', q: 'Петров', organizationId: ORG, under35: true, asOf: '2026-09-01',
    });
  });
});
