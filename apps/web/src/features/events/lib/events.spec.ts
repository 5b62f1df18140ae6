import dayjs from 'dayjs';
import { canModifyEvent, defaultOwner, eventDates, toCreateEventBody } from './events';

const SCHOOL = { regionId: 'r1', municipalityId: 'm1', organizationId: 'o1' };
const METHODIST = { regionId: 'r1', municipalityId: 'm1', organizationId: null };
const REGION = { regionId: 'r1', municipalityId: null, organizationId: null };
const SYSTEM = { regionId: null, municipalityId: null, organizationId: null };

describe('defaultOwner', () => {
  it('is the caller\'s own place', () => {
    expect(defaultOwner(SCHOOL)).toEqual({ owner: 'ORGANIZATION', ownerId: 'o1' });
    expect(defaultOwner(METHODIST)).toEqual({ owner: 'MUNICIPALITY', ownerId: 'm1' });
    expect(defaultOwner(REGION)).toEqual({ owner: 'REGION', ownerId: 'r1' });
    expect(defaultOwner(SYSTEM)).toEqual({ owner: 'REGION', ownerId: null });
  });
});

describe('canModifyEvent', () => {
  const regional = { regionId: 'r1', municipalityId: null, organizationId: null };
  const municipal = { regionId: 'r1', municipalityId: 'm1', organizationId: null };
  const school = { regionId: 'r1', municipalityId: 'm1', organizationId: 'o1' };

  it('lets a school change only its own events', () => {
    expect(canModifyEvent(SCHOOL, school)).toBe(true);
    expect(canModifyEvent(SCHOOL, municipal)).toBe(false);
    expect(canModifyEvent(SCHOOL, regional)).toBe(false);
  });

  it('lets a municipality change its events and its schools\' but not the region\'s', () => {
    expect(canModifyEvent(METHODIST, municipal)).toBe(true);
    expect(canModifyEvent(METHODIST, school)).toBe(true);
    expect(canModifyEvent(METHODIST, regional)).toBe(false);
  });

  it('lets the region and the system change everything of theirs', () => {
    expect(canModifyEvent(REGION, regional)).toBe(true);
    expect(canModifyEvent(REGION, { ...regional, regionId: 'r2' })).toBe(false);
    expect(canModifyEvent(SYSTEM, regional)).toBe(true);
  });
});

describe('eventDates', () => {
  it('shows one date or a range', () => {
    expect(eventDates({ startsOn: '2026-03-05', endsOn: null })).toBe('05.03.2026');
    expect(eventDates({ startsOn: '2026-03-05', endsOn: '2026-03-05' })).toBe('05.03.2026');
    expect(eventDates({ startsOn: '2026-03-05', endsOn: '2026-03-07' })).toBe('05.03.2026 — 07.03.2026');
  });
});

describe('toCreateEventBody', () => {
  it('owns the event at the caller\'s place and sends API dates', () => {
    const body = toCreateEventBody(
      { name: ' ПрофСреда ', series: '', kind: 'SEMINAR' as never, level: 'MUNICIPAL' as never, startsOn: dayjs('2026-03-05'), endsOn: null },
      METHODIST,
    );
    expect(body).toEqual({
      name: 'ПрофСреда', series: null, kind: 'SEMINAR', level: 'MUNICIPAL', startsOn: '2026-03-05', endsOn: null, owner: 'MUNICIPALITY', ownerId: 'm1',
    });
  });

  it('takes the chosen region for an account without a place', () => {
    const body = toCreateEventBody({ name: 'X', kind: 'OTHER' as never, level: 'REGIONAL' as never, startsOn: dayjs('2026-01-01'), ownerId: 'r9' }, SYSTEM);
    expect(body.owner).toBe('REGION');
    expect(body.ownerId).toBe('r9');
  });
});
