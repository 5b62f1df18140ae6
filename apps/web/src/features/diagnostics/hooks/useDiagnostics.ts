import {
  getGetCompetenceFrameworkInForceQueryKey,
  getGetCompetenceFrameworkQueryKey,
  getGetDiagnosticProcedureQueryKey,
  getGetDifficultyBankQueryKey,
  getGetMySelfAssessmentsQueryKey,
  getGetSelfAssessmentQuestionnaireQueryKey,
  getGetStaffDiagnosticsQueryKey,
  getListCompetenceFrameworksQueryKey,
  getListDeficitsQueryKey,
  getListDiagnosticProceduresQueryKey,
  getListDiagnosticResultsQueryKey,
  GetDifficultyBankParams,
  ListDeficitsParams,
  ListDiagnosticProceduresParams,
  ListDiagnosticResultsParams,
  useAddCompetence,
  useCreateCompetenceFrameworkDraft,
  useCreateDiagnosticProcedure,
  useDeleteCompetence,
  useDeleteCompetenceFrameworkDraft,
  useDeleteDiagnosticProcedure,
  useDeleteDiagnosticResult,
  useGetCompetenceFramework,
  useGetCompetenceFrameworkInForce,
  useGetDiagnosticProcedure,
  useGetDifficultyBank,
  useGetMySelfAssessments,
  useGetSelfAssessmentQuestionnaire,
  useGetStaffDiagnostics,
  useListCompetenceFrameworks,
  useListDeficits,
  useListDiagnosticProcedures,
  useListDiagnosticResults,
  usePublishCompetenceFramework,
  usePutDiagnosticResult,
  useSaveMySelfAssessment,
  useSubmitMySelfAssessment,
  useUpdateCompetence,
  useUpdateDiagnosticProcedure,
} from '@sopr/api-client';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

const PROCEDURES_PATH = '/api/v1/diagnostic-procedures';
const FRAMEWORKS_PATH = '/api/v1/competence-frameworks';
const DEFICITS_PATH = '/api/v1/deficits';
const BANK_PATH = '/api/v1/difficulty-bank';
const STAFF_PATH = '/api/v1/staff';
const SELF_ASSESSMENT_PATH = '/api/v1/self-assessment';

/** Frameworks change rarely; the tree is read by several pages. */
const FRAMEWORK_STALE_MS = 5 * 60_000;

// ── Competence framework ────────────────────────────────────────────────────

/** The version in force of `regionId` (by default the caller's region, or the common one). */
export function useFrameworkInForce(regionId?: string) {
  const scope = useScopeKey();
  const params = regionId ? { regionId } : undefined;
  return useGetCompetenceFrameworkInForce(params, {
    query: { queryKey: [...scope, ...getGetCompetenceFrameworkInForceQueryKey(params)], staleTime: FRAMEWORK_STALE_MS },
  });
}

export function useFramework(id: string | undefined) {
  const scope = useScopeKey();
  return useGetCompetenceFramework(id ?? '', {
    query: { queryKey: [...scope, ...getGetCompetenceFrameworkQueryKey(id ?? '')], enabled: !!id, staleTime: FRAMEWORK_STALE_MS },
  });
}

export function useFrameworks() {
  const scope = useScopeKey();
  return useListCompetenceFrameworks({ query: { queryKey: [...scope, ...getListCompetenceFrameworksQueryKey()] } });
}

/**
 * Invalidates the scoped queries under `prefixes` except those of a deleted record (`gone`): they
 * are still on screen until the page moves on and would only answer 404.
 */
function useInvalidateExcept(): (prefixes: string[], gone: string) => Promise<void> {
  const queryClient = useQueryClient();
  const scope = useScopeKey();
  return (prefixes, gone) =>
    queryClient.invalidateQueries({
      predicate: ({ queryKey: key }) => {
        if (key[0] !== scope[0] || key[1] !== scope[1] || key[2] !== scope[2] || typeof key[3] !== 'string') return false;
        const path = key[3];
        return prefixes.some((prefix) => path.startsWith(prefix)) && path !== gone && !path.startsWith(`${gone}/`);
      },
    });
}

/** Drafts, their competences and publication; each refreshes every framework query. */
export function useFrameworkMutations() {
  const invalidate = useInvalidateApi();
  const invalidateExcept = useInvalidateExcept();
  const onSuccess = () => invalidate(FRAMEWORKS_PATH);
  return {
    createDraft: useCreateCompetenceFrameworkDraft({ mutation: { onSuccess } }),
    publish: usePublishCompetenceFramework({ mutation: { onSuccess } }),
    removeDraft: useDeleteCompetenceFrameworkDraft({ mutation: { onSuccess: (_, { id }) => invalidateExcept([FRAMEWORKS_PATH], `${FRAMEWORKS_PATH}/${id}`) } }),
    addCompetence: useAddCompetence({ mutation: { onSuccess } }),
    updateCompetence: useUpdateCompetence({ mutation: { onSuccess } }),
    removeCompetence: useDeleteCompetence({ mutation: { onSuccess } }),
  };
}

// ── Procedures and results ─────────────────────────────────────────────────

export function useProcedureList(params: ListDiagnosticProceduresParams) {
  const scope = useScopeKey();
  return useListDiagnosticProcedures(params, {
    query: { queryKey: [...scope, ...getListDiagnosticProceduresQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useProcedure(id: string) {
  const scope = useScopeKey();
  return useGetDiagnosticProcedure(id, { query: { queryKey: [...scope, ...getGetDiagnosticProcedureQueryKey(id)] } });
}

export function useProcedureMutations() {
  const invalidate = useInvalidateApi();
  const invalidateExcept = useInvalidateExcept();
  const onSuccess = () => invalidate(PROCEDURES_PATH);
  return {
    create: useCreateDiagnosticProcedure({ mutation: { onSuccess } }),
    update: useUpdateDiagnosticProcedure({ mutation: { onSuccess } }),
    remove: useDeleteDiagnosticProcedure({ mutation: { onSuccess: (_, { id }) => invalidateExcept([PROCEDURES_PATH], `${PROCEDURES_PATH}/${id}`) } }),
  };
}

export function useResultList(procedureId: string, params: ListDiagnosticResultsParams) {
  const scope = useScopeKey();
  return useListDiagnosticResults(procedureId, params, {
    query: { queryKey: [...scope, ...getListDiagnosticResultsQueryKey(procedureId, params)], placeholderData: keepPreviousData },
  });
}

/** A result changes the procedure's count, deficits, the bank and the staff member's diagnostics. */
export function useResultMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(PROCEDURES_PATH, DEFICITS_PATH, BANK_PATH, STAFF_PATH);
  return {
    put: usePutDiagnosticResult({ mutation: { onSuccess } }),
    remove: useDeleteDiagnosticResult({ mutation: { onSuccess } }),
  };
}

// ── Deficits and the bank of difficulties ──────────────────────────────────

export function useDifficultyBank(params: GetDifficultyBankParams) {
  const scope = useScopeKey();
  return useGetDifficultyBank(params, {
    query: { queryKey: [...scope, ...getGetDifficultyBankQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useDeficitList(params: ListDeficitsParams, enabled = true) {
  const scope = useScopeKey();
  return useListDeficits(params, {
    query: { queryKey: [...scope, ...getListDeficitsQueryKey(params)], enabled, placeholderData: keepPreviousData },
  });
}

export function useStaffDiagnostics(staffMemberId: string) {
  const scope = useScopeKey();
  return useGetStaffDiagnostics(staffMemberId, { query: { queryKey: [...scope, ...getGetStaffDiagnosticsQueryKey(staffMemberId)] } });
}

// ── Self-diagnostics ────────────────────────────────────────────────────────

export function useQuestionnaire() {
  const scope = useScopeKey();
  return useGetSelfAssessmentQuestionnaire({
    query: { queryKey: [...scope, ...getGetSelfAssessmentQuestionnaireQueryKey()], staleTime: FRAMEWORK_STALE_MS },
  });
}

export function useMySelfAssessments() {
  const scope = useScopeKey();
  return useGetMySelfAssessments({ query: { queryKey: [...scope, ...getGetMySelfAssessmentsQueryKey()] } });
}

/** Saving refreshes the draft; submitting also the teacher's results and deficits. */
export function useSelfAssessmentMutations() {
  const invalidate = useInvalidateApi();
  return {
    save: useSaveMySelfAssessment({ mutation: { onSuccess: () => invalidate(SELF_ASSESSMENT_PATH) } }),
    submit: useSubmitMySelfAssessment({ mutation: { onSuccess: () => invalidate(SELF_ASSESSMENT_PATH, STAFF_PATH, DEFICITS_PATH, BANK_PATH, PROCEDURES_PATH) } }),
  };
}
