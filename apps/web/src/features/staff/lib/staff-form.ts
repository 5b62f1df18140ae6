/**
 * Form values of the staff, training and contacts forms and the request bodies built from them.
 * Only what the server cannot judge better is checked in the browser (required fields); the rest
 * (SNILS checksum, date order, duplicates, the catalogue) comes back as field errors.
 */
import type {
  CreateStaffMemberDto,
  CreateTrainingRecordDto,
  EducationLevel,
  Employment,
  Gender,
  PositionCode,
  QualificationCategory,
  StaffMemberDto,
  TrainingKind,
  TrainingRecordDto,
  UpdateStaffContactsDto,
  UpdateStaffMemberDto,
} from '@sopr/api-client';
import dayjs, { Dayjs } from 'dayjs';
import { API_DATE_FORMAT } from '../../../shared/lib/format';

type DateValue = Dayjs | null | undefined;

export interface PositionRow {
  position?: PositionCode;
  weeklyHours?: number | null;
}

export interface SubjectRow {
  subjectId?: string;
  profileMatch?: boolean;
}

export interface StaffFormValues {
  organizationId?: string;
  snils?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
  gender?: Gender;
  birthDate?: DateValue;
  email?: string;
  phone?: string;
  educationLevel?: EducationLevel;
  educationSpecialty?: string;
  teachingSince?: DateValue;
  category?: QualificationCategory;
  categoryAssignedOn?: DateValue;
  employment?: Employment;
  hiredOn?: DateValue;
  dismissedOn?: DateValue;
  isTutor?: boolean;
  isSupervisor?: boolean;
  isExpert?: boolean;
  externalId?: string;
  positions?: PositionRow[];
  subjects?: SubjectRow[];
}

/** Field names of the staff form, for placing the API's field errors. */
export const STAFF_FORM_FIELDS = [
  'organizationId', 'snils', 'lastName', 'firstName', 'middleName', 'gender', 'birthDate', 'email', 'phone', 'educationLevel',
  'educationSpecialty', 'teachingSince', 'category', 'categoryAssignedOn', 'employment', 'hiredOn', 'dismissedOn', 'isTutor',
  'isSupervisor', 'isExpert', 'externalId', 'positions', 'subjects',
] as const;

/** YYYY-MM-DD of a picker value; null when empty. */
export function toApiDate(value: DateValue): string | null {
  return value && value.isValid() ? value.format(API_DATE_FORMAT) : null;
}

/** A picker value of an API date. */
export function fromApiDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const date = dayjs(value);
  return date.isValid() ? date : null;
}

/** Trimmed text; '' → null, so clearing a field clears it on the server. */
export function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const text = (value: string | undefined): string => value?.trim() ?? '';

/** Rows as entered: an incomplete row is sent too, so the server names its field (positions[0].position). */
function positionsOf(rows: PositionRow[] | undefined): CreateStaffMemberDto['positions'] {
  return (rows ?? []).map((row) => ({
    position: row.position as PositionCode,
    weeklyHours: typeof row.weeklyHours === 'number' ? row.weeklyHours : null,
  }));
}

function subjectsOf(rows: SubjectRow[] | undefined): NonNullable<CreateStaffMemberDto['subjects']> {
  return (rows ?? []).map((row) => ({ subjectId: row.subjectId ?? '', profileMatch: row.profileMatch ?? true }));
}

/** Fields shared by create and update. The date of a category is dropped when there is no category. */
function commonBody(values: StaffFormValues) {
  const category = values.category ?? 'NONE';
  return {
    lastName: text(values.lastName),
    firstName: text(values.firstName),
    middleName: orNull(values.middleName),
    gender: values.gender as Gender,
    birthDate: toApiDate(values.birthDate) ?? '',
    email: orNull(values.email),
    phone: orNull(values.phone),
    educationLevel: values.educationLevel as EducationLevel,
    educationSpecialty: orNull(values.educationSpecialty),
    teachingSince: toApiDate(values.teachingSince) ?? '',
    category,
    categoryAssignedOn: category === 'NONE' ? null : toApiDate(values.categoryAssignedOn),
    employment: values.employment ?? 'MAIN',
    hiredOn: toApiDate(values.hiredOn) ?? '',
    isTutor: values.isTutor ?? false,
    isSupervisor: values.isSupervisor ?? false,
    isExpert: values.isExpert ?? false,
    externalId: orNull(values.externalId),
    positions: positionsOf(values.positions),
    subjects: subjectsOf(values.subjects),
  } satisfies Omit<CreateStaffMemberDto, 'organizationId' | 'snils'>;
}

export function toCreateStaffBody(values: StaffFormValues): CreateStaffMemberDto {
  const body: CreateStaffMemberDto = {
    organizationId: values.organizationId ?? '',
    snils: text(values.snils),
    ...commonBody(values),
  };
  const dismissedOn = toApiDate(values.dismissedOn);
  if (dismissedOn) body.dismissedOn = dismissedOn;
  return body;
}

/** The whole card; the SNILS only when a new one was typed (the form never holds the stored one). */
export function toUpdateStaffBody(values: StaffFormValues): UpdateStaffMemberDto {
  const body: UpdateStaffMemberDto = { ...commonBody(values), dismissedOn: toApiDate(values.dismissedOn) };
  const snils = text(values.snils);
  if (snils) body.snils = snils;
  return body;
}

export function emptyStaffForm(organizationId: string | undefined): StaffFormValues {
  return {
    organizationId,
    category: 'NONE',
    employment: 'MAIN',
    educationLevel: 'HIGHER',
    isTutor: false,
    isSupervisor: false,
    isExpert: false,
    positions: [{ position: 'TEACHER', weeklyHours: null }],
    subjects: [],
  };
}

export function staffFormOf(member: StaffMemberDto): StaffFormValues {
  return {
    organizationId: member.organizationId,
    snils: undefined,
    lastName: member.lastName,
    firstName: member.firstName,
    middleName: member.middleName ?? undefined,
    gender: member.gender,
    birthDate: fromApiDate(member.birthDate),
    email: member.email ?? undefined,
    phone: member.phone ?? undefined,
    educationLevel: member.educationLevel,
    educationSpecialty: member.educationSpecialty ?? undefined,
    teachingSince: fromApiDate(member.teachingSince),
    category: member.category,
    categoryAssignedOn: fromApiDate(member.categoryAssignedOn),
    employment: member.employment,
    hiredOn: fromApiDate(member.hiredOn),
    dismissedOn: fromApiDate(member.dismissedOn),
    isTutor: member.isTutor,
    isSupervisor: member.isSupervisor,
    isExpert: member.isExpert,
    externalId: member.externalId ?? undefined,
    positions: member.positionDetails.map((row) => ({ position: row.position, weeklyHours: row.weeklyHours })),
    subjects: member.subjectDetails.map((row) => ({ subjectId: row.subjectId, profileMatch: row.profileMatch })),
  };
}

export interface ContactsFormValues {
  email?: string;
  phone?: string;
}

export function toContactsBody(values: ContactsFormValues): UpdateStaffContactsDto {
  return { email: orNull(values.email), phone: orNull(values.phone) };
}

export interface TrainingFormValues {
  kind?: TrainingKind;
  programName?: string;
  provider?: string;
  hours?: number | null;
  startedOn?: DateValue;
  completedOn?: DateValue;
  isCnppm?: boolean;
  isFederalRegistry?: boolean;
  isIct?: boolean;
  certificateNumber?: string;
  externalId?: string;
}

export const TRAINING_FORM_FIELDS = [
  'kind', 'programName', 'provider', 'hours', 'startedOn', 'completedOn', 'isCnppm', 'isFederalRegistry', 'isIct', 'certificateNumber', 'externalId',
] as const;

/** Body of a new or changed training record (PATCH takes the same complete set). */
export function toTrainingBody(values: TrainingFormValues): CreateTrainingRecordDto {
  return {
    kind: values.kind ?? 'ADVANCED',
    programName: text(values.programName),
    provider: text(values.provider),
    hours: typeof values.hours === 'number' ? values.hours : 0,
    startedOn: toApiDate(values.startedOn) ?? '',
    completedOn: toApiDate(values.completedOn),
    isCnppm: values.isCnppm ?? false,
    isFederalRegistry: values.isFederalRegistry ?? false,
    isIct: values.isIct ?? false,
    certificateNumber: orNull(values.certificateNumber),
    externalId: orNull(values.externalId),
  };
}

export function trainingFormOf(training: TrainingRecordDto | null): TrainingFormValues {
  if (!training) return { kind: 'ADVANCED', isCnppm: false, isFederalRegistry: false, isIct: false };
  return {
    kind: training.kind,
    programName: training.programName,
    provider: training.provider,
    hours: training.hours,
    startedOn: fromApiDate(training.startedOn),
    completedOn: fromApiDate(training.completedOn),
    isCnppm: training.isCnppm,
    isFederalRegistry: training.isFederalRegistry,
    isIct: training.isIct,
    certificateNumber: training.certificateNumber ?? undefined,
    externalId: training.externalId ?? undefined,
  };
}
