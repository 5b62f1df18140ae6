import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ListDiagnosticResultsParams, ProcedureDto, ResultDto } from '@sopr/api-client';
import { Button, Card, Space, Table, TableColumnsType, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { EMPTY_VALUE, formatDate } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { OrganizationSelect } from '../../places/components/PlaceSelects';
import { useResultList, useResultMutations } from '../hooks/useDiagnostics';
import { formatScore, resultSourceTitle } from '../lib/titles';
import { ResultFormDrawer } from './ResultFormDrawer';

const RESULT_FILTERS = ['organizationId'] as const;
const DEFAULTS = { sort: 'staffName' };

/** Scores below the threshold: a deficit. */
const BELOW_STYLE = { color: '#cf1322', background: '#fff1f0', padding: '0 6px', borderRadius: 4, fontWeight: 600 };

/** The results of a procedure in the caller's scope: a column per competence; writers enter, change and delete them. */
export function ResultsBlock({ procedure }: { procedure: ProcedureDto }) {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.DIAGNOSTICS_WRITE]);
  const linksStaff = hasAll(user.permissions, [Permission.STAFF_READ]);
  const list = useListState(RESULT_FILTERS, DEFAULTS);
  const query = useResultList(procedure.id, toApiParams(list.state) as ListDiagnosticResultsParams);
  const { remove } = useResultMutations();
  const notify = useNotify();
  const [drawer, setDrawer] = useState<{ open: boolean; result: ResultDto | null }>({ open: false, result: null });
  const filtered = Boolean(list.state.q || list.state.filters.organizationId);

  const destroy = async (result: ResultDto) => {
    try {
      await remove.mutateAsync({ id: procedure.id, resultId: result.id });
      notify.success('Результат удалён');
    } catch (error) {
      notify.error(error, 'Не удалось удалить результат');
    }
  };

  const columns: TableColumnsType<ResultDto> = [
    {
      title: 'Педагог',
      key: 'staffName',
      fixed: 'left',
      width: 240,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'staffName'),
      render: (_, result) =>
        linksStaff ? (
          <Link to={`/staff/${result.staffMemberId}`} data-testid="result-staff-link">
            {result.staffName}
          </Link>
        ) : (
          result.staffName
        ),
    },
    ...(user.organizationId ? [] : [{ title: 'Организация', key: 'organization', dataIndex: 'organizationName', width: 200 }]),
    {
      title: 'Дата',
      key: 'takenOn',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'takenOn'),
      render: (_, result) => formatDate(result.takenOn),
    },
    ...procedure.competences.map((competence) => ({
      title: competence.name,
      key: `score-${competence.id}`,
      width: 130,
      align: 'center' as const,
      render: (_: unknown, result: ResultDto) => {
        const score = result.scores.find((s) => s.competenceId === competence.id);
        if (!score) return EMPTY_VALUE;
        return score.belowThreshold ? (
          <Tooltip title="Ниже порога — дефицит">
            <span style={BELOW_STYLE} data-testid="score-below">
              {formatScore(score.score)}
            </span>
          </Tooltip>
        ) : (
          <span data-testid="score">{formatScore(score.score)}</span>
        );
      },
    })),
    { title: 'Источник', key: 'source', width: 140, render: (_, result) => resultSourceTitle(result.source) },
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 100,
          fixed: 'right' as const,
          render: (_: unknown, result: ResultDto) => (
            <Space size={4}>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label="Изменить"
                title="Изменить"
                onClick={() => setDrawer({ open: true, result })}
                data-testid="result-edit"
              />
              <ConfirmAction
                label="Удалить"
                icon={<DeleteOutlined />}
                question="Удалить результат?"
                description="Дефициты педагога будут пересчитаны."
                okText="Удалить"
                danger
                loading={remove.isPending && remove.variables?.resultId === result.id}
                onConfirm={() => destroy(result)}
              />
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <Card
      title="Результаты"
      size="small"
      data-testid="results"
      extra={
        canWrite && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, result: null })} data-testid="add-result">
            Внести результат
          </Button>
        )
      }
    >
      <ListToolbar search={list.state.q} onSearch={list.setSearch} searchPlaceholder="ФИО педагога" onReset={list.reset}>
        {!user.organizationId && (
          <OrganizationSelect
            municipalityId={user.municipalityId ?? undefined}
            value={list.state.filters.organizationId}
            onChange={(value) => list.setFilter('organizationId', value)}
            allowClear
            placeholder="Все организации"
            style={{ width: 300 }}
            data-testid="results-organization"
          />
        )}
      </ListToolbar>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ResultDto>
          rowKey="id"
          size="small"
          data-testid="results-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text={filtered ? 'Нет результатов по условиям отбора' : 'Результатов пока нет'} /> }}
          scroll={{ x: 600 + 130 * procedure.competences.length }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && (
        <ResultFormDrawer procedure={procedure} result={drawer.result} open={drawer.open} onClose={() => setDrawer((current) => ({ ...current, open: false }))} />
      )}
    </Card>
  );
}
