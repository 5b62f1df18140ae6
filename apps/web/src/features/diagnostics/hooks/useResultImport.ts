import {
  getGetResultImportQueryKey,
  getListResultImportErrorsQueryKey,
  getListResultImportsQueryKey,
  ListResultImports200,
  ListResultImportsParams,
  ResultImportDto,
  useApplyResultImport,
  useCheckResultImport,
  useDiscardResultImport,
  useGetResultImport,
  useListResultImportErrors,
  useListResultImports,
  useStartResultImport,
} from '@sopr/api-client';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';
import type { ImportErrorsParams } from '../../staff/import/components/ImportProblemsView';
import { importPollInterval, isImportInProgress } from '../../staff/import/lib/import-report';

/** The procedures, their results and their imports all live under this path. */
const PROCEDURES_PATH = '/api/v1/diagnostic-procedures';
const DEFICITS_PATH = '/api/v1/deficits';
const BANK_PATH = '/api/v1/difficulty-bank';
const STAFF_PATH = '/api/v1/staff';
/** «Последние импорты» is refreshed this often while one of its imports is still running. */
const HISTORY_POLL_MS = 3000;

/** The key prefix of every page of a procedure's imports list. */
const importsPath = (procedureId: string) => getListResultImportsQueryKey(procedureId)[0];

/** Which results import: the errors table's data hook takes it as one value. */
export interface ResultImportRef {
  procedureId: string;
  importId: string;
}

/**
 * One results import, polled every second while the worker checks or applies it. Once it is seen
 * applied, everything the new results change is read again: the procedure (its result count), its
 * results table, deficits, the bank of difficulties and the staff members' diagnostics.
 */
export function useResultImport(procedureId: string, importId: string) {
  const scope = useScopeKey();
  const invalidate = useInvalidateApi();
  const query = useGetResultImport(procedureId, importId, {
    query: {
      queryKey: [...scope, ...getGetResultImportQueryKey(procedureId, importId)],
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
    queryClient.setQueriesData<ListResultImports200>({ queryKey: [...scope, importsPath(procedureId)] }, (page) =>
      page && page.items.some((item) => item.id === data.id) ? { ...page, items: page.items.map((item) => (item.id === data.id ? data : item)) } : page,
    );
  }, [data, queryClient, scope, procedureId]);

  // Once per page visit and import: the invalidation refetches this query too, which must not loop.
  const status = data?.status;
  const refreshedFor = useRef<string | null>(null);
  useEffect(() => {
    if (status === 'APPLIED' && refreshedFor.current !== importId) {
      refreshedFor.current = importId;
      void invalidate(PROCEDURES_PATH, DEFICITS_PATH, BANK_PATH, STAFF_PATH);
    }
  }, [status, importId, invalidate]);

  return query;
}

/** A page of an import's bad rows (GET …/errors, in file order): the data hook of ImportProblemsView. */
export function useResultImportErrors({ procedureId, importId }: ResultImportRef, params: ImportErrorsParams) {
  const scope = useScopeKey();
  return useListResultImportErrors(procedureId, importId, params, {
    query: { queryKey: [...scope, ...getListResultImportErrorsQueryKey(procedureId, importId, params)], placeholderData: keepPreviousData, staleTime: 0 },
  });
}

/** «Последние импорты» of a procedure: fresh on every visit, refreshed while one of them runs. */
export function useResultImportHistory(procedureId: string, params: ListResultImportsParams) {
  const scope = useScopeKey();
  return useListResultImports(procedureId, params, {
    query: {
      queryKey: [...scope, ...getListResultImportsQueryKey(procedureId, params)],
      placeholderData: keepPreviousData,
      staleTime: 0,
      refetchInterval: (current) => (current.state.data?.items.some((item) => isImportInProgress(item.status)) ? HISTORY_POLL_MS : false),
    },
  });
}

/** Upload, check, apply and discard. Each puts the import's new state in the cache, so polling follows it. */
export function useResultImportActions(procedureId: string) {
  const scope = useScopeKey();
  const queryClient = useQueryClient();
  const keyOf = (importId: string) => [...scope, ...getGetResultImportQueryKey(procedureId, importId)];
  const store = (dto: ResultImportDto) => queryClient.setQueryData(keyOf(dto.id), dto);
  // Only the list pages (the key's path is exactly the list's), not every import under it.
  const refreshHistory = () => queryClient.invalidateQueries({ queryKey: [...scope, importsPath(procedureId)] });

  return {
    start: useStartResultImport({
      mutation: {
        onSuccess: (dto) => {
          store(dto);
          void refreshHistory();
        },
      },
    }),
    check: useCheckResultImport({
      mutation: {
        onSuccess: (dto) => {
          // The bad rows of the previous check are gone on the server: never show them again.
          queryClient.removeQueries({ queryKey: [...scope, getListResultImportErrorsQueryKey(procedureId, dto.id)[0]] });
          store(dto);
          void refreshHistory();
        },
      },
    }),
    apply: useApplyResultImport({ mutation: { onSuccess: store } }),
    discard: useDiscardResultImport({
      // 204 without a body: the import (now DISCARDED) and the list are read again.
      mutation: {
        onSuccess: (_, { importId }) => {
          void queryClient.invalidateQueries({ queryKey: keyOf(importId) });
          void refreshHistory();
        },
      },
    }),
    /** After a refused action (409): the import is not in the state the page showed. */
    refresh: (importId: string) => queryClient.invalidateQueries({ queryKey: keyOf(importId) }),
  };
}
