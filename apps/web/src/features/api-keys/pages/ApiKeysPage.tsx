import { KeyOutlined, StopOutlined } from '@ant-design/icons';
import { ApiKeyDto, CreatedApiKeyDto, ListApiKeysParams } from '@sopr/api-client';
import { Button, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { formatDateTime } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { paginationOf } from '../../../shared/lib/table';
import { PlaceName } from '../../places/components/PlaceName';
import { ApiKeyCreateDrawer } from '../components/ApiKeyCreateDrawer';
import { CreatedKeyModal } from '../components/CreatedKeyModal';
import { useApiKeyList, useApiKeyMutations } from '../hooks/useApiKeys';

const FILTERS: readonly never[] = [];
const DEFAULTS = { sort: '-createdAt' };

export function ApiKeysPage() {
  const list = useListState(FILTERS, DEFAULTS);
  const query = useApiKeyList(toApiParams(list.state) as ListApiKeysParams);
  const { revoke } = useApiKeyMutations();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);

  const doRevoke = async (key: ApiKeyDto) => {
    try {
      await revoke.mutateAsync({ id: key.id });
      notify.success('Ключ отозван');
    } catch (error) {
      notify.error(error, 'Не удалось отозвать ключ');
    }
  };

  const columns: TableColumnsType<ApiKeyDto> = [
    { title: 'Название', dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrderOf(list.state.sort, 'name') },
    { title: 'Начало ключа', dataIndex: 'prefix', key: 'prefix', render: (prefix: string) => <Typography.Text code>{prefix}</Typography.Text> },
    { title: 'Область доступа', key: 'place', render: (_, key) => <PlaceName place={{ ...key, organizationId: null }} /> },
    { title: 'Создан', dataIndex: 'createdAt', key: 'createdAt', sorter: true, sortOrder: sortOrderOf(list.state.sort, 'createdAt'), render: formatDateTime },
    { title: 'Последнее использование', dataIndex: 'lastUsedAt', key: 'lastUsedAt', render: (value: string | null) => (value ? formatDateTime(value) : 'не использовался') },
    {
      title: 'Состояние',
      key: 'state',
      render: (_, key) => (key.revokedAt ? <Tag>Отозван {formatDateTime(key.revokedAt)}</Tag> : <Tag color="green">Действует</Tag>),
    },
    {
      title: 'Действия',
      key: 'actions',
      width: 100,
      render: (_, key) =>
        !key.revokedAt && (
          <ConfirmAction
            label="Отозвать"
            icon={<StopOutlined />}
            question="Отозвать ключ?"
            description="Система, которая им пользуется, сразу потеряет доступ. Отменить нельзя."
            okText="Отозвать"
            danger
            onConfirm={() => doRevoke(key)}
          />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Ключи API"
        subtitle="Ключи дают внешним системам доступ к API в пределах региона или одного муниципалитета."
        extra={
          <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)} data-testid="create-api-key">
            Создать ключ
          </Button>
        }
      />
      <ListToolbar search={list.state.q} onSearch={list.setSearch} searchPlaceholder="Название ключа" onReset={list.reset} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ApiKeyDto>
          rowKey="id"
          data-testid="api-keys-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Ключей пока нет" /> }}
          scroll={{ x: 900 }}
          onChange={list.onTableChange}
        />
      </PageState>
      <ApiKeyCreateDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      <CreatedKeyModal created={created} onClose={() => setCreated(null)} />
    </>
  );
}
