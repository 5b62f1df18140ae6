import { AimOutlined, PlayCircleOutlined, ReadOutlined } from '@ant-design/icons';
import type { ListMonitoringRunsParams, MonitoringRunDto } from '@sopr/api-client';
import { Button, Flex, Select, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect } from '../../places/components/PlaceSelects';
import { RetryRunButton } from '../components/RetryRunButton';
import { RunStatusTag } from '../components/RunStatusTag';
import { StartRunDrawer } from '../components/StartRunDrawer';
import { useRunList } from '../hooks/useMonitoring';
import { choosesMunicipality, isRegionRun, RUN_STATUS_OPTIONS, runFailedText, runInitiator, runPeriodText, runPlaceName, runProgressText, runsRegion } from '../lib/runs';

const FILTERS = ['municipalityId', 'status', 'scope'] as const;
const DEFAULTS = { sort: '-createdAt' };

const SCOPE_FILTER_OPTIONS = [
  { value: 'REGION', label: 'Мониторинги региона' },
  { value: 'MUNICIPALITY', label: 'Мониторинги муниципалитетов' },
];

/**
 * /monitoring — the runs of the user's municipality (or, at region level, the region's runs and
 * the municipalities' own runs; a region run's municipalities are on its page), newest first;
 * a region run in progress says how many municipalities are counted; «Запустить мониторинг» for
 * those who may; a failed run says why and offers «Повторить».
 */
export function MonitoringPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const canRun = hasAll(user.permissions, [Permission.MONITORING_RUN]);
  const canSetTargets = hasAll(user.permissions, [Permission.TARGETS_WRITE]);
  const filtersMunicipality = choosesMunicipality(user);
  const seesRegionRuns = runsRegion(user);
  const list = useListState(FILTERS, DEFAULTS);
  const query = useRunList(toApiParams(list.state) as ListMonitoringRunsParams);
  const [starting, setStarting] = useState(false);
  const filtered = Object.values(list.state.filters).some(Boolean);

  const columns: TableColumnsType<MonitoringRunDto> = [
    {
      title: seesRegionRuns ? 'Регион / муниципалитет' : 'Муниципалитет',
      key: 'municipality',
      render: (_, run) => (
        <Flex vertical gap={2} align="flex-start" data-testid="run-place" data-scope={run.scope}>
          <span>
            <Link to={`/monitoring/${run.id}`} data-testid="run-link">
              {runPlaceName(run)}
            </Link>
            {isRegionRun(run) && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                весь регион
              </Tag>
            )}
          </span>
          {isRegionRun(run) && run.progress && run.status !== 'DONE' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="run-progress-text">
              {runProgressText(run.progress)}
              {runFailedText(run.progress) && <Typography.Text type="danger" style={{ fontSize: 12 }}>, {runFailedText(run.progress)}</Typography.Text>}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: 'Период', key: 'period', render: (_, run) => <span style={{ whiteSpace: 'nowrap' }}>{runPeriodText(run)}</span> },
    {
      title: 'Дата мониторинга',
      key: 'asOf',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'asOf'),
      render: (_, run) => formatDate(run.asOf),
    },
    {
      title: 'Статус',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'status'),
      render: (_, run) => (
        <Flex vertical gap={4} align="flex-start">
          <RunStatusTag status={run.status} />
          {run.status === 'FAILED' && run.failure && (
            <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 320 }} data-testid="run-failure">
              {run.failure}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: 'Запущен',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'createdAt'),
      render: (_, run) => (
        <>
          <div style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.createdAt)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="run-initiator">
            {runInitiator(run)}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Завершён', key: 'finishedAt', render: (_, run) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.finishedAt)}</span> },
    ...(canRun
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 130,
          render: (_: unknown, run: MonitoringRunDto) => run.status === 'FAILED' && <RetryRunButton run={run} size="small" />,
        }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Мониторинг"
        subtitle={
          seesRegionRuns
            ? 'Расчёт показателей муниципальных программ на дату: по муниципалитету или всему региону (муниципалитеты рядом), с целями на год и изменением с предыдущего мониторинга.'
            : 'Расчёт показателей муниципальных программ на дату: по муниципалитету и каждой организации, с целями на год и изменением с предыдущего мониторинга.'
        }
        extra={
          <>
            <Button icon={<AimOutlined />} onClick={() => navigate('/monitoring/targets')} data-testid="to-targets">
              {canSetTargets ? 'Цели показателей' : 'Цели'}
            </Button>
            <Button icon={<ReadOutlined />} onClick={() => navigate('/indicators')} data-testid="to-indicators">
              Каталог показателей
            </Button>
            {canRun && (
              <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => setStarting(true)} data-testid="start-run">
                Запустить мониторинг
              </Button>
            )}
          </>
        }
      />
      <ListToolbar onReset={filtered ? list.reset : undefined}>
        {filtersMunicipality && (
          <MunicipalitySelect
            allowClear
            regionId={user.regionId ?? undefined}
            value={list.state.filters.municipalityId}
            onChange={(value) => list.setFilter('municipalityId', value)}
            placeholder="Все муниципалитеты"
            style={{ width: 280 }}
            data-testid="filter-municipality"
          />
        )}
        {seesRegionRuns && (
          <Select
            allowClear
            value={list.state.filters.scope}
            onChange={(value?: string) => list.setFilter('scope', value)}
            options={SCOPE_FILTER_OPTIONS}
            placeholder="Регион и муниципалитеты"
            style={{ width: 260 }}
            data-testid="filter-scope"
          />
        )}
        <Select
          allowClear
          value={list.state.filters.status}
          onChange={(value?: string) => list.setFilter('status', value)}
          options={RUN_STATUS_OPTIONS}
          placeholder="Любой статус"
          style={{ width: 200 }}
          data-testid="filter-status"
        />
      </ListToolbar>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MonitoringRunDto>
          rowKey="id"
          data-testid="runs-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isLoading || query.isPlaceholderData}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{
            emptyText: query.isLoading ? (
              ' '
            ) : (
              <EmptyState text={filtered ? 'Нет мониторингов по условиям отбора' : 'Мониторингов пока нет'}>
                {canRun && !filtered && (
                  <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => setStarting(true)}>
                    Запустить первый мониторинг
                  </Button>
                )}
              </EmptyState>
            ),
          }}
          scroll={{ x: 1000 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canRun && <StartRunDrawer open={starting} onClose={() => setStarting(false)} />}
    </>
  );
}
