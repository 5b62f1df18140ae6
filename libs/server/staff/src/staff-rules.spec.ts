import { QualificationCategory } from '@sopr/shared';
import { staffFactErrors } from './staff-rules';

const valid = {
  snils: '11223344595', birthDate: '1990-04-12', teachingSince: '2013-09-01', hiredOn: '2013-09-01', dismissedOn: null,
  category: QualificationCategory.FIRST, categoryAssignedOn: '2022-03-15',
};

describe('staffFactErrors', () => {
  it('accepts a consistent record', () => {
    expect(staffFactErrors(valid, '2026-11-22')).toEqual([]);
  });

  it('names every impossible fact', () => {
    const errors = staffFactErrors(
      { ...valid, snils: '11223344596', birthDate: '2027-01-01', hiredOn: '2026-01-01', category: QualificationCategory.HIGHEST, categoryAssignedOn: null },
      '2026-11-22',
    );
    expect(errors.map((e) => e.field)).toEqual(['snils', 'birthDate', 'teachingSince', 'hiredOn', 'categoryAssignedOn']);
  });

  it('refuses teaching before the age of 16, allows it from the 16th birthday', () => {
    expect(staffFactErrors({ ...valid, teachingSince: '2006-04-11' }, '2026-11-22').map((e) => e.field)).toEqual(['teachingSince']);
    expect(staffFactErrors({ ...valid, teachingSince: '2006-04-12' }, '2026-11-22')).toEqual([]);
  });
});
