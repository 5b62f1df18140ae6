import { CompositionRowDto } from '@sopr/api-client';
import { Table, TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { CompositionTableRow, Dimension, DIMENSIONS, formatShare, groupsOf, LEVEL_TITLES, tableRows } from '../lib/composition';

const LEVEL_COLORS = { REGION: 'purple', MUNICIPALITY: 'blue', ORGANIZATION: 'default' } as const;
const INDENT_PX = 20;

const shareColumn = (title: string, dimension: Dimension, group: string) => ({
  title,
  key: `${dimension}.${group}`,
  align: 'right' as const,
  width: 110,
  render: (_: unknown, row: CompositionTableRow) => formatShare(row.shares[`${dimension}.${group}`] ?? null),
});

const COLUMNS: TableColumnsType<CompositionTableRow> = [
  {
    title: 'Наименование',
    key: 'name',
    fixed: 'left',
    width: 300,
    render: (_, row) => (
      <div style={{ paddingLeft: row.depth * INDENT_PX }}>
        <Tag color={LEVEL_COLORS[row.level]}>{LEVEL_TITLES[row.level]}</Tag>
        <Typography.Text strong={row.depth < 2}>{row.name}</Typography.Text>
      </div>
    ),
  },
  { title: 'Всего', dataIndex: 'total', key: 'total', align: 'right', width: 80 },
  ...(Object.keys(DIMENSIONS) as Dimension[]).map((dimension) => ({
    title: DIMENSIONS[dimension].title,
    key: dimension,
    children: groupsOf(dimension).map((group) => shareColumn(group.title, dimension, group.key)),
  })),
  {
    title: 'ПК за 3 года',
    key: 'trainedInLast3Years',
    align: 'right',
    width: 110,
    render: (_, row) => formatShare(row.trainedInLast3Years),
  },
];

/** Every row of the report, region → municipalities → schools, indented by level; shares in %. */
export function CompositionTable({ rows }: { rows: CompositionRowDto[] }) {
  const data = useMemo(() => tableRows(rows), [rows]);
  return (
    <Table<CompositionTableRow>
      rowKey="key"
      size="small"
      bordered
      columns={COLUMNS}
      dataSource={data}
      pagination={data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 2400 }}
      data-testid="composition-table"
    />
  );
}
