import type { DeficitDto, ListDeficitsParams } from '@sopr/api-client';
import { Drawer, Input, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { formatDate } from '../../../shared/lib/format';
import { DEFAULT_PAGE_SIZE } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { usePermissions } from '../../auth/hooks/useAuth';
import { useDeficitList } from '../hooks/useDiagnostics';
import { DEFICIT_STATUS_COLORS, deficitStatusTitle, procedureKindTitle } from '../lib/titles';

export interface BankCellSelection {
  title: string;
  subtitle: string;
  /** The cell is an organization's (else «Итого», where each row names its organization). */
  byOrganization: boolean;
  params: ListDeficitsParams;
}

/** The teachers behind a heatmap cell: their open deficits of the cell's competence, page by page. */
export function BankCellDrawer({ selection, onClose }: { selection: BankCellSelection | null; onClose: () => void }) {
  return (
    <Drawer open={selection !== null} onClose={onClose} title={selection?.title} size={720} destroyOnHidden data-testid="bank-cell-drawer">
      {selection && <DeficitTeachers selection={selection} />}
    </Drawer>
  );
}

function DeficitTeachers({ selection }: { selection: BankCellSelection }) {
  const linksStaff = hasAll(usePermissions(), [Permission.STAFF_READ]);
  const [page, setPage] = useState({ limit: DEFAULT_PAGE_SIZE, offset: 0 });
  const [q, setQ] = useState('');
  const query = useDeficitList({ ...selection.params, sort: 'staffName', ...page, ...(q ? { q } : {}) });

  const columns: TableColumnsType<DeficitDto> = [
    {
      title: 'Педагог',
      key: 'staffName',
      render: (_, deficit) =>
        linksStaff ? (
          <Link to={`/staff/${deficit.staffMemberId}`} data-testid="deficit-staff-link">
            {deficit.staffName}
          </Link>
        ) : (
          deficit.staffName
        ),
    },
    ...(selection.byOrganization ? [] : [{ title: 'Организация', key: 'organization', dataIndex: 'organizationName' }]),
    {
      title: 'Выявлен',
      key: 'openedOn',
      render: (_, deficit) => (
        <>
          <div>{formatDate(deficit.openedOn)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {deficit.openedByProcedureName} ({procedureKindTitle(deficit.procedureKind)})
          </Typography.Text>
        </>
      ),
    },
    { title: 'Статус', key: 'status', render: (_, deficit) => <Tag color={DEFICIT_STATUS_COLORS[deficit.status]}>{deficitStatusTitle(deficit.status)}</Tag> },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{selection.subtitle}</Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder="ФИО педагога"
        style={{ width: 280, marginBottom: 12 }}
        onSearch={(value) => {
          setQ(value.trim());
          setPage((current) => ({ ...current, offset: 0 }));
        }}
        data-testid="bank-cell-search"
      />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<DeficitDto>
          rowKey="id"
          size="small"
          data-testid="bank-cell-teachers"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(page, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text={q ? 'Никто не найден' : 'Педагогов с дефицитом нет'} /> }}
          onChange={(pagination) => {
            const limit = pagination.pageSize ?? page.limit;
            setPage({ limit, offset: limit === page.limit ? ((pagination.current ?? 1) - 1) * limit : 0 });
          }}
        />
      </PageState>
    </>
  );
}
