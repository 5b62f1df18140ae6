import { PlusOutlined } from '@ant-design/icons';
import { ListOrganizationsParams, OrganizationDto } from '@sopr/api-client';
import { ORGANIZATION_KIND_TITLES } from '@sopr/shared';
import { Button, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalityName } from '../../places/components/PlaceName';
import { OrganizationActions } from '../components/OrganizationActions';
import { ORGANIZATION_FILTERS, OrganizationFilters } from '../components/OrganizationFilters';
import { OrganizationFormDrawer } from '../components/OrganizationFormDrawer';
import { useOrganizationList } from '../hooks/useOrganizations';

const DEFAULTS = { sort: 'name' };

export function OrganizationsPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.ORGANIZATION_WRITE]);
  const regionLevel = user.municipalityId === null;
  const list = useListState(ORGANIZATION_FILTERS, DEFAULTS);
  const query = useOrganizationList(toApiParams(list.state) as ListOrganizationsParams);
  const [editing, setEditing] = useState<OrganizationDto | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const openDrawer = (organization: OrganizationDto | null) => {
    setEditing(organization);
    setDrawerOpen(true);
  };

  const columns: TableColumnsType<OrganizationDto> = [
    {
      title: 'Название',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'name'),
      render: (_, organization) => (
        <>
          <div>{organization.name}</div>
          {organization.shortName && <Typography.Text type="secondary">{organization.shortName}</Typography.Text>}
        </>
      ),
    },
    {
      title: 'Тип',
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'kind'),
      render: (kind: OrganizationDto['kind']) => ORGANIZATION_KIND_TITLES[kind] ?? kind,
    },
    ...(regionLevel
      ? [{ title: 'Муниципалитет', key: 'municipality', render: (_: unknown, organization: OrganizationDto) => <MunicipalityName id={organization.municipalityId} /> }]
      : []),
    { title: 'ИНН', dataIndex: 'inn', key: 'inn', render: (inn: string | null) => inn ?? '—' },
    {
      title: 'Состояние',
      dataIndex: 'active',
      key: 'active',
      render: (active: boolean) => (active ? <Tag color="green">Действует</Tag> : <Tag>Неактивна</Tag>),
    },
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 140,
          render: (_: unknown, organization: OrganizationDto) => (
            <OrganizationActions organization={organization} onEdit={() => openDrawer(organization)} />
          ),
        }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Организации"
        subtitle={canWrite ? undefined : 'Просмотр организаций в вашей области доступа.'}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(null)} data-testid="create-organization">
              Добавить организацию
            </Button>
          )
        }
      />
      <OrganizationFilters list={list} byMunicipality={regionLevel} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<OrganizationDto>
          rowKey="id"
          data-testid="organizations-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Организации не найдены" /> }}
          scroll={{ x: 800 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <OrganizationFormDrawer open={drawerOpen} organization={editing} onClose={() => setDrawerOpen(false)} />}
    </>
  );
}
