import { BarsOutlined } from '@ant-design/icons';
import type { IndicatorDto, MonitoringDynamicsPointDto, MonitoringValueDto } from '@sopr/api-client';
import { Button, Card, Col, Flex, Row, Statistic, Table, TableColumnsType, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { directionTitle, formatIndicatorValue, formatParts, formatTargetValue, indicatorUnitTitle } from '../lib/indicators';
import { IndicatorValueRow, statusCounts, valueRowsByGroup } from '../lib/values';
import { ChangeValue } from './ChangeValue';
import { DynamicsSparkline } from './DynamicsSparkline';
import { TargetStatusTag } from './TargetStatusTag';

interface Props {
  indicators: readonly IndicatorDto[];
  values: readonly MonitoringValueDto[];
  /** Opens an indicator's organizations; absent for a school, which sees only its own. */
  onDrill?: (row: IndicatorValueRow) => void;
  /** Each indicator's values over the place's runs, by code; absent while not loaded (no trend column). */
  dynamics?: ReadonlyMap<string, readonly MonitoringDynamicsPointDto[]>;
}

const SUMMARY = [
  { key: 'MET', title: 'Достигнуто', color: '#389e0d' },
  { key: 'AT_RISK', title: 'Под угрозой', color: '#d46b08' },
  { key: 'NOT_MET', title: 'Не достигнуто', color: '#cf1322' },
  { key: 'NONE', title: 'Без цели или данных', color: 'rgba(0, 0, 0, 0.45)' },
] as const;

/** A done run's values: how many targets are met, then every indicator by group with its value, target, status, change and trend. */
export function RunValuesView({ indicators, values, onDrill, dynamics }: Props) {
  const groups = useMemo(() => valueRowsByGroup(indicators, values), [indicators, values]);
  const counts = useMemo(() => statusCounts(groups.flatMap((group) => group.items.map((row) => row.value))), [groups]);

  if (groups.length === 0) return <EmptyState text="В мониторинге нет значений показателей" />;

  const columns: TableColumnsType<IndicatorValueRow> = [
    {
      title: 'Показатель',
      key: 'name',
      render: (_, row) => (
        <Flex vertical gap={2}>
          {onDrill ? (
            <Tooltip title="Значения по организациям">
              <Button
                type="link"
                onClick={() => onDrill(row)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', lineHeight: 1.5 }}
                data-testid="indicator-drilldown-open"
              >
                <span>
                  {row.indicator.name} <BarsOutlined />
                </span>
              </Button>
            </Tooltip>
          ) : (
            <span>{row.indicator.name}</span>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {indicatorUnitTitle(row.indicator.unit)}; {directionTitle(row.indicator.direction)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Значение',
      key: 'value',
      align: 'right',
      width: 110,
      render: (_, { indicator, value }) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid="indicator-value">
          {formatIndicatorValue(indicator.unit, value.value)}
        </Typography.Text>
      ),
    },
    {
      title: 'Числитель / знаменатель',
      key: 'parts',
      width: 170,
      render: (_, { value }) => <span style={{ whiteSpace: 'nowrap' }}>{formatParts(value.numerator, value.denominator) ?? EMPTY_VALUE}</span>,
    },
    {
      title: 'Цель',
      key: 'target',
      align: 'right',
      width: 100,
      render: (_, { indicator, value }) => (
        <span style={{ whiteSpace: 'nowrap' }} data-testid="indicator-target">
          {formatTargetValue(indicator.unit, value.target)}
        </span>
      ),
    },
    {
      title: 'Статус',
      key: 'status',
      width: 150,
      render: (_, { value }) => <TargetStatusTag status={value.status} target={value.target} value={value.value} />,
    },
    {
      title: 'Изменение',
      key: 'change',
      width: 150,
      render: (_, { indicator, value }) => (
        <Tooltip title={value.previousValue === null ? undefined : `В предыдущем мониторинге: ${formatIndicatorValue(indicator.unit, value.previousValue)}`}>
          <span>
            <ChangeValue unit={indicator.unit} direction={indicator.direction} change={value.change} />
          </span>
        </Tooltip>
      ),
    },
    ...(dynamics
      ? [{
          title: 'Динамика',
          key: 'dynamics',
          width: 120,
          render: (_: unknown, { indicator }: IndicatorValueRow) => <DynamicsSparkline indicator={indicator} points={dynamics.get(indicator.code)} />,
        }]
      : []),
  ];

  return (
    <Flex vertical gap={16} data-testid="run-values">
      <Row gutter={[16, 16]}>
        {SUMMARY.map((item) => (
          <Col key={item.key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={item.title} value={counts[item.key]} styles={{ content: { color: item.color } }} data-testid={`run-summary-${item.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      {groups.map((group) => (
        <Card key={group.group} title={group.title} size="small" data-testid={`indicator-group-${group.group}`}>
          <Table<IndicatorValueRow>
            rowKey={(row) => row.indicator.code}
            size="small"
            columns={columns}
            dataSource={group.items}
            pagination={false}
            scroll={{ x: dynamics ? 1020 : 900 }}
          />
        </Card>
      ))}
    </Flex>
  );
}
