import { BarsOutlined } from '@ant-design/icons';
import type { IndicatorDto, MonitoringComparisonCellDto, MonitoringComparisonDto } from '@sopr/api-client';
import { Button, Flex, Table, TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { comparisonCell, comparisonCellColor, comparisonCellDetails, ComparisonMatrixRow, comparisonRowsByGroup } from '../lib/comparison';
import { directionTitle, formatIndicatorValue, indicatorUnitTitle, statusView } from '../lib/indicators';

interface Props {
  indicators: readonly IndicatorDto[];
  comparison: MonitoringComparisonDto;
  /** Opens an indicator's drill-down (municipalities, breakdowns, dynamics). */
  onDrill: (row: ComparisonMatrixRow) => void;
}

/** A row of the table: a group's heading, or an indicator. */
type MatrixRow = { key: string; group: string; title: string; item?: undefined } | { key: string; group?: undefined; item: ComparisonMatrixRow };

const INDICATOR_WIDTH = 340;
const CELL_WIDTH = 130;
const GROUP_BACKGROUND = '#fafafa';

function MatrixCell({ indicator, cell, testId }: { indicator: IndicatorDto; cell: MonitoringComparisonCellDto | null; testId: string }) {
  const color = comparisonCellColor(cell);
  const text = formatIndicatorValue(indicator.unit, cell?.value);
  const status = cell ? statusView(cell.status, cell.target, cell.value).key : 'NO_VALUE';
  return (
    <Tooltip
      title={
        <>
          {comparisonCellDetails(indicator, cell).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </>
      }
    >
      <span data-testid={testId} data-status={status} style={{ whiteSpace: 'nowrap' }}>
        {color ? (
          <Tag color={color} style={{ marginInlineEnd: 0, fontWeight: 600 }}>
            {text}
          </Tag>
        ) : (
          <Typography.Text strong>{text}</Typography.Text>
        )}
      </span>
    </Tooltip>
  );
}

/**
 * A done region run side by side: the indicators by group in catalogue order, the region's value
 * first, then one column per municipality (its name links to its run); a cell is coloured by its
 * target status and tells numerator, denominator, target and change on hover. Scrolls sideways
 * with the indicator column fixed.
 */
export function ComparisonMatrix({ indicators, comparison, onDrill }: Props) {
  const rows = useMemo<MatrixRow[]>(
    () =>
      comparisonRowsByGroup(indicators, comparison).flatMap((group) => [
        { key: `group-${group.group}`, group: group.group, title: group.title },
        ...group.items.map((item) => ({ key: item.indicator.code, item })),
      ]),
    [indicators, comparison],
  );

  if (rows.length === 0) return <EmptyState text="В мониторинге нет значений показателей" />;

  const groupCell = (row: MatrixRow) => (row.item ? {} : { style: { background: GROUP_BACKGROUND } });
  const valueColumn = (index: number) => (_: unknown, row: MatrixRow) =>
    row.item ? <MatrixCell indicator={row.item.indicator} cell={comparisonCell(row.item.row, index)} testId={index === 0 ? 'comparison-region' : 'comparison-cell'} /> : null;

  const columns: TableColumnsType<MatrixRow> = [
    {
      title: 'Показатель',
      key: 'indicator',
      fixed: 'start',
      width: INDICATOR_WIDTH,
      onCell: groupCell,
      render: (_, row) =>
        row.item ? (
          <Flex vertical gap={2}>
            <Tooltip title="Муниципалитеты, разрезы и динамика">
              <Button
                type="link"
                onClick={() => row.item && onDrill(row.item)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', lineHeight: 1.5 }}
                data-testid="indicator-drilldown-open"
              >
                <span>
                  {row.item.indicator.name} <BarsOutlined />
                </span>
              </Button>
            </Tooltip>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {indicatorUnitTitle(row.item.indicator.unit)}; {directionTitle(row.item.indicator.direction)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text strong data-testid={`comparison-group-${row.group}`}>
            {row.title}
          </Typography.Text>
        ),
    },
    {
      title: 'Регион',
      key: 'region',
      fixed: 'start',
      width: CELL_WIDTH,
      align: 'center',
      onCell: groupCell,
      render: valueColumn(0),
    },
    ...comparison.municipalities.map((municipality, index) => ({
      title: (
        <Link to={`/monitoring/${municipality.runId}`} data-testid="comparison-municipality-link">
          {municipality.name}
        </Link>
      ),
      key: municipality.id,
      width: CELL_WIDTH,
      align: 'center' as const,
      onCell: groupCell,
      render: valueColumn(index + 1),
    })),
  ];

  return (
    <Table<MatrixRow>
      rowKey="key"
      size="small"
      bordered
      data-testid="comparison-matrix"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: INDICATOR_WIDTH + CELL_WIDTH * (comparison.municipalities.length + 1) }}
      sticky
    />
  );
}
