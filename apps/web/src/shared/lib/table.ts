import type { TablePaginationConfig } from 'antd';
import { ListState, pageOf } from './list-params';
import { pluralRecords } from './format';

/** Server-side pagination of an antd table from the list state and the page's total. */
export function paginationOf(state: Pick<ListState, 'limit' | 'offset'>, total: number | undefined): TablePaginationConfig {
  return {
    current: pageOf(state),
    pageSize: state.limit,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => `Всего: ${pluralRecords(count)}`,
  };
}
