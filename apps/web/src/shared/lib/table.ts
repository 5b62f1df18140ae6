import type { TablePaginationConfig } from 'antd';
import { ListState, pageOf } from './list-params';
import { pluralRecords } from './format';

/** «Всего: N записей» under a paginated table. */
const showTotal = (count: number) => `Всего: ${pluralRecords(count)}`;

/** Server-side pagination of an antd table from the list state and the page's total. */
export function paginationOf(state: Pick<ListState, 'limit' | 'offset'>, total: number | undefined): TablePaginationConfig {
  return {
    current: pageOf(state),
    pageSize: state.limit,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal,
  };
}

/** Server-side pagination with a fixed page size (a drawer's or a block's list), by page number. */
export function fixedPaginationOf(page: number, pageSize: number, total: number | undefined, onChange: (page: number) => void): TablePaginationConfig {
  return { current: page, pageSize, total: total ?? 0, showSizeChanger: false, showTotal, onChange };
}
