import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ListRegionsParams, RegionDto } from '@sopr/api-client';
import { Button, Table, TableColumnsType, Tooltip } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { paginationOf } from '../../../shared/lib/table';
import { RegionFormDrawer } from '../components/RegionFormDrawer';
import { useRegionList } from '../hooks/useRegions';

const FILTERS: readonly never[] = [];
const DEFAULTS = { sort: 'name' };

export function RegionsPage() {
  const list = useListState(FILTERS, DEFAULTS);
  const query = useRegionList(toApiParams(list.state) as ListRegionsParams);
  const [editing, setEditing] = useState<RegionDto | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const openDrawer = (region: RegionDto | null) => {
    setEditing(region);
    setDrawerOpen(true);
  };

  const columns: TableColumnsType<RegionDto> = [
    { title: 'Код', dataIndex: 'code', key: 'code', width: 100, sorter: true, sortOrder: sortOrderOf(list.state.sort, 'code') },
    { title: 'Название', dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrderOf(list.state.sort, 'name') },
    {
      title: 'Действия',
      key: 'actions',
      width: 100,
      render: (_, region) => (
        <Tooltip title="Изменить">
          <Button size="small" icon={<EditOutlined />} onClick={() => openDrawer(region)} aria-label="Изменить" />
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Регионы"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(null)} data-testid="create-region">
            Добавить регион
          </Button>
        }
      />
      <ListToolbar search={list.state.q} onSearch={list.setSearch} searchPlaceholder="Название региона" onReset={list.reset} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<RegionDto>
          rowKey="id"
          data-testid="regions-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Регионы не найдены" /> }}
          onChange={list.onTableChange}
        />
      </PageState>
      <RegionFormDrawer open={drawerOpen} region={editing} onClose={() => setDrawerOpen(false)} />
    </>
  );
}
