import {
  getGetStaffImportQueryKey,
  getListStaffImportErrorsQueryKey,
  getListStaffImportsQueryKey,
  ListStaffImportErrorsParams,
  ListStaffImports200,
  ListStaffImportsParams,
  StaffImportDto,
  useApplyStaffImport,
  useDiscardStaffImport,
  useGetStaffImport,
  useListStaffImportErrors,
  useListStaffImports,
  useStartStaffImport,
} from '@sopr/api-client';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useInvalidateApi, useScopeKey } from '../../../auth/hooks/useScope';
import { importPollInterval, isImportInProgress } from '../lib/import-report';

/** The list, the cards and the composition report all live under /api/v1/staff. */
const STAFF_PATH = '/api/v1/staff';
const IMPORTS_PATH = '/api/v1/staff/imports';
/** «Последние импорты» is refreshed this often while one of its imports is still running. */
const HISTORY_POLL_MS = 3000;

/** One import, polled every second while the worker is busy with it. */
export function useStaffImport(id: string) {
  const scope = useScopeKey();
  const invalidate = useInvalidateApi();
  const query = useGetStaffImport(id, {
    query: {
      queryKey: [...scope, ...getGetStaffImportQueryKey(id)],
      // Always fresh on opening: the worker may have moved on while the user was away.
      staleTime: 0,
      refetchInterval: (current) => importPollInterval(current.state.data?.status),
    },
  });

  // The cached «Последние импорты» pages show what this page last saw, not an older state.
  const queryClient = useQueryClient();
  const data = query.data;
  useEffect(() => {
    if (!data) return;
    queryClient.setQueriesData<ListStaffImports200>({ queryKey: [...scope, IMPORTS_PATH] }, (page) =>
      page && page.items.some((item) => item.id === data.id) ? { ...page, items: page.items.map((item) => (item.id === data.id ? data : item)) } : page,
    );
  }, [data, queryClient, scope]);

  // Once an import is seen applied, the staff pages cached before it are out of date. Once per
  // page visit and import: the invalidation refetches this query too, which must not loop.
  const status = data?.status;
  const refreshedFor = useRef<string | null>(null);
  useEffect(() => {
    if (status === 'APPLIED' && refreshedFor.current !== id) {
      refreshedFor.current = id;
      void invalidate(STAFF_PATH);
    }
  }, [status, id, invalidate]);

  return query;
}

/** A page of an import's bad rows (GET …/errors, in file order). */
export function useStaffImportErrors(id: string, params: ListStaffImportErrorsParams) {
  const scope = useScopeKey();
  return useListStaffImportErrors(id, params, {
    query: { queryKey: [...scope, ...getListStaffImportErrorsQueryKey(id, params)], placeholderData: keepPreviousData },
  });
}

/** «Последние импорты»: fresh on every visit, refreshed while one of the page's imports runs. */
export function useStaffImportHistory(params: ListStaffImportsParams) {
  const scope = useScopeKey();
  return useListStaffImports(params, {
    query: {
      queryKey: [...scope, ...getListStaffImportsQueryKey(params)],
      placeholderData: keepPreviousData,
      staleTime: 0,
      refetchInterval: (current) => (current.state.data?.items.some((item) => isImportInProgress(item.status)) ? HISTORY_POLL_MS : false),
    },
  });
}

/** Start, apply and discard. Each puts the import's new state in the cache, so polling follows it. */
export function useStaffImportActions() {
  const scope = useScopeKey();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateApi();
  const store = (dto: StaffImportDto) => queryClient.setQueryData([...scope, ...getGetStaffImportQueryKey(dto.id)], dto);
  const refreshHistory = () => invalidate(IMPORTS_PATH);

  return {
    start: useStartStaffImport({
      mutation: {
        onSuccess: (dto) => {
          store(dto);
          void refreshHistory();
        },
      },
    }),
    apply: useApplyStaffImport({ mutation: { onSuccess: store } }),
    discard: useDiscardStaffImport({
      // 204 without a body: the import (now DISCARDED) and the list are read again.
      mutation: { onSuccess: () => refreshHistory() },
    }),
    /** After a refused action (409): the import is not in the state the page showed. */
    refresh: (id: string) => queryClient.invalidateQueries({ queryKey: [...scope, ...getGetStaffImportQueryKey(id)] }),
  };
}
