import { AuditLogEntryDto, ListAuditLogParams } from '@sopr/api-client';
import { Table, TableColumnsType, Tag, Typography } from 'antd';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { formatDateTime } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { paginationOf } from '../../../shared/lib/table';
import { actionTitle, entityTitle } from '../audit-format';
import { ActorCell } from '../components/ActorCell';
import { AUDIT_FILTERS, AuditFilters } from '../components/AuditFilters';
import { ChangesList } from '../components/ChangesList';
import { useAuditLog } from '../hooks/useAuditLog';

const DEFAULTS = { sort: '-occurredAt' };

const ACTION_COLORS: Record<string, string> = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red', READ_SENSITIVE: 'orange' };

export function AuditPage() {
  const list = useListState(AUDIT_FILTERS, DEFAULTS);
  const query = useAuditLog(toApiParams(list.state) as ListAuditLogParams);

  const columns: TableColumnsType<AuditLogEntryDto> = [
    {
      title: 'Когда',
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'occurredAt'),
      render: formatDateTime,
    },
    {
      title: 'Кто',
      key: 'actor',
      width: 220,
      render: (_, entry) => <ActorCell entry={entry} />,
    },
    {
      title: 'Действие',
      dataIndex: 'action',
      key: 'action',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'action'),
      render: (action: string) => <Tag color={ACTION_COLORS[action]}>{actionTitle(action)}</Tag>,
    },
    {
      title: 'Объект',
      dataIndex: 'entity',
      key: 'entity',
      width: 200,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'entity'),
      render: (entity: string, entry) => (
        <>
          <div>{entityTitle(entity)}</div>
          <Typography.Text type="secondary" copyable={{ text: entry.entityId, tooltips: ['Скопировать идентификатор', 'Скопировано'] }} style={{ fontSize: 12 }}>
            {entry.entityId.slice(0, 8)}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Изменения', key: 'changes', render: (_, entry) => <ChangesList changes={entry.changes} /> },
  ];

  return (
    <>
      <PageHeader title="Журнал изменений" subtitle="Все изменения записей в вашей области доступа: кто, когда и что изменил." />
      <AuditFilters list={list} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<AuditLogEntryDto>
          rowKey="id"
          data-testid="audit-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Записей в журнале нет" /> }}
          scroll={{ x: 1000 }}
          onChange={list.onTableChange}
        />
      </PageState>
    </>
  );
}
