import { Alert, Table, TableColumnsType } from 'antd';
import { EMPTY_VALUE } from '../../../../shared/lib/format';
import { ImportErrorRow, ImportProblems } from '../lib/import-report';

const COLUMNS: TableColumnsType<ImportErrorRow> = [
  { title: 'Строка', dataIndex: 'row', key: 'row', width: 90, render: (row: number | null) => row ?? EMPTY_VALUE },
  { title: 'Столбец', dataIndex: 'column', key: 'column', width: 260, render: (column: string | null) => column ?? 'Вся строка' },
  { title: 'Сообщение', dataIndex: 'message', key: 'message' },
];

/** File-level errors as an Alert, row errors as a paged table. */
export function ImportProblemsView({ problems }: { problems: ImportProblems }) {
  return (
    <>
      {problems.fileErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="Файл не удаётся разобрать"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
          data-testid="import-file-errors"
        />
      )}
      {problems.rows.length > 0 && (
        <Table<ImportErrorRow>
          rowKey="key"
          size="small"
          columns={COLUMNS}
          dataSource={problems.rows}
          data-testid="import-errors"
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `Ошибок: ${count}` }}
        />
      )}
    </>
  );
}
