import { breakdownLevel, breakdownOptions, breakdownTitle, breakdownValueName, PEOPLE_PAGE_SIZE, peopleParams, splitsNumerator } from './breakdowns';

describe('breakdown titles', () => {
  it('names breakdowns as the shared titles do, capitalised in the select', () => {
    expect(breakdownTitle('SUBJECT')).toBe('по предметам');
    expect(breakdownTitle('UNKNOWN')).toBe('UNKNOWN');
    expect(breakdownOptions({ breakdowns: ['SUBJECT', 'COMPETENCE'] })).toEqual([
      { value: 'SUBJECT', label: 'По предметам' },
      { value: 'COMPETENCE', label: 'По компетенциям' },
    ]);
  });

  it('names a value by its name, else its key', () => {
    expect(breakdownValueName({ breakdownName: 'Математика', breakdownKey: 'MATH' })).toBe('Математика');
    expect(breakdownValueName({ breakdownName: null, breakdownKey: 'MATH' })).toBe('MATH');
  });
});

describe('splitsNumerator', () => {
  it('is true for procedure kind, category and competence, false for subject and position', () => {
    expect(['PROCEDURE_KIND', 'CATEGORY', 'COMPETENCE'].map(splitsNumerator)).toEqual([true, true, true]);
    expect(['SUBJECT', 'POSITION'].map(splitsNumerator)).toEqual([false, false]);
  });
});

describe('breakdownLevel', () => {
  it('reads a region run\'s breakdowns at region level, a municipality run\'s at municipality level', () => {
    expect(breakdownLevel({ scope: 'REGION' })).toBe('REGION');
    expect(breakdownLevel({ scope: 'MUNICIPALITY' })).toBe('MUNICIPALITY');
  });
});

describe('peopleParams', () => {
  const selection = { indicatorCode: 'DIAG_COVERAGE', breakdown: 'SUBJECT' as const, breakdownKey: 'MATH', part: 'numerator' as const, page: 3 };

  it('asks for the people of a breakdown value, page by page', () => {
    expect(peopleParams(selection, false)).toEqual({
      indicatorCode: 'DIAG_COVERAGE', part: 'numerator', breakdown: 'SUBJECT', breakdownKey: 'MATH', limit: PEOPLE_PAGE_SIZE, offset: 2 * PEOPLE_PAGE_SIZE,
    });
  });

  it('asks for the people of an organization, without a breakdown', () => {
    expect(peopleParams({ indicatorCode: 'DIAG_COVERAGE', organizationId: 'o1', part: 'denominator', page: 1 }, false)).toEqual({
      indicatorCode: 'DIAG_COVERAGE', part: 'denominator', organizationId: 'o1', limit: PEOPLE_PAGE_SIZE, offset: 0,
    });
  });

  it('needs a municipality for a region run, and sends it only then', () => {
    expect(peopleParams(selection, true)).toBeNull();
    expect(peopleParams({ ...selection, municipalityId: 'm1' }, true)).toMatchObject({ municipalityId: 'm1' });
    expect(peopleParams({ ...selection, municipalityId: 'm1' }, false)).not.toHaveProperty('municipalityId');
  });
});
