/**
 * The staff list's filters as kept in the URL (strings, via useListState) and their translation
 * into the API's typed query. Values a hand-edited or outdated link may carry that the API would
 * reject (an unknown position, «maybe» for a flag, a malformed date) are dropped, not sent.
 */
import type { ExportStaffParams, ListStaffParams } from '@sopr/api-client';
import { AgeGroup, ExperienceGroup, PositionCode, QualificationCategory } from '@sopr/shared';
import type { ListState } from '../../../shared/lib/list-params';

export const STAFF_BOOLEAN_FILTERS = ['youngSpecialist', 'under35', 'pensionAge', 'trainedInLast3Years'] as const;
export type StaffBooleanFilter = (typeof STAFF_BOOLEAN_FILTERS)[number];

export const STAFF_FILTERS = [
  'organizationId',
  'municipalityId',
  'subjectId',
  'position',
  'ageGroup',
  'experienceGroup',
  'category',
  ...STAFF_BOOLEAN_FILTERS,
  'status',
  'asOf',
] as const;
export type StaffFilter = (typeof STAFF_FILTERS)[number];

/** Columns the API sorts by. */
export const STAFF_SORT_FIELDS = ['fullName', 'birthDate', 'hiredOn', 'organization', 'category', 'updatedAt'] as const;
export const STAFF_LIST_DEFAULTS = { sort: 'fullName' };

export type StaffStatus = 'active' | 'dismissed' | 'all';
/** «active» is the API's default and is left out of the URL. */
export const DEFAULT_STAFF_STATUS: StaffStatus = 'active';
export const STAFF_STATUS_OPTIONS: { value: StaffStatus; label: string }[] = [
  { value: 'active', label: 'Работают' },
  { value: 'dismissed', label: 'Уволены' },
  { value: 'all', label: 'Все' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oneOf<T extends string>(values: Record<string, T>, value: string | undefined): T | undefined {
  return value !== undefined && (Object.values(values) as string[]).includes(value) ? (value as T) : undefined;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

const uuid = (value: string | undefined): string | undefined => (value && UUID.test(value) ? value : undefined);

/** The status shown by the switch for a URL value. */
export function statusOf(value: string | undefined): StaffStatus {
  return value === 'dismissed' || value === 'all' ? value : DEFAULT_STAFF_STATUS;
}

/** The URL value of a status: the default is left out. */
export function statusParam(status: StaffStatus): string | undefined {
  return status === DEFAULT_STAFF_STATUS ? undefined : status;
}

/** The API query of a list state; undefined entries are not sent. */
export function toStaffListParams(state: ListState<StaffFilter>): ListStaffParams {
  const { filters } = state;
  const sortField = state.sort?.replace(/^-/, '');
  const sort = sortField && (STAFF_SORT_FIELDS as readonly string[]).includes(sortField) ? state.sort : STAFF_LIST_DEFAULTS.sort;
  const params: ListStaffParams = {
    limit: state.limit,
    offset: state.offset,
    sort,
    q: state.q,
    organizationId: uuid(filters.organizationId),
    municipalityId: uuid(filters.municipalityId),
    subjectId: uuid(filters.subjectId),
    position: oneOf(PositionCode, filters.position),
    ageGroup: oneOf(AgeGroup, filters.ageGroup),
    experienceGroup: oneOf(ExperienceGroup, filters.experienceGroup),
    category: oneOf(QualificationCategory, filters.category),
    youngSpecialist: flag(filters.youngSpecialist),
    under35: flag(filters.under35),
    pensionAge: flag(filters.pensionAge),
    trainedInLast3Years: flag(filters.trainedInLast3Years),
    status: filters.status === 'dismissed' || filters.status === 'all' ? filters.status : undefined,
    asOf: filters.asOf && isValidIsoDate(filters.asOf) ? filters.asOf : undefined,
  };
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as ListStaffParams;
}

/** True when anything but paging and sorting narrows the list (for the empty state's text). */
export function hasStaffFilters(state: ListState<StaffFilter>): boolean {
  return Boolean(state.q) || Object.values(state.filters).some((value) => Boolean(value));
}

/** The XLSX export's query: exactly the list's filters, search and sort, without paging (all pages). */
export function toStaffExportParams(state: ListState<StaffFilter>): ExportStaffParams {
  const { limit: _limit, offset: _offset, ...rest } = toStaffListParams(state);
  return rest;
}
