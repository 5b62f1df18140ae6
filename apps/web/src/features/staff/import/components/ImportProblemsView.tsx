import type { ImportRowErrorDto } from '@sopr/api-client';
import { Alert, Table, TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageState } from '../../../../shared/components/PageState';
import { formatCount, IMPORT_ERRORS_PAGE_SIZE, ImportErrorRow, importErrorRows } from '../lib/import-report';

const COLUMNS: TableColumnsType<ImportErrorRow> = [
  { title: 'Строка', dataIndex: 'row', key: 'row', width: 90 },
  { title: 'Столбец', dataIndex: 'column', key: 'column', width: 260, render: (column: string | null) => column ?? 'Вся строка' },
  { title: 'Сообщение', dataIndex: 'message', key: 'message' },
];

/** A page of GET …/errors asked for: the table pages on the server. */
export interface ImportErrorsParams {
  limit: number;
  offset: number;
}

/** What the table needs of the query for a page of bad rows (a react-query result fits). */
export interface ImportErrorsQuery {
  data?: { items: ImportRowErrorDto[]; total: number; offset: number };
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * The data hook of an import's bad rows: `source` says which import (the staff import's id, or a
 * procedure's and its results import's ids). Passed as a prop, called on every render.
 */
export type ImportErrorsHook<S> = (source: S, params: ImportErrorsParams) => ImportErrorsQuery;

interface ImportProblemsViewProps<S> {
  /** Which import, as `useErrors` takes it. */
  source: S;
  useErrors: ImportErrorsHook<S>;
  /** Errors of the file as a whole (format, columns). */
  fileErrors: string[];
  /** Bad rows: the table is asked for only when there are some. */
  errorCount: number;
  /** The heading of the file errors. */
  fileErrorsTitle?: string;
}

/** File-level errors as an Alert, row errors as a table paged on the server. */
export function ImportProblemsView<S>({ source, useErrors, fileErrors, errorCount, fileErrorsTitle = 'Файл не удаётся разобрать' }: ImportProblemsViewProps<S>) {
  return (
    <>
      {fileErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={fileErrorsTitle}
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
      {errorCount > 0 && <ImportErrorsTable source={source} useErrors={useErrors} />}
    </>
  );
}

function ImportErrorsTable<S>({ source, useErrors }: { source: S; useErrors: ImportErrorsHook<S> }) {
  const [page, setPage] = useState({ current: 1, pageSize: IMPORT_ERRORS_PAGE_SIZE });
  const params = { limit: page.pageSize, offset: (page.current - 1) * page.pageSize };
  const query = useErrors(source, params);
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
