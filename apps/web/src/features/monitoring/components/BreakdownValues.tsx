import type { IndicatorDto, MonitoringComparisonMunicipalityDto, MonitoringRunDto, MonitoringValueDto } from '@sopr/api-client';
import { Flex, Select, Table, TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useRunValues } from '../hooks/useMonitoring';
import { Breakdown, breakdownLevel, breakdownOptions, breakdownValueName, splitsNumerator } from '../lib/breakdowns';
import { formatIndicatorValue, formatParts } from '../lib/indicators';
import { PeopleDrawer, peopleColumn } from './PeopleDrawer';
import { ChangeValue } from './ChangeValue';
import { TargetStatusTag } from './TargetStatusTag';

interface Props {
  run: MonitoringRunDto;
  indicator: IndicatorDto;
  /** A region run's municipalities, for the people behind a value. */
  municipalities: readonly MonitoringComparisonMunicipalityDto[];
}

/**
 * «В разрезах»: the indicator's values of the run's own place (the municipality, or the region) in
 * a chosen breakdown; a row opens the teachers behind it.
 */
export function BreakdownValues({ run, indicator, municipalities }: Props) {
  const user = useCurrentUser();
  const [breakdown, setBreakdown] = useState<Breakdown>(indicator.breakdowns[0]);
  const [opened, setOpened] = useState<MonitoringValueDto | null>(null);
  const query = useRunValues(run.id, { indicatorCode: indicator.code, level: breakdownLevel(run), breakdown }, true);
  const numeratorSplit = splitsNumerator(breakdown);
  const rows = query.data ?? [];

  const columns: TableColumnsType<MonitoringValueDto> = [
    { title: 'Значение разреза', key: 'name', render: (_, row) => <span data-testid="breakdown-name">{breakdownValueName(row)}</span> },
    {
      title: 'Значение',
      key: 'value',
      align: 'right',
      render: (_, row) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid="breakdown-value">
          {formatIndicatorValue(indicator.unit, row.value)}
        </Typography.Text>
      ),
    },
    {
      title: 'Числитель / знаменатель',
      key: 'parts',
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatParts(row.numerator, row.denominator) ?? String(row.numerator)}</span>,
    },
    ...(numeratorSplit
      ? []
      : [{
          title: 'Статус',
          key: 'status',
          render: (_: unknown, row: MonitoringValueDto) => (row.target === null ? EMPTY_VALUE : <TargetStatusTag status={row.status} target={row.target} value={row.value} />),
        }]),
    {
      title: 'Изменение',
      key: 'change',
      render: (_, row) => <ChangeValue unit={indicator.unit} direction={indicator.direction} change={row.change} />,
    },
    peopleColumn<MonitoringValueDto>(setOpened, 'breakdown-people-open'),
  ];

  const emptyText = user.organizationId
    ? 'Разрезы показываются по муниципалитету и региону: организации они недоступны'
    : 'В мониторинге нет значений в этом разрезе';

  return (
    <Flex vertical gap={12} data-testid="breakdown-values">
      <Flex gap={12} align="center" wrap>
        <Select<Breakdown>
          value={breakdown}
          onChange={(next) => {
            setBreakdown(next);
            setOpened(null);
          }}
          options={breakdownOptions(indicator)}
          style={{ width: 300 }}
          data-testid="breakdown-select"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {run.scope === 'REGION' ? 'По региону в целом' : 'По муниципалитету в целом'}
          {numeratorSplit ? '; разрез делит числитель: знаменатель — все педагоги показателя, цели нет' : ''}
        </Typography.Text>
      </Flex>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MonitoringValueDto>
          rowKey={(row) => row.breakdownKey ?? ''}
          size="small"
          data-testid="breakdown-table"
          columns={columns}
          dataSource={rows}
          loading={query.isFetching}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          onRow={(row) => ({ onClick: () => setOpened(row), style: { cursor: 'pointer' } })}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text={emptyText} /> }}
          scroll={{ x: 640 }}
        />
      </PageState>
      <PeopleDrawer
        run={run}
        indicator={indicator}
        target={opened && { label: breakdownValueName(opened), breakdown, breakdownKey: opened.breakdownKey ?? '' }}
        municipalities={municipalities}
        onClose={() => setOpened(null)}
      />
    </Flex>
  );
}
