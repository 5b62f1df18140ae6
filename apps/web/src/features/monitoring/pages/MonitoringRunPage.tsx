import { ApartmentOutlined, ArrowLeftOutlined, BulbOutlined } from '@ant-design/icons';
import type { MonitoringRunDto } from '@sopr/api-client';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ErrorState, PageState } from '../../../shared/components/PageState';
import { errorStatus } from '../../../shared/lib/api-errors';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { canOpen } from '../../shell/navigation';
import { ChildRunsTable } from '../components/ChildRunsTable';
import { ComparisonMatrix } from '../components/ComparisonMatrix';
import { DrilldownSelection, IndicatorDrilldownDrawer } from '../components/IndicatorDrilldownDrawer';
import { RegionRunProgress } from '../components/RegionRunProgress';
import { RunDocuments } from '../components/RunDocuments';
import { RetryRunButton } from '../components/RetryRunButton';
import { RunStatusTag } from '../components/RunStatusTag';
import { RunValuesView } from '../components/RunValuesView';
import { useIndicators, useRun, useRunComparison, useRunDynamics, useRunValues } from '../hooks/useMonitoring';
import { dynamicsByCode } from '../lib/dynamics';
import { isRegionRun, isRunInProgress, runFailedText, runInitiator, runPeriodText, runPlaceName, runProgressText } from '../lib/runs';

const TITLE = 'Мониторинг';
const LIST_PATH = '/monitoring';

/**
 * /monitoring/:id — one run: followed (polled) while the worker computes it, its failure with
 * «Повторить», and once done the municipality's indicators by group with their trend and the
 * drill-down to its organizations, breakdowns and dynamics. A school's user sees his organization's
 * values only (the API gives no others). Once done, «Рекомендации по итогам» leads to the
 * recommendations its rules issued. A region run shows its municipalities' progress and runs, and
 * once done the region and its municipalities side by side.
 */
export function MonitoringRunPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useRun(id);

  if (query.data) return <RunView key={id} run={query.data} stale={query.isError} onRefresh={() => void query.refetch()} />;
  if (query.error) {
    const missing = errorStatus(query.error) === 404 || errorStatus(query.error) === 400;
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorState error={query.error} onRetry={missing ? undefined : () => void query.refetch()} />
        <Flex justify="center">
          <Button onClick={() => navigate(LIST_PATH)} data-testid="run-to-list">
            Ко всем мониторингам
          </Button>
        </Flex>
      </>
    );
  }
  return (
    <>
      <PageHeader title={TITLE} />
      <Skeleton active paragraph={{ rows: 6 }} data-testid="loading-state" />
    </>
  );
}

function RunView({ run, stale, onRefresh }: { run: MonitoringRunDto; stale: boolean; onRefresh: () => void }) {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canRun = hasAll(user.permissions, [Permission.MONITORING_RUN]);
  const ownOrganization = user.organizationId !== null;
  const regionRun = isRegionRun(run);
  // A municipality's users cannot open the region run (404): only those above a municipality get the link.
  const showsParent = run.parentRunId !== null && user.municipalityId === null;

  return (
    <div data-testid="run-page" data-scope={run.scope}>
      <PageHeader
        title={`${TITLE}: ${runPlaceName(run)}`}
        subtitle={
          regionRun ? (
            <span data-testid="run-scope">Мониторинг региона: регион и каждый муниципалитет рядом; по щелчку на показателе — муниципалитеты, разрезы и динамика</span>
          ) : ownOrganization ? (
            <span data-testid="run-scope">
              Показатели вашей организации{user.organizationName ? `: ${user.organizationName}` : ''}
            </span>
          ) : (
            <span data-testid="run-scope">Показатели муниципалитета; по щелчку на показателе — значения каждой организации, разрезы и динамика</span>
          )
        }
        extra={
          <>
            {showsParent && (
              <Button icon={<ApartmentOutlined />} onClick={() => navigate(`${LIST_PATH}/${run.parentRunId}`)} data-testid="run-parent-link">
                В составе мониторинга региона
              </Button>
            )}
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(LIST_PATH)} data-testid="run-to-list">
              Все мониторинги
            </Button>
          </>
        }
      />
      {stale && (
        <Alert type="warning" showIcon title="Не удаётся обновить состояние мониторинга: показано последнее известное" style={{ marginBottom: 16 }} data-testid="run-stale" />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          data-testid="run-facts"
          items={[
            { key: 'status', label: 'Статус', children: <RunStatusTag status={run.status} /> },
            { key: 'period', label: 'Период', children: runPeriodText(run) },
            { key: 'asOf', label: 'Дата мониторинга', children: formatDate(run.asOf) },
            { key: 'initiator', label: 'Запущен', children: `${runInitiator(run)}, ${formatDateTime(run.createdAt)}` },
            { key: 'startedAt', label: 'Расчёт начат', children: formatDateTime(run.startedAt) },
            { key: 'finishedAt', label: 'Завершён', children: formatDateTime(run.finishedAt) },
            ...(regionRun && run.progress
              ? [{
                  key: 'progress',
                  label: 'Муниципалитеты',
                  children: [runProgressText(run.progress), runFailedText(run.progress)].filter(Boolean).join(', '),
                }]
              : []),
          ]}
        />
      </Card>
      {isRunInProgress(run.status) && (regionRun && run.progress ? <RegionRunProgress run={run} progress={run.progress} /> : <RunProgress run={run} />)}
      {run.status === 'FAILED' && (
        <Card style={regionRun ? { marginBottom: 16 } : undefined}>
          <Result
            status="error"
            title={regionRun ? 'Мониторинг региона не удалось посчитать' : 'Мониторинг не удалось посчитать'}
            subTitle={<span data-testid="run-failure">{run.failure ?? 'Расчёт завершился сбоем.'}</span>}
            extra={canRun ? <RetryRunButton run={run} type="primary" /> : undefined}
          />
        </Card>
      )}
      {regionRun && run.status !== 'DONE' && <ChildRunsTable run={run} />}
      {run.status === 'DONE' && <RunDocuments run={run} canReadNote={canRun} onRefresh={onRefresh} />}
      {run.status === 'DONE' && !regionRun && canOpen(user.permissions, 'recommendations') && <RunRecommendations />}
      {run.status === 'DONE' && (regionRun ? <DoneRegionRun run={run} /> : <DoneRun run={run} ownOrganization={ownOrganization} />)}
    </div>
  );
}

/**
 * The rules read every finished run and issue recommendations (a job right after it; one already
 * open is not issued again). The API has no filter by run, so this leads to the list, open ones first.
 */
function RunRecommendations() {
  const navigate = useNavigate();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="run-recommendations">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text>
          <Typography.Text strong>Рекомендации по итогам.</Typography.Text>{' '}
          <Typography.Text type="secondary">
            По итогам мониторинга правила выдают рекомендации педагогам, школам и методической службе; пока рекомендация открыта, такая же не выдаётся повторно.
          </Typography.Text>
        </Typography.Text>
        <Button icon={<BulbOutlined />} onClick={() => navigate('/recommendations')} data-testid="run-recommendations-link">
          Рекомендации
        </Button>
      </Flex>
    </Card>
  );
}

function RunProgress({ run }: { run: MonitoringRunDto }) {
  return (
    <Card data-testid="run-progress">
      <Result
        icon={<Spin size="large" />}
        title={run.status === 'QUEUED' ? 'Мониторинг в очереди' : 'Показатели считаются…'}
        subTitle={
          <Typography.Text type="secondary">
            Страница обновится сама, когда расчёт завершится. Её можно закрыть: мониторинг считается на сервере и останется в списке.
          </Typography.Text>
        }
      />
    </Card>
  );
}

function DoneRun({ run, ownOrganization }: { run: MonitoringRunDto; ownOrganization: boolean }) {
  const indicators = useIndicators();
  const values = useRunValues(run.id, { level: ownOrganization ? 'ORGANIZATION' : 'MUNICIPALITY' }, true);
  // The trend column is a bonus: without the dynamics (still loading, or refused) the values stand alone.
  const dynamics = useRunDynamics(run.id, true);
  const trends = useMemo(() => (dynamics.data ? dynamicsByCode(dynamics.data) : undefined), [dynamics.data]);
  const [drill, setDrill] = useState<DrilldownSelection | null>(null);
  const error = indicators.error ?? values.error;
  return (
    <>
      <PageState
        loading={indicators.isLoading || values.isLoading}
        error={error}
        onRetry={() => {
          void indicators.refetch();
          void values.refetch();
        }}
        empty={(values.data ?? []).length === 0}
        emptyText={ownOrganization ? 'В мониторинге нет значений вашей организации: показатели считаются только для организаций, где на дату мониторинга работают педагоги' : 'В мониторинге нет значений'}
      >
        <RunValuesView
          indicators={indicators.data ?? []}
          values={values.data ?? []}
          dynamics={trends}
          onDrill={ownOrganization ? undefined : (row) => setDrill({ indicator: row.indicator, total: row.value })}
        />
      </PageState>
      {!ownOrganization && <IndicatorDrilldownDrawer run={run} selection={drill} onClose={() => setDrill(null)} />}
    </>
  );
}

/** A done region run: the region and its municipalities side by side, with the drill-down of an indicator. */
function DoneRegionRun({ run }: { run: MonitoringRunDto }) {
  const indicators = useIndicators();
  const comparison = useRunComparison(run.id, true);
  const [drill, setDrill] = useState<DrilldownSelection | null>(null);
  return (
    <>
      <PageState
        loading={indicators.isLoading || comparison.isLoading}
        error={indicators.error ?? comparison.error}
        onRetry={() => {
          void indicators.refetch();
          void comparison.refetch();
        }}
        empty={(comparison.data?.rows ?? []).length === 0}
        emptyText="В мониторинге региона нет значений"
      >
        {comparison.data && (
          <Card
            size="small"
            title="Регион и муниципалитеты"
            extra={<Typography.Text type="secondary">Цвет — статус относительно цели; подробности — при наведении</Typography.Text>}
            data-testid="run-comparison"
          >
            <ComparisonMatrix
              indicators={indicators.data ?? []}
              comparison={comparison.data}
              onDrill={({ indicator, row }) => setDrill({ indicator, total: row.region })}
            />
          </Card>
        )}
      </PageState>
      <IndicatorDrilldownDrawer run={run} selection={drill} municipalities={comparison.data?.municipalities} onClose={() => setDrill(null)} />
    </>
  );
}
