import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ListDefaults, ListState, readListState, SortOrder, toSortParam, writeListState } from '../lib/list-params';

export interface ListStateApi<F extends string> {
  state: ListState<F>;
  setSearch(q: string): void;
  setFilter(key: F, value: string | undefined): void;
  setFilters(values: Partial<Record<F, string | undefined>>): void;
  setPage(page: number, pageSize: number): void;
  setSort(field: string | undefined, order: SortOrder | undefined): void;
  reset(): void;
  /** For antd Table's onChange: a new sort goes back to the first page, otherwise the page changes. */
  onTableChange<T>(pagination: TablePaginationConfig, filters: unknown, sorter: SorterResult<T> | SorterResult<T>[]): void;
}

/** A server-side list's paging, sorting, search and filters, kept in the URL. */
export function useListState<F extends string>(filterKeys: readonly F[], defaults: ListDefaults = {}): ListStateApi<F> {
  const [search, setSearchParams] = useSearchParams();
  // filterKeys and defaults are constants of the calling page.
  const keysId = filterKeys.join(',');
  const state = useMemo(
    () => readListState(search, filterKeys, defaults),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [search, keysId, defaults.sort, defaults.limit],
  );

  const update = useCallback(
    (next: ListState<F>) => setSearchParams(writeListState(next, defaults), { replace: true }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setSearchParams, defaults.sort, defaults.limit],
  );

  return {
    state,
    setSearch: (q) => update({ ...state, q: q.trim() || undefined, offset: 0 }),
    setFilter: (key, value) => update({ ...state, filters: { ...state.filters, [key]: value || undefined }, offset: 0 }),
    setFilters: (values) => update({ ...state, filters: { ...state.filters, ...values }, offset: 0 }),
    setPage: (page, pageSize) =>
      update({ ...state, limit: pageSize, offset: pageSize === state.limit ? (page - 1) * pageSize : 0 }),
    setSort: (field, order) => update({ ...state, sort: toSortParam(field, order) ?? defaults.sort, offset: 0 }),
    reset: () => update({ limit: state.limit, offset: 0, sort: defaults.sort, q: undefined, filters: {} }),
    onTableChange: (pagination, _filters, sorter) => {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = typeof single?.columnKey === 'string' ? single.columnKey : undefined;
      const sort = toSortParam(field, single?.order) ?? defaults.sort;
      if (sort !== state.sort) {
        update({ ...state, sort, offset: 0 });
      } else {
        const pageSize = pagination.pageSize ?? state.limit;
        const page = pagination.current ?? 1;
        update({ ...state, limit: pageSize, offset: pageSize === state.limit ? (page - 1) * pageSize : 0 });
      }
    },
  };
}
