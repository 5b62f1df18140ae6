import type { IndicatorDto, MonitoringValueDto } from '@sopr/api-client';
import { Descriptions, Drawer, Table, TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { useRunValues } from '../hooks/useMonitoring';
import { directionTitle, formatIndicatorValue, formatParts, formatTargetValue, indicatorUnitTitle } from '../lib/indicators';
import { sortWorstFirst } from '../lib/values';
import { ChangeValue } from './ChangeValue';
import { TargetStatusTag } from './TargetStatusTag';

export interface DrilldownSelection {
  indicator: IndicatorDto;
  /** The municipality's value, shown above its organizations. */
  municipality: MonitoringValueDto;
}

/** One indicator of a run at every organization of the municipality, worst first relative to the target. */
export function IndicatorDrilldownDrawer({ runId, selection, onClose }: { runId: string; selection: DrilldownSelection | null; onClose: () => void }) {
  return (
    <Drawer open={selection !== null} onClose={onClose} title={selection?.indicator.name} size={880} destroyOnHidden data-testid="indicator-drilldown">
      {selection && <Organizations runId={runId} selection={selection} />}
    </Drawer>
  );
}

function Organizations({ runId, selection }: { runId: string; selection: DrilldownSelection }) {
  const { indicator, municipality } = selection;
  const query = useRunValues(runId, { indicatorCode: indicator.code, level: 'ORGANIZATION' }, true);
  const rows = useMemo(() => sortWorstFirst(query.data ?? [], indicator.direction), [query.data, indicator.direction]);

  const columns: TableColumnsType<MonitoringValueDto> = [
    { title: 'Организация', key: 'organization', render: (_, row) => row.organizationName ?? EMPTY_VALUE },
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
  ];

  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        data-testid="drilldown-summary"
        items={[
          { key: 'municipality', label: 'По муниципалитету', children: formatIndicatorValue(indicator.unit, municipality.value) },
          { key: 'target', label: 'Цель', children: formatTargetValue(indicator.unit, municipality.target) },
          { key: 'unit', label: 'Единица', children: indicatorUnitTitle(indicator.unit) },
          { key: 'direction', label: 'Направление', children: directionTitle(indicator.direction) },
        ]}
      />
      <Typography.Paragraph type="secondary">
        Организации отсортированы от самых отстающих от цели{municipality.target === null ? ' (цели нет — по значению)' : ''}.
      </Typography.Paragraph>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MonitoringValueDto>
          rowKey={(row) => row.organizationId ?? 'municipality'}
          size="small"
          data-testid="drilldown-table"
          columns={columns}
          dataSource={rows}
          loading={query.isFetching}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (total) => `Организаций: ${total}` } : false}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="В мониторинге нет организаций с педагогами" /> }}
          scroll={{ x: 640 }}
        />
      </PageState>
    </>
  );
}
