import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ListDiagnosticProceduresParams, ProcedureDto } from '@sopr/api-client';
import { Button, Space, Table, TableColumnsType, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { PROCEDURE_FILTERS, ProcedureFilters } from '../components/ProcedureFilters';
import { ProcedureFormDrawer } from '../components/ProcedureFormDrawer';
import { useProcedureList, useProcedureMutations } from '../hooks/useDiagnostics';
import { canModifyProcedure, procedureDates } from '../lib/procedures';
import { procedureKindTitle, scaleText } from '../lib/titles';

const DEFAULTS = { sort: '-startsOn' };

/** /diagnostics/procedures — procedures of the caller's level and above; writers create, change and delete their own. */
export function ProceduresPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.DIAGNOSTICS_WRITE]);
  const list = useListState(PROCEDURE_FILTERS, DEFAULTS);
  const query = useProcedureList(toApiParams(list.state) as ListDiagnosticProceduresParams);
  const { remove } = useProcedureMutations();
  const notify = useNotify();
  const [drawer, setDrawer] = useState<{ open: boolean; procedure: ProcedureDto | null }>({ open: false, procedure: null });
  const filtered = Boolean(list.state.q || Object.values(list.state.filters).some(Boolean));

  const destroy = async (procedure: ProcedureDto) => {
    try {
      await remove.mutateAsync({ id: procedure.id });
      notify.success('Процедура удалена');
    } catch (error) {
      notify.error(error, 'Не удалось удалить процедуру');
    }
  };

  const columns: TableColumnsType<ProcedureDto> = [
    {
      title: 'Название',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'name'),
      render: (_, procedure) => (
        <>
          <Link to={`/diagnostics/procedures/${procedure.id}`} data-testid="procedure-link">
            {procedure.name}
          </Link>
          {procedure.isCnppm && (
            <div>
              <Tag color="blue">ЦНППМ</Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Вид',
      key: 'kind',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'kind'),
      render: (_, procedure) => procedureKindTitle(procedure.kind),
    },
    { title: 'Предмет', key: 'subject', render: (_, procedure) => procedure.subjectName ?? EMPTY_VALUE },
    {
      title: 'Сроки',
      key: 'startsOn',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'startsOn'),
      render: (_, procedure) => <span style={{ whiteSpace: 'nowrap' }}>{procedureDates(procedure)}</span>,
    },
    {
      title: 'Компетенции',
      key: 'competences',
      render: (_, procedure) => (
        <Tooltip title={procedure.competences.map((c) => c.name).join(', ')}>
          <span>{procedure.competences.length}</span>
        </Tooltip>
      ),
    },
    { title: 'Шкала', key: 'scale', render: (_, procedure) => <span style={{ whiteSpace: 'nowrap' }}>{scaleText(procedure)}</span> },
    { title: 'Результатов', key: 'resultCount', dataIndex: 'resultCount', align: 'right' },
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 110,
          render: (_: unknown, procedure: ProcedureDto) =>
            canModifyProcedure(user, procedure) && (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label="Изменить"
                  title="Изменить"
                  onClick={() => setDrawer({ open: true, procedure })}
                  data-testid="procedure-edit"
                />
                <ConfirmAction
                  label="Удалить"
                  icon={<DeleteOutlined />}
                  question="Удалить процедуру?"
                  description="Процедуру с результатами удалить нельзя: сначала удалите результаты."
                  okText="Удалить"
                  danger
                  loading={remove.isPending && remove.variables?.id === procedure.id}
                  onConfirm={() => destroy(procedure)}
                />
              </Space>
            ),
        }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Диагностика"
        subtitle="Процедуры диагностики профессиональных компетенций вашего уровня и вышестоящих; балл ниже порога — профессиональный дефицит."
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, procedure: null })} data-testid="create-procedure">
              Создать процедуру
            </Button>
          )
        }
      />
      <ProcedureFilters list={list} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ProcedureDto>
          rowKey="id"
          data-testid="procedures-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{
            emptyText: query.isLoading ? ' ' : <EmptyState text={filtered ? 'Нет процедур по условиям отбора' : 'Процедур диагностики пока нет'} />,
          }}
          scroll={{ x: 1000 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <ProcedureFormDrawer open={drawer.open} procedure={drawer.procedure} onClose={() => setDrawer((current) => ({ ...current, open: false }))} />}
    </>
  );
}
