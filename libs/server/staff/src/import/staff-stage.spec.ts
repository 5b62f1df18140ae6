import { Employment, EducationLevel, Gender, PositionCode, QualificationCategory } from '@sopr/shared';
import { Organization } from '@sopr/server-org-structure';
import { copyLine } from '@sopr/server-core';
import { stagedValues } from './staff-stage';

const organization = { id: 'o-1', regionId: 'r-1', municipalityId: 'm-1' } as Organization;
const input = {
  externalId: null, organization: null, snils: '11223344595', lastName: 'Д\'Арк', firstName: 'Жанна', middleName: null, gender: Gender.FEMALE,
  birthDate: '1990-04-12', email: null, phone: null, educationLevel: EducationLevel.HIGHER, educationSpecialty: 'Учитель\tистории\\права\r\nи обществознания',
  teachingSince: '2013-09-01', category: QualificationCategory.FIRST, categoryAssignedOn: '2023-03-15', employment: Employment.MAIN, hiredOn: '2013-09-01',
  dismissedOn: null, positions: [PositionCode.TEACHER, PositionCode.TEACHER], weeklyHours: 18, subjects: ['История'], isTutor: true, isSupervisor: false, isExpert: false,
};

describe('a staged staff row as COPY text', () => {
  const fields = copyLine(stagedValues({ line: 7, input, organization, subjectIds: ['s-1', 's-2', 's-1'] })).replace(/\n$/, '').split('\t');

  it('writes one line of tab-separated fields in the staging column order', () => {
    expect(fields[0]).toBe('7');
    expect(fields[1]).toMatch(/^[0-9a-f-]{36}$/); // a fresh id, kept if no record matches
    expect(fields.slice(2, 9)).toEqual(['true', 'o-1', 'r-1', 'm-1', '\\N', '11223344595', 'Д\'Арк']);
    expect(fields).toHaveLength(6 + 20 + 3);
  });

  it('escapes tabs, line breaks and backslashes so a cell cannot break the row', () => {
    expect(fields).toContain('Учитель\\tистории\\\\права\\r\\nи обществознания');
  });

  it('writes nulls as \\N, booleans as text, arrays as quoted literals without duplicate positions', () => {
    expect(fields.slice(-3)).toEqual(['{"TEACHER"}', '18', '{"s-1","s-2"}']);
    expect(fields.filter((f) => f === 'true')).toHaveLength(2); // is_new, isTutor
    expect(fields.filter((f) => f === '\\N')).toHaveLength(5); // externalId, middleName, email, phone, dismissedOn
  });
});
