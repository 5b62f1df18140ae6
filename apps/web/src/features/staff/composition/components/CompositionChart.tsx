import { Card } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartDatum, Dimension, DIMENSIONS, formatShare, groupsOf } from '../lib/composition';

/** Colours of the groups, from the first (youngest, least experienced, highest category) on. */
const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#fa8c16', '#f5222d'];
const BAR_HEIGHT = 34;
const CHART_PADDING = 90;

/** 100 % stacked horizontal bars: one bar per unit, one segment per group of the dimension. */
export function CompositionChart({ dimension, data }: { dimension: Dimension; data: ChartDatum[] }) {
  const groups = groupsOf(dimension);
  const height = CHART_PADDING + BAR_HEIGHT * data.length;
  return (
    <Card size="small" title={DIMENSIONS[dimension].title} data-testid={`composition-chart-${dimension}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} barCategoryGap={6}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => `${value}\u00a0%`} />
          <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => formatShare(Number(value) / 100)} />
          <Legend itemSorter={null} />
          {groups.map((group, index) => (
            <Bar key={group.key} dataKey={group.key} name={group.title} stackId="share" fill={PALETTE[index % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
