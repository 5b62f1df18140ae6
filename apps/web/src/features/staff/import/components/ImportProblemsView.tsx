import { Alert, Table, TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageState } from '../../../../shared/components/PageState';
import { useStaffImportErrors } from '../hooks/useStaffImport';
import { formatCount, IMPORT_ERRORS_PAGE_SIZE, ImportErrorRow, importErrorRows } from '../lib/import-report';

const COLUMNS: TableColumnsType<ImportErrorRow> = [
  { title: 'Строка', dataIndex: 'row', key: 'row', width: 90 },
  { title: 'Столбец', dataIndex: 'column', key: 'column', width: 260, render: (column: string | null) => column ?? 'Вся строка' },
  { title: 'Сообщение', dataIndex: 'message', key: 'message' },
];

interface ImportProblemsViewProps {
  importId: string;
  /** Errors of the file as a whole (format, columns). */
  fileErrors: string[];
  /** Bad rows: the table is asked for only when there are some. */
  errorCount: number;
}

/** File-level errors as an Alert, row errors as a table paged on the server. */
export function ImportProblemsView({ importId, fileErrors, errorCount }: ImportProblemsViewProps) {
  return (
    <>
      {fileErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="Файл не удаётся разобрать"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
          data-testid="import-file-errors"
        />
      )}
      {errorCount > 0 && <ImportErrorsTable importId={importId} />}
    </>
  );
}

function ImportErrorsTable({ importId }: { importId: string }) {
  const [page, setPage] = useState({ current: 1, pageSize: IMPORT_ERRORS_PAGE_SIZE });
  const params = { limit: page.pageSize, offset: (page.current - 1) * page.pageSize };
  const query = useStaffImportErrors(importId, params);
  return (
    <PageState error={query.error} onRetry={() => void query.refetch()}>
      <Table<ImportErrorRow>
        rowKey="key"
        size="small"
        columns={COLUMNS}
        dataSource={query.data ? importErrorRows(query.data) : []}
        loading={query.isFetching}
        data-testid="import-errors"
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: query.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => `Ошибок: ${formatCount(count)}`,
        }}
        onChange={(pagination) =>
          setPage((previous) => {
            const pageSize = pagination.pageSize ?? previous.pageSize;
            return { pageSize, current: pageSize === previous.pageSize ? (pagination.current ?? 1) : 1 };
          })
        }
      />
    </PageState>
  );
}
