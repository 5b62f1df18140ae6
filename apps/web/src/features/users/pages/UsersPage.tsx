import { UserAddOutlined } from '@ant-design/icons';
import { ListUsersParams, UserDto } from '@sopr/api-client';
import { Button, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { formatDateTime } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { PlaceName } from '../../places/components/PlaceName';
import { UserActions } from '../components/UserActions';
import { UserCreateDrawer } from '../components/UserCreateDrawer';
import { UserEditDrawer } from '../components/UserEditDrawer';
import { USER_FILTERS, UserFilters } from '../components/UserFilters';
import { useUserList } from '../hooks/useUsers';
import { roleTitle } from '../roles';

const DEFAULTS = { sort: 'fullName' };

export function UsersPage() {
  const me = useCurrentUser();
  const canWrite = hasAll(me.permissions, [Permission.USER_WRITE]);
  const list = useListState(USER_FILTERS, DEFAULTS);
  const query = useUserList(toApiParams(list.state) as ListUsersParams);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserDto | null>(null);

  const columns: TableColumnsType<UserDto> = [
    {
      title: 'ФИО',
      dataIndex: 'fullName',
      key: 'fullName',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'fullName'),
      render: (fullName: string, account) => (
        <>
          {fullName} {account.id === me.id && <Typography.Text type="secondary">(вы)</Typography.Text>}
        </>
      ),
    },
    { title: 'Электронная почта', dataIndex: 'email', key: 'email', sorter: true, sortOrder: sortOrderOf(list.state.sort, 'email') },
    {
      title: 'Роль',
      dataIndex: 'role',
      key: 'role',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'role'),
      render: (role: string) => roleTitle(role),
    },
    { title: 'Место работы', key: 'place', render: (_, account) => <PlaceName place={account} /> },
    {
      title: 'Состояние',
      dataIndex: 'active',
      key: 'active',
      render: (active: boolean) => (active ? <Tag color="green">Вход разрешён</Tag> : <Tag color="red">Заблокирован</Tag>),
    },
    { title: 'Последний вход', dataIndex: 'lastLoginAt', key: 'lastLoginAt', render: (value: string | null) => formatDateTime(value) },
    ...(canWrite
      ? [{ title: 'Действия', key: 'actions', width: 110, render: (_: unknown, account: UserDto) => <UserActions account={account} onEdit={() => setEditing(account)} /> }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Пользователи"
        subtitle={canWrite ? undefined : 'Просмотр учётных записей в вашей области доступа.'}
        extra={
          canWrite && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="create-user">
              Добавить пользователя
            </Button>
          )
        }
      />
      <UserFilters list={list} byOrganization={me.organizationId === null} municipalityId={me.municipalityId ?? undefined} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<UserDto>
          rowKey="id"
          data-testid="users-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Пользователи не найдены" /> }}
          scroll={{ x: 900 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <UserCreateDrawer open={creating} onClose={() => setCreating(false)} />}
      {canWrite && <UserEditDrawer account={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
