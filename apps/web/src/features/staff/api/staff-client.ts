/**
 * The staff and subjects endpoints. `@sopr/api-client` generates them (generated/staff.ts,
 * generated/subjects.ts) but its index does not re-export those modules yet, so this file calls
 * the same URLs through the client's own `customFetch` with the generated DTO types. Names and
 * query keys match the generated ones: once the index exports them, these imports can switch to
 * `@sopr/api-client` unchanged.
 */
import {
  CreateStaffMemberDto,
  CreateTrainingRecordDto,
  customFetch,
  GetStaffMemberParams,
  ListStaff200,
  ListStaffParams,
  StaffMemberDto,
  StaffSnilsDto,
  SubjectDto,
  TrainingRecordDto,
  UpdateStaffContactsDto,
  UpdateStaffMemberDto,
  UpdateTrainingRecordDto,
} from '@sopr/api-client';

export const STAFF_PATH = '/api/v1/staff';
export const SUBJECTS_PATH = '/api/v1/subjects';

function withQuery(path: string, params?: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}) as [string, unknown][]) {
    if (value !== undefined) search.append(key, value === null ? 'null' : String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const getListSubjectsQueryKey = () => [SUBJECTS_PATH] as const;
export const listSubjects = (signal?: AbortSignal) => customFetch<SubjectDto[]>(SUBJECTS_PATH, { method: 'GET', signal });

export const getListStaffQueryKey = (params?: ListStaffParams) => [STAFF_PATH, ...(params ? [params] : [])] as const;
export const listStaff = (params?: ListStaffParams, signal?: AbortSignal) =>
  customFetch<ListStaff200>(withQuery(STAFF_PATH, params), { method: 'GET', signal });

export const getGetStaffMemberQueryKey = (id: string, params?: GetStaffMemberParams) =>
  [`${STAFF_PATH}/${id}`, ...(params ? [params] : [])] as const;
export const getStaffMember = (id: string, params?: GetStaffMemberParams, signal?: AbortSignal) =>
  customFetch<StaffMemberDto>(withQuery(`${STAFF_PATH}/${id}`, params), { method: 'GET', signal });

export const createStaffMember = (data: CreateStaffMemberDto) => customFetch<StaffMemberDto>(STAFF_PATH, json('POST', data));
export const updateStaffMember = (id: string, data: UpdateStaffMemberDto) =>
  customFetch<StaffMemberDto>(`${STAFF_PATH}/${id}`, json('PATCH', data));
export const updateStaffContacts = (id: string, data: UpdateStaffContactsDto) =>
  customFetch<StaffMemberDto>(`${STAFF_PATH}/${id}/contacts`, json('PATCH', data));

/** The full SNILS; the server writes every call to the audit log, so it is never cached or prefetched. */
export const getStaffSnils = (id: string) => customFetch<StaffSnilsDto>(`${STAFF_PATH}/${id}/snils`, { method: 'GET' });

export const getListStaffTrainingsQueryKey = (id: string) => [`${STAFF_PATH}/${id}/trainings`] as const;
export const listStaffTrainings = (id: string, signal?: AbortSignal) =>
  customFetch<TrainingRecordDto[]>(`${STAFF_PATH}/${id}/trainings`, { method: 'GET', signal });
export const createStaffTraining = (id: string, data: CreateTrainingRecordDto) =>
  customFetch<TrainingRecordDto>(`${STAFF_PATH}/${id}/trainings`, json('POST', data));
export const updateStaffTraining = (id: string, trainingId: string, data: UpdateTrainingRecordDto) =>
  customFetch<TrainingRecordDto>(`${STAFF_PATH}/${id}/trainings/${trainingId}`, json('PATCH', data));
export const deleteStaffTraining = (id: string, trainingId: string) =>
  customFetch<void>(`${STAFF_PATH}/${id}/trainings/${trainingId}`, { method: 'DELETE' });
