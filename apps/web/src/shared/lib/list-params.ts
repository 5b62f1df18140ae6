/**
 * The state of a server-side list (pagination, sorting, search and filters) kept in the URL, so
 * reloads, links and the back button keep what the user chose.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ListState<F extends string = string> {
  limit: number;
  offset: number;
  sort?: string;
  q?: string;
  filters: Partial<Record<F, string>>;
}

export interface ListDefaults {
  limit?: number;
  sort?: string;
}

function toInt(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

export function readListState<F extends string>(search: URLSearchParams, filterKeys: readonly F[], defaults: ListDefaults = {}): ListState<F> {
  const limit = toInt(search.get('limit'), defaults.limit ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const offset = toInt(search.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
  const filters: Partial<Record<F, string>> = {};
  for (const key of filterKeys) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  return {
    limit,
    offset: offset - (offset % limit),
    sort: search.get('sort') || defaults.sort,
    q: search.get('q')?.trim() || undefined,
    filters,
  };
}

/** The URL form of a state; values equal to the defaults are left out. */
export function writeListState<F extends string>(state: ListState<F>, defaults: ListDefaults = {}): URLSearchParams {
  const search = new URLSearchParams();
  if (state.q) search.set('q', state.q);
  for (const [key, value] of Object.entries(state.filters) as [F, string | undefined][]) {
    if (value) search.set(key, value);
  }
  if (state.sort && state.sort !== defaults.sort) search.set('sort', state.sort);
  if (state.limit !== (defaults.limit ?? DEFAULT_PAGE_SIZE)) search.set('limit', String(state.limit));
  if (state.offset > 0) search.set('offset', String(state.offset));
  return search;
}

export type SortOrder = 'ascend' | 'descend' | null;

/** `name` / `-name` from a table column and its order; undefined when the column is unsorted. */
export function toSortParam(field: string | undefined, order: SortOrder | undefined): string | undefined {
  if (!field || !order) return undefined;
  return order === 'descend' ? `-${field}` : field;
}

/** The order to show on the column `field` for the current `sort` parameter. */
export function sortOrderOf(sort: string | undefined, field: string): SortOrder {
  if (!sort) return null;
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** 1-based page number of an offset. */
export function pageOf(state: Pick<ListState, 'limit' | 'offset'>): number {
  return Math.floor(state.offset / state.limit) + 1;
}

/** Query parameters for the API (filters first, then paging). Empty values are left out. */
export function toApiParams<F extends string>(state: ListState<F>): Record<string, string | number> {
  const params: Record<string, string | number> = { limit: state.limit, offset: state.offset };
  if (state.sort) params['sort'] = state.sort;
  if (state.q) params['q'] = state.q;
  for (const [key, value] of Object.entries(state.filters) as [F, string | undefined][]) {
    if (value) params[key] = value;
  }
  return params;
}
