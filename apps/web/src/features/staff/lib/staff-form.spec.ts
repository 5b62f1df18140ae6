import dayjs from 'dayjs';
import type { StaffMemberDto } from '@sopr/api-client';
import {
  emptyStaffForm, staffFormOf, StaffFormValues, toContactsBody, toCreateStaffBody, toTrainingBody, toUpdateStaffBody, trainingFormOf,
} from './staff-form';

const ORG = '357f3015-d3fc-4735-a6c2-7f25ad939015';
const SUBJECT = 'c180190b-5e93-4a33-aab1-5f07a62165b0';

const filled: StaffFormValues = {
  ...emptyStaffForm(ORG),
  snils: ' 112-233-445 95 ',
  lastName: ' Иванова ',
  firstName: 'Мария',
  middleName: '  ',
  gender: 'FEMALE',
  birthDate: dayjs('1990-04-05'),
  email: 'ivanova@example.ru',
  phone: '',
  educationLevel: 'HIGHER',
  teachingSince: dayjs('2012-09-01'),
  category: 'FIRST',
  categoryAssignedOn: dayjs('2024-03-01'),
  hiredOn: dayjs('2015-08-25'),
  positions: [{ position: 'TEACHER', weeklyHours: 18 }, { position: 'METHODIST' }],
  subjects: [{ subjectId: SUBJECT, profileMatch: false }, {}],
};

describe('toCreateStaffBody', () => {
  it('builds the request: trimmed texts, ISO dates, nulls for empty optional fields', () => {
    expect(toCreateStaffBody(filled)).toEqual({
      organizationId: ORG,
      snils: '112-233-445 95',
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: null,
      gender: 'FEMALE',
      birthDate: '1990-04-05',
      email: 'ivanova@example.ru',
      phone: null,
      educationLevel: 'HIGHER',
      educationSpecialty: null,
      teachingSince: '2012-09-01',
      category: 'FIRST',
      categoryAssignedOn: '2024-03-01',
      employment: 'MAIN',
      hiredOn: '2015-08-25',
      isTutor: false,
      isSupervisor: false,
      isExpert: false,
      externalId: null,
      positions: [{ position: 'TEACHER', weeklyHours: 18 }, { position: 'METHODIST', weeklyHours: null }],
      // An empty row is sent as it is, so the server names subjects[1].subjectId.
      subjects: [{ subjectId: SUBJECT, profileMatch: false }, { subjectId: '', profileMatch: true }],
    });
  });

  it('drops the date of a category when there is none', () => {
    const body = toCreateStaffBody({ ...filled, category: 'NONE' });
    expect(body.category).toBe('NONE');
    expect(body.categoryAssignedOn).toBeNull();
  });

  it('sends a dismissal date only when one is set', () => {
    expect('dismissedOn' in toCreateStaffBody(filled)).toBe(false);
    expect(toCreateStaffBody({ ...filled, dismissedOn: dayjs('2026-06-30') }).dismissedOn).toBe('2026-06-30');
  });
});

describe('toUpdateStaffBody', () => {
  it('keeps the stored SNILS unless a new one is typed and can clear a dismissal', () => {
    const body = toUpdateStaffBody({ ...filled, snils: '', dismissedOn: null });
    expect('snils' in body).toBe(false);
    expect('organizationId' in body).toBe(false);
    expect(body.dismissedOn).toBeNull();
    expect(toUpdateStaffBody(filled).snils).toBe('112-233-445 95');
  });
});

describe('staffFormOf', () => {
  it('fills the form from a card and gives back the same data', () => {
    const member = {
      organizationId: ORG, lastName: 'Пестова', firstName: 'Анна', middleName: 'Сергеевна', gender: 'FEMALE', birthDate: '1988-02-10',
      email: null, phone: '+7 900 000-00-00', educationLevel: 'HIGHER', educationSpecialty: 'Математика', teachingSince: '2010-09-01',
      category: 'HIGHEST', categoryAssignedOn: '2023-05-01', employment: 'MAIN', hiredOn: '2010-09-01', dismissedOn: null,
      isTutor: true, isSupervisor: false, isExpert: false, externalId: null,
      positionDetails: [{ position: 'TEACHER', weeklyHours: 24 }],
      subjectDetails: [{ subjectId: SUBJECT, subjectName: 'Русский язык', profileMatch: true }],
    } as unknown as StaffMemberDto;
    const form = staffFormOf(member);
    expect(form.snils).toBeUndefined();
    const body = toUpdateStaffBody(form);
    expect(body).toMatchObject({
      lastName: 'Пестова', middleName: 'Сергеевна', birthDate: '1988-02-10', email: null, phone: '+7 900 000-00-00', category: 'HIGHEST',
      categoryAssignedOn: '2023-05-01', dismissedOn: null, isTutor: true, positions: [{ position: 'TEACHER', weeklyHours: 24 }],
      subjects: [{ subjectId: SUBJECT, profileMatch: true }],
    });
  });
});

describe('contacts and trainings', () => {
  it('clears empty contacts', () => {
    expect(toContactsBody({ email: ' a@b.ru ', phone: '' })).toEqual({ email: 'a@b.ru', phone: null });
  });

  it('builds a training record and reads one back', () => {
    const body = toTrainingBody({
      kind: 'RETRAINING', programName: ' Цифровая школа ', provider: 'ЦНППМ', hours: 72, startedOn: dayjs('2026-02-01'),
      completedOn: null, isCnppm: true, certificateNumber: '',
    });
    expect(body).toEqual({
      kind: 'RETRAINING', programName: 'Цифровая школа', provider: 'ЦНППМ', hours: 72, startedOn: '2026-02-01', completedOn: null,
      isCnppm: true, isFederalRegistry: false, isIct: false, certificateNumber: null, externalId: null,
    });
    expect(trainingFormOf(null)).toEqual({ kind: 'ADVANCED', isCnppm: false, isFederalRegistry: false, isIct: false });
  });
});
