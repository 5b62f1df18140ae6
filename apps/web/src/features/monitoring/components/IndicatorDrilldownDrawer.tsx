import type { IndicatorDto, MonitoringComparisonMunicipalityDto, MonitoringRunDto, MonitoringValueDto } from '@sopr/api-client';
import { Descriptions, Drawer, Table, TableColumnsType, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { useRunDynamics, useRunValues } from '../hooks/useMonitoring';
import { directionTitle, formatIndicatorValue, formatParts, formatTargetValue, indicatorUnitTitle } from '../lib/indicators';
import { PeopleTarget } from '../lib/breakdowns';
import { isRegionRun } from '../lib/runs';
import { sortWorstFirst, valuePlaceName } from '../lib/values';
import { BreakdownValues } from './BreakdownValues';
import { ChangeValue } from './ChangeValue';
import { IndicatorDynamicsChart } from './IndicatorDynamicsChart';
import { PeopleDrawer, peopleColumn } from './PeopleDrawer';
import { TargetStatusTag } from './TargetStatusTag';

export interface DrilldownSelection {
  indicator: IndicatorDto;
  /** The value of the run's own place (the municipality, or the region), shown above the tabs. */
  total: { value: number | null; target: number | null } | null;
}

interface Props {
  run: MonitoringRunDto;
  selection: DrilldownSelection | null;
  /** A region run's municipalities (with their runs): links, and the people of a breakdown value. */
  municipalities?: readonly MonitoringComparisonMunicipalityDto[];
  onClose: () => void;
}

const NO_MUNICIPALITIES: readonly MonitoringComparisonMunicipalityDto[] = [];

/**
 * One indicator of a done run: at every organization of the municipality (every municipality of
 * the region), worst first relative to the target; in its breakdowns, with the people behind each
 * value; and its dynamics over the place's runs, with the target line.
 */
export function IndicatorDrilldownDrawer({ run, selection, municipalities = NO_MUNICIPALITIES, onClose }: Props) {
  return (
    <Drawer open={selection !== null} onClose={onClose} title={selection?.indicator.name} size={880} destroyOnHidden data-testid="indicator-drilldown">
      {selection && <Drilldown run={run} selection={selection} municipalities={municipalities} />}
    </Drawer>
  );
}

function Drilldown({ run, selection, municipalities }: { run: MonitoringRunDto; selection: DrilldownSelection; municipalities: readonly MonitoringComparisonMunicipalityDto[] }) {
  const { indicator, total } = selection;
  const regionRun = isRegionRun(run);
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 8 }}
        data-testid="drilldown-summary"
        items={[
          { key: 'total', label: regionRun ? 'По региону' : 'По муниципалитету', children: formatIndicatorValue(indicator.unit, total?.value) },
          { key: 'target', label: 'Цель', children: formatTargetValue(indicator.unit, total?.target) },
          { key: 'unit', label: 'Единица', children: indicatorUnitTitle(indicator.unit) },
          { key: 'direction', label: 'Направление', children: directionTitle(indicator.direction) },
        ]}
      />
      <Tabs
        defaultActiveKey="places"
        data-testid="drilldown-tabs"
        items={[
          {
            key: 'places',
            label: regionRun ? 'По муниципалитетам' : 'По организациям',
            children: <Places run={run} indicator={indicator} total={total} municipalities={municipalities} />,
          },
          ...(indicator.breakdowns.length > 0
            ? [{ key: 'breakdowns', label: 'В разрезах', children: <BreakdownValues run={run} indicator={indicator} municipalities={municipalities} /> }]
            : []),
          { key: 'dynamics', label: 'Динамика', children: <Dynamics run={run} indicator={indicator} /> },
        ]}
      />
    </>
  );
}

function Places({ run, indicator, total, municipalities }: { run: MonitoringRunDto; indicator: IndicatorDto; total: DrilldownSelection['total']; municipalities: readonly MonitoringComparisonMunicipalityDto[] }) {
  const regionRun = isRegionRun(run);
  const query = useRunValues(run.id, { indicatorCode: indicator.code, level: regionRun ? 'MUNICIPALITY' : 'ORGANIZATION' }, true);
  const rows = useMemo(() => sortWorstFirst(query.data ?? [], indicator.direction), [query.data, indicator.direction]);
  const childRuns = useMemo(() => new Map(municipalities.map((municipality) => [municipality.id, municipality.runId])), [municipalities]);
  const [people, setPeople] = useState<PeopleTarget | null>(null);

  const placeCell = (row: MonitoringValueDto) => {
    const childRun = regionRun && row.municipalityId ? childRuns.get(row.municipalityId) : undefined;
    const name = valuePlaceName(row) || EMPTY_VALUE;
    return childRun ? <Link to={`/monitoring/${childRun}`}>{name}</Link> : name;
  };

  const columns: TableColumnsType<MonitoringValueDto> = [
    { title: regionRun ? 'Муниципалитет' : 'Организация', key: 'place', render: (_, row) => placeCell(row) },
    {
      title: 'Значение',
      key: 'value',
      align: 'right',
      render: (_, row) => (
        <Typography.Text strong data-testid="drilldown-value">
          {formatIndicatorValue(indicator.unit, row.value)}
        </Typography.Text>
      ),
    },
    ...(indicator.denominator === null
      ? []
      : [{ title: 'Числитель / знаменатель', key: 'parts', render: (_: unknown, row: MonitoringValueDto) => formatParts(row.numerator, row.denominator) ?? EMPTY_VALUE }]),
    { title: 'Статус', key: 'status', render: (_, row) => <TargetStatusTag status={row.status} target={row.target} value={row.value} /> },
    {
      title: 'Изменение',
      key: 'change',
      render: (_, row) => <ChangeValue unit={indicator.unit} direction={indicator.direction} change={row.change} />,
    },
    peopleColumn<MonitoringValueDto>((row) =>
      setPeople({
        label: valuePlaceName(row) || EMPTY_VALUE,
        ...(row.organizationId ? { organizationId: row.organizationId } : {}),
        ...(regionRun && row.municipalityId ? { municipalityId: row.municipalityId } : {}),
      }), 'place-people-open'),
  ];

  return (
    <>
      <PeopleDrawer run={run} indicator={indicator} target={people} municipalities={municipalities} onClose={() => setPeople(null)} />
      <Typography.Paragraph type="secondary">
        {regionRun ? 'Муниципалитеты' : 'Организации'} отсортированы от самых отстающих от цели{total?.target === null ? ' (цели нет — по значению)' : ''}.
      </Typography.Paragraph>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MonitoringValueDto>
          rowKey={(row) => row.organizationId ?? row.municipalityId ?? 'total'}
          size="small"
          data-testid="drilldown-table"
          columns={columns}
          dataSource={rows}
          loading={query.isFetching}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (count) => `${regionRun ? 'Муниципалитетов' : 'Организаций'}: ${count}` } : false}
          locale={{
            emptyText: query.isLoading ? ' ' : <EmptyState text={regionRun ? 'В мониторинге нет значений муниципалитетов' : 'В мониторинге нет организаций с педагогами'} />,
          }}
          scroll={{ x: 640 }}
        />
      </PageState>
    </>
  );
}

function Dynamics({ run, indicator }: { run: MonitoringRunDto; indicator: IndicatorDto }) {
  const query = useRunDynamics(run.id, true);
  const points = query.data?.find((item) => item.indicatorCode === indicator.code)?.points ?? [];
  return (
    <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      <IndicatorDynamicsChart indicator={indicator} points={points} />
    </PageState>
  );
}
