import { ListStaffImportsParams, StaffImportDto } from '@sopr/api-client';
import { Card, Table, TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../../shared/components/EmptyState';
import { PageState } from '../../../../shared/components/PageState';
import { useListState } from '../../../../shared/hooks/useListState';
import { EMPTY_VALUE, formatDateTime } from '../../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../../shared/lib/list-params';
import { paginationOf } from '../../../../shared/lib/table';
import { useStaffImportHistory } from '../hooks/useStaffImport';
import { formatCount, formatFileSize, importPlanKnown } from '../lib/import-report';
import { ImportStatusTag } from './ImportStatusTag';

const NO_FILTERS: readonly never[] = [];
const DEFAULTS = { sort: '-createdAt', limit: 10 };

/** The rows of the file once it has been read through, a dash before. */
const rows = (item: StaffImportDto) => (item.totalRows === null ? EMPTY_VALUE : formatCount(item.totalRows));
/** What would change (or did), only for a file without errors: with errors nothing changes. */
const change = (item: StaffImportDto, value: number) => (importPlanKnown(item) ? formatCount(value) : EMPTY_VALUE);
/** Bad rows; «весь файл» when the file as a whole was refused (format, columns). */
function errors(item: StaffImportDto): string {
  if (item.fileErrors.length > 0) return 'весь файл';
  return item.totalRows === null ? EMPTY_VALUE : formatCount(item.errorCount);
}

/** «Последние импорты»: the imports in the user's scope, newest first, each opening its page. */
export function ImportHistoryTable() {
  const list = useListState(NO_FILTERS, DEFAULTS);
  const query = useStaffImportHistory(toApiParams(list.state) as ListStaffImportsParams);

  const columns: TableColumnsType<StaffImportDto> = [
    {
      title: 'Файл',
      key: 'fileName',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'fileName'),
      render: (_, item) => (
        <>
          <Link to={`/staff/import/${item.id}`} data-testid="import-history-link">
            {item.fileName}
          </Link>
          <div style={{ fontSize: 12, opacity: 0.65 }}>{formatFileSize(item.fileSize)}</div>
        </>
      ),
    },
    {
      title: 'Загружен',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'createdAt'),
      render: (_, item) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.createdAt)}</span>,
    },
    { title: 'Статус', key: 'status', render: (_, item) => <ImportStatusTag status={item.status} testId="import-history-status" /> },
    { title: 'Строк', key: 'totalRows', align: 'right', render: (_, item) => rows(item) },
    { title: 'Новых', key: 'toCreate', align: 'right', render: (_, item) => change(item, item.toCreate) },
    { title: 'Изменённых', key: 'toUpdate', align: 'right', render: (_, item) => change(item, item.toUpdate) },
    { title: 'Без изменений', key: 'unchanged', align: 'right', render: (_, item) => change(item, item.unchanged) },
    { title: 'С ошибками', key: 'errorCount', align: 'right', render: (_, item) => errors(item) },
  ];

  return (
    <Card title="Последние импорты" style={{ marginTop: 16 }}>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<StaffImportDto>
          rowKey="id"
          size="small"
          data-testid="import-history"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching && (query.isPlaceholderData || !query.data)}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Импортов пока нет" /> }}
          scroll={{ x: 900 }}
          onChange={list.onTableChange}
        />
      </PageState>
    </Card>
  );
}
