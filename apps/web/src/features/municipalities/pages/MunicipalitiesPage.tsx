import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ListMunicipalitiesParams, MunicipalityDto } from '@sopr/api-client';
import { Button, Space, Table, TableColumnsType, Tooltip } from 'antd';
import { useState } from 'react';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { RegionName } from '../../places/components/PlaceName';
import { RegionSelect } from '../../places/components/PlaceSelects';
import { MunicipalityFormDrawer } from '../components/MunicipalityFormDrawer';
import { useMunicipalityList, useMunicipalityMutations } from '../hooks/useMunicipalities';

const FILTERS = ['regionId'] as const;
const DEFAULTS = { sort: 'name' };

export function MunicipalitiesPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.MUNICIPALITY_WRITE]);
  const allRegions = user.regionId === null;
  const list = useListState(FILTERS, DEFAULTS);
  const query = useMunicipalityList(toApiParams(list.state) as ListMunicipalitiesParams);
  const { remove } = useMunicipalityMutations();
  const notify = useNotify();
  const [editing, setEditing] = useState<MunicipalityDto | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const openDrawer = (municipality: MunicipalityDto | null) => {
    setEditing(municipality);
    setDrawerOpen(true);
  };

  const destroy = async (municipality: MunicipalityDto) => {
    try {
      await remove.mutateAsync({ id: municipality.id });
      notify.success('Муниципалитет удалён');
    } catch (error) {
      notify.error(error, 'Не удалось удалить муниципалитет');
    }
  };

  const columns: TableColumnsType<MunicipalityDto> = [
    { title: 'Название', dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrderOf(list.state.sort, 'name') },
    { title: 'ОКТМО', dataIndex: 'oktmo', key: 'oktmo', render: (oktmo: string | null) => oktmo ?? '—' },
    ...(allRegions ? [{ title: 'Регион', key: 'region', render: (_: unknown, m: MunicipalityDto) => <RegionName id={m.regionId} /> }] : []),
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 110,
          render: (_: unknown, municipality: MunicipalityDto) => (
            <Space size={4}>
              <Tooltip title="Изменить">
                <Button size="small" icon={<EditOutlined />} onClick={() => openDrawer(municipality)} aria-label="Изменить" />
              </Tooltip>
              <ConfirmAction
                label="Удалить"
                icon={<DeleteOutlined />}
                question="Удалить муниципалитет?"
                description="Удалить можно только муниципалитет без организаций."
                okText="Удалить"
                danger
                onConfirm={() => destroy(municipality)}
              />
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Муниципалитеты"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(null)} data-testid="create-municipality">
              Добавить муниципалитет
            </Button>
          )
        }
      />
      <ListToolbar search={list.state.q} onSearch={list.setSearch} searchPlaceholder="Название муниципалитета" onReset={list.reset}>
        {allRegions && (
          <RegionSelect
            value={list.state.filters.regionId}
            onChange={(value) => list.setFilter('regionId', value)}
            allowClear
            placeholder="Регион"
            style={{ width: 240 }}
          />
        )}
      </ListToolbar>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MunicipalityDto>
          rowKey="id"
          data-testid="municipalities-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Муниципалитеты не найдены" /> }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <MunicipalityFormDrawer open={drawerOpen} municipality={editing} onClose={() => setDrawerOpen(false)} />}
    </>
  );
}
