import type { IndicatorDto, MonitoringDynamicsPointDto } from '@sopr/api-client';
import { IndicatorUnit } from '@sopr/shared';
import { Typography } from 'antd';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { EmptyState } from '../../../shared/components/EmptyState';
import { formatDate } from '../../../shared/lib/format';
import { lastTarget, trendText, valuedPoints } from '../lib/dynamics';
import { formatIndicatorValue, formatTargetValue } from '../lib/indicators';

const LINE_COLOR = '#1677ff';
const TARGET_COLOR = '#cf1322';

type Unit = IndicatorDto['unit'];

/** The value axis by unit: shares 0–100 %, yes/no 0 or 1, counts whole, per 100 as it comes. */
function yAxisProps(unit: Unit) {
  switch (unit) {
    case IndicatorUnit.SHARE:
      return { domain: [0, 100] as [number, number], ticks: [0, 25, 50, 75, 100] };
    case IndicatorUnit.YES_NO:
      return { domain: [0, 1] as [number, number], ticks: [0, 1] };
    case IndicatorUnit.COUNT:
      return { allowDecimals: false };
    default:
      return {};
  }
}

/** An indicator over the done runs of the place up to this one: its values by date, with the target in force as a dashed line. */
export function IndicatorDynamicsChart({ indicator, points }: { indicator: Pick<IndicatorDto, 'unit' | 'direction'>; points: readonly MonitoringDynamicsPointDto[] }) {
  if (valuedPoints(points).length === 0) return <EmptyState text="В готовых мониторингах нет значений этого показателя" />;
  const target = lastTarget(points);
  const data = points.map((point) => ({ runId: point.runId, asOf: point.asOf, value: point.value }));
  return (
    <div data-testid="dynamics-chart" data-points={points.length}>
      <Typography.Paragraph type="secondary" data-testid="dynamics-summary">
        {trendText(indicator.direction, points)}
      </Typography.Paragraph>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 40, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="asOf" tickFormatter={(value: string) => formatDate(value)} />
          <YAxis {...yAxisProps(indicator.unit)} tickFormatter={(value: number) => formatIndicatorValue(indicator.unit, value)} width={72} />
          <Tooltip labelFormatter={(label) => formatDate(String(label))} formatter={(value) => [formatIndicatorValue(indicator.unit, Number(value)), 'Значение']} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={TARGET_COLOR}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: `цель ${formatTargetValue(indicator.unit, target)}`, position: 'insideTopRight', fill: TARGET_COLOR, fontSize: 12 }}
            />
          )}
          <Line type="linear" dataKey="value" name="Значение" stroke={LINE_COLOR} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
