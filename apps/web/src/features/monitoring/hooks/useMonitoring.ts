import {
  getCompareMonitoringMunicipalitiesQueryKey,
  getGetMonitoringDynamicsQueryKey,
  getGetMonitoringRunQueryKey,
  getListIndicatorsQueryKey,
  getListIndicatorTargetsQueryKey,
  getListMonitoringPeopleQueryKey,
  getListMonitoringRunsQueryKey,
  getListMonitoringValuesQueryKey,
  ListIndicatorTargetsParams,
  ListMonitoringPeopleParams,
  ListMonitoringRunsParams,
  ListMonitoringValuesParams,
  listMonitoringValues,
  MonitoringRunDto,
  MonitoringValueDto,
  useCompareMonitoringMunicipalities,
  useDeleteIndicatorTarget,
  useGetMonitoringDynamics,
  useGetMonitoringRun,
  useListIndicators,
  useListIndicatorTargets,
  useListMonitoringPeople,
  useListMonitoringRuns,
  usePutIndicatorTarget,
  useRetryMonitoringRun,
  useStartMonitoringRun,
} from '@sopr/api-client';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';
import { isRunInProgress, RUN_LIST_POLL_MS, runPollInterval } from '../lib/runs';

const RUNS_PATH = getListMonitoringRunsQueryKey()[0];
const TARGETS_PATH = '/api/v1/indicator-targets';
/** The catalogue is code on the server: it changes with a release, not during a session. */
const CATALOGUE_STALE_MS = 30 * 60_000;
/** The API's largest page. */
const VALUES_PAGE_SIZE = 100;
/** A done run's dynamics changes only when an older run of the same place is finished later. */
const DYNAMICS_STALE_MS = 5 * 60_000;

export function useIndicators() {
  const scope = useScopeKey();
  return useListIndicators({ query: { queryKey: [...scope, ...getListIndicatorsQueryKey()], staleTime: CATALOGUE_STALE_MS } });
}

/** Refreshes every page of the runs list (not the runs themselves, which poll on their own). */
function useRefreshRunList(): () => Promise<void> {
  const queryClient = useQueryClient();
  const scope = useScopeKey();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey: key }) => key[0] === scope[0] && key[1] === scope[1] && key[2] === scope[2] && key[3] === RUNS_PATH,
      }),
    [queryClient, scope],
  );
}

/** A page of runs, newest first; read again every few seconds while one of them is being computed. */
export function useRunList(params: ListMonitoringRunsParams) {
  const scope = useScopeKey();
  return useListMonitoringRuns(params, {
    query: {
      queryKey: [...scope, ...getListMonitoringRunsQueryKey(params)],
      placeholderData: keepPreviousData,
      staleTime: 0,
      refetchInterval: (current) => (current.state.data?.items.some((run) => isRunInProgress(run.status)) ? RUN_LIST_POLL_MS : false),
    },
  });
}

/**
 * One run, polled while the worker has it. When it is seen finished, the runs list is read again
 * (once per run and page visit: the list's refresh does not touch this query, so nothing loops).
 */
export function useRun(id: string) {
  const scope = useScopeKey();
  const refreshList = useRefreshRunList();
  const query = useGetMonitoringRun(id, {
    query: {
      queryKey: [...scope, ...getGetMonitoringRunQueryKey(id)],
      // Always fresh on opening: the worker may have finished while the user was away.
      staleTime: 0,
      refetchInterval: (current) => runPollInterval(current.state.data?.status),
    },
  });
  const status = query.data?.status;
  const seenRunning = useRef(false);
  useEffect(() => {
    if (isRunInProgress(status)) seenRunning.current = true;
    else if (status && seenRunning.current) {
      seenRunning.current = false;
      void refreshList();
    }
  }, [status, refreshList]);
  return query;
}

/** Every value of a done run matching `params`, read page by page (the API gives at most 100 a page). */
async function listAllValues(runId: string, params: ListMonitoringValuesParams, signal: AbortSignal): Promise<MonitoringValueDto[]> {
  const items: MonitoringValueDto[] = [];
  for (let offset = 0; ; offset += VALUES_PAGE_SIZE) {
    const page = await listMonitoringValues(runId, { ...params, limit: VALUES_PAGE_SIZE, offset }, { signal });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/**
 * All values of a done run at a level (or of one indicator): the run page groups them and the
 * drill-down sorts them, so they are needed whole. A done run never changes.
 */
export function useRunValues(runId: string, params: ListMonitoringValuesParams, enabled: boolean) {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, getListMonitoringValuesQueryKey(runId)[0], { ...params, all: true }],
    queryFn: ({ signal }) => listAllValues(runId, params, signal),
    enabled,
    staleTime: Infinity,
  });
}

/** A done region run: the region and its municipalities side by side. A done run never changes. */
export function useRunComparison(runId: string, enabled: boolean) {
  const scope = useScopeKey();
  return useCompareMonitoringMunicipalities(runId, {
    query: { queryKey: [...scope, ...getCompareMonitoringMunicipalitiesQueryKey(runId)], enabled, staleTime: Infinity },
  });
}

/** Each indicator's values over the done runs of the run's place up to it (a school: its own organization's). */
export function useRunDynamics(runId: string, enabled: boolean) {
  const scope = useScopeKey();
  return useGetMonitoringDynamics(runId, undefined, {
    query: { queryKey: [...scope, ...getGetMonitoringDynamicsQueryKey(runId)], enabled, staleTime: DYNAMICS_STALE_MS },
  });
}

/** A page of the people behind a value of a done run (null params: not yet asked for). */
export function useRunPeople(runId: string, params: ListMonitoringPeopleParams | null) {
  const scope = useScopeKey();
  const full = params ?? { indicatorCode: '', part: 'numerator' as const };
  return useListMonitoringPeople(runId, full, {
    query: { queryKey: [...scope, ...getListMonitoringPeopleQueryKey(runId, full)], enabled: params !== null, placeholderData: keepPreviousData },
  });
}

/** Start and retry; each puts the run's new state in the cache, so its page polls it at once. */
export function useRunActions() {
  const scope = useScopeKey();
  const queryClient = useQueryClient();
  const refreshList = useRefreshRunList();
  const store = (run: MonitoringRunDto) => {
    queryClient.setQueryData([...scope, ...getGetMonitoringRunQueryKey(run.id)], run);
    void refreshList();
  };
  return {
    start: useStartMonitoringRun({ mutation: { onSuccess: store } }),
    retry: useRetryMonitoringRun({ mutation: { onSuccess: store } }),
    /** After a refused retry (409): the run is not in the state the page showed. */
    refresh: (id: string) => {
      void queryClient.invalidateQueries({ queryKey: [...scope, ...getGetMonitoringRunQueryKey(id)] });
      void refreshList();
    },
  };
}

export function useTargets(params: ListIndicatorTargetsParams, enabled = true) {
  const scope = useScopeKey();
  return useListIndicatorTargets(params, {
    query: { queryKey: [...scope, ...getListIndicatorTargetsQueryKey(params)], enabled, placeholderData: keepPreviousData },
  });
}

export function useTargetMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(TARGETS_PATH);
  return {
    put: usePutIndicatorTarget({ mutation: { onSuccess } }),
    remove: useDeleteIndicatorTarget({ mutation: { onSuccess } }),
  };
}
