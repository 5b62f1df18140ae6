import type { BankCompetenceDto } from '@sopr/api-client';
import { Table, TableColumnsType, Tooltip, Typography } from 'antd';
import { TreeRow } from '../lib/competence-tree';
import { cellCountText, HeatCell, heatColor, Heatmap } from '../lib/heatmap';
import { formatPercent } from '../lib/titles';

type Row = TreeRow<BankCompetenceDto>;

interface Props {
  heatmap: Heatmap;
  /** Leave out the organizations without deficits. */
  onlyWithDeficits?: boolean;
  onOpen: (cell: HeatCell, competence: BankCompetenceDto, columnTitle: string) => void;
}

const CELL_WIDTH = 118;
/** A cell without deficits. */
const EMPTY_CELL = '·';

/**
 * Rows are competences under their area (and parent), columns the organizations and «Итого»; a cell
 * is the share of teachers with an open deficit, coloured by the share. A cell with deficits opens
 * the list of those teachers.
 */
export function BankHeatmap({ heatmap, onlyWithDeficits = false, onOpen }: Props) {
  const shown = heatmap.columns.filter((column) => !onlyWithDeficits || column.organizationId === null || heatmap.withDeficits(column.organizationId));
  const span = shown.length + 1;
  const columns: TableColumnsType<Row> = [
    {
      title: 'Компетенция',
      key: 'competence',
      fixed: 'left',
      width: 320,
      onCell: (row) => ({ colSpan: row.kind === 'area' ? span : 1 }),
      render: (_, row) =>
        row.kind === 'area' ? (
          <Typography.Text strong data-testid="bank-area">
            {row.title}
          </Typography.Text>
        ) : (
          <span style={{ paddingLeft: 16 * row.depth, fontWeight: row.hasChildren ? 600 : undefined }} title={row.item.code}>
            {row.item.name}
          </span>
        ),
    },
    ...shown.map((column) => ({
      title: (
        <span title={`${column.title}: педагогов ${column.teachers}`} style={{ fontWeight: column.organizationId === null ? 700 : undefined }}>
          {column.title}
        </span>
      ),
      key: column.organizationId ?? 'total',
      width: CELL_WIDTH,
      fixed: column.organizationId === null ? ('left' as const) : undefined,
      align: 'center' as const,
      onCell: (row: Row) => (row.kind === 'area' ? { colSpan: 0 } : { style: { padding: 0 } }),
      render: (_: unknown, row: Row) => {
        if (row.kind === 'area') return null;
        const cell = heatmap.cell(row.item.code, column.organizationId);
        const colour = heatColor(cell.share);
        const active = cell.withDeficit > 0;
        return (
          <Tooltip title={`${cellCountText(cell)} педагогов с дефицитом`}>
            <div
              role={active ? 'button' : undefined}
              tabIndex={active ? 0 : undefined}
              onClick={active ? () => onOpen(cell, row.item, column.title) : undefined}
              onKeyDown={active ? (event) => (event.key === 'Enter' || event.key === ' ') && onOpen(cell, row.item, column.title) : undefined}
              style={{
                padding: '8px 4px',
                background: colour.background,
                color: colour.color,
                cursor: active ? 'pointer' : 'default',
                fontWeight: column.organizationId === null ? 600 : undefined,
              }}
              data-testid="bank-cell"
              data-competence={row.item.code}
              data-column={column.title}
              data-count={cellCountText(cell)}
            >
              {active ? formatPercent(cell.share) : <Typography.Text type="secondary">{EMPTY_CELL}</Typography.Text>}
            </div>
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      data-testid="bank-heatmap"
      columns={columns}
      dataSource={heatmap.rows}
      pagination={false}
      scroll={{ x: 320 + CELL_WIDTH * shown.length }}
    />
  );
}
