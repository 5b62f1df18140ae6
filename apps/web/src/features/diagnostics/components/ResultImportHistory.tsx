import { ListResultImportsParams, ResultImportDto } from '@sopr/api-client';
import { Card, Table, TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE, formatDateTime } from '../../../shared/lib/format';
import { ImportStatusTag } from '../../staff/import/components/ImportStatusTag';
import { formatCount, formatFileSize, importPlanKnown } from '../../staff/import/lib/import-report';
import { useResultImportHistory } from '../hooks/useResultImport';
import { resultImportPath } from '../lib/result-import';

const PAGE_SIZE = 10;

/** The rows of the file once it has been read through, a dash before. */
const rows = (item: ResultImportDto) => (item.totalRows === null ? EMPTY_VALUE : formatCount(item.totalRows));
/** What would change (or did), only for a file checked clean: with errors nothing changes. */
const change = (item: ResultImportDto, value: number) => (importPlanKnown(item) ? formatCount(value) : EMPTY_VALUE);
/** Bad rows; «весь файл» when the file as a whole was refused. */
function errors(item: ResultImportDto): string {
  if (item.fileErrors.length > 0) return 'весь файл';
  return item.totalRows === null ? EMPTY_VALUE : formatCount(item.errorCount);
}

/** «Последние импорты» of a procedure, newest first; each opens the wizard where the import stands. */
export function ResultImportHistory({ procedureId }: { procedureId: string }) {
  const [page, setPage] = useState(1);
  const params: ListResultImportsParams = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const query = useResultImportHistory(procedureId, params);

  const columns: TableColumnsType<ResultImportDto> = [
    {
      title: 'Файл',
      key: 'fileName',
      render: (_, item) => (
        <>
          <Link to={resultImportPath(procedureId, item.id)} data-testid="result-import-history-link">
            {item.fileName}
          </Link>
          <div style={{ fontSize: 12, opacity: 0.65 }}>{formatFileSize(item.fileSize)}</div>
        </>
      ),
    },
    { title: 'Загружен', key: 'createdAt', render: (_, item) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.createdAt)}</span> },
    { title: 'Статус', key: 'status', render: (_, item) => <ImportStatusTag status={item.status} testId="result-import-history-status" /> },
    { title: 'Строк', key: 'totalRows', align: 'right', render: (_, item) => rows(item) },
    { title: 'Новых', key: 'toCreate', align: 'right', render: (_, item) => change(item, item.toCreate) },
    { title: 'Заменено', key: 'toUpdate', align: 'right', render: (_, item) => change(item, item.toUpdate) },
    { title: 'Без изменений', key: 'unchanged', align: 'right', render: (_, item) => change(item, item.unchanged) },
    { title: 'С ошибками', key: 'errorCount', align: 'right', render: (_, item) => errors(item) },
  ];

  return (
    <Card title="Последние импорты" size="small" style={{ marginTop: 16 }}>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ResultImportDto>
          rowKey="id"
          size="small"
          data-testid="result-import-history"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching && (query.isPlaceholderData || !query.data)}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Файлов результатов в эту процедуру ещё не загружали" /> }}
          scroll={{ x: 900 }}
          onChange={(pagination) => setPage(pagination.current ?? 1)}
        />
      </PageState>
    </Card>
  );
}
