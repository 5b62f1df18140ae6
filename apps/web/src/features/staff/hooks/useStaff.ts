import {
  CreateStaffMemberDto,
  CreateTrainingRecordDto,
  GetStaffMemberParams,
  ListStaffParams,
  UpdateStaffContactsDto,
  UpdateStaffMemberDto,
  UpdateTrainingRecordDto,
} from '@sopr/api-client';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';
import {
  createStaffMember,
  createStaffTraining,
  deleteStaffTraining,
  getGetStaffMemberQueryKey,
  getListStaffQueryKey,
  getListStaffTrainingsQueryKey,
  getListSubjectsQueryKey,
  getStaffMember,
  listStaff,
  listStaffTrainings,
  listSubjects,
  STAFF_PATH,
  updateStaffContacts,
  updateStaffMember,
  updateStaffTraining,
} from '../api/staff-client';

/** The catalogue hardly ever changes during a session. */
const SUBJECTS_STALE_MS = 30 * 60_000;

export function useSubjects() {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, ...getListSubjectsQueryKey()],
    queryFn: ({ signal }) => listSubjects(signal),
    staleTime: SUBJECTS_STALE_MS,
  });
}

export function useStaffList(params: ListStaffParams) {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, ...getListStaffQueryKey(params)],
    queryFn: ({ signal }) => listStaff(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStaffMember(id: string, params?: GetStaffMemberParams) {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, ...getGetStaffMemberQueryKey(id, params)],
    queryFn: ({ signal }) => getStaffMember(id, params, signal),
  });
}

export function useStaffTrainings(id: string) {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, ...getListStaffTrainingsQueryKey(id)],
    queryFn: ({ signal }) => listStaffTrainings(id, signal),
  });
}

/** Create, update (also dismissal) and contacts; each refreshes the staff list and cards. */
export function useStaffMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(STAFF_PATH);
  return {
    create: useMutation({ mutationFn: ({ data }: { data: CreateStaffMemberDto }) => createStaffMember(data), onSuccess }),
    update: useMutation({ mutationFn: ({ id, data }: { id: string; data: UpdateStaffMemberDto }) => updateStaffMember(id, data), onSuccess }),
    updateContacts: useMutation({
      mutationFn: ({ id, data }: { id: string; data: UpdateStaffContactsDto }) => updateStaffContacts(id, data),
      onSuccess,
    }),
  };
}

/** Trainings of one card; a change also refreshes «обучение за 3 года» in the card and the list. */
export function useTrainingMutations(staffMemberId: string) {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(STAFF_PATH);
  return {
    create: useMutation({ mutationFn: (data: CreateTrainingRecordDto) => createStaffTraining(staffMemberId, data), onSuccess }),
    update: useMutation({
      mutationFn: ({ trainingId, data }: { trainingId: string; data: UpdateTrainingRecordDto }) => updateStaffTraining(staffMemberId, trainingId, data),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (trainingId: string) => deleteStaffTraining(staffMemberId, trainingId), onSuccess }),
  };
}
