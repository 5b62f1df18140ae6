import type { IndicatorDto, MonitoringDynamicsPointDto } from '@sopr/api-client';
import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { Line, LineChart } from 'recharts';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { dynamicsTrend, trendText, valuedPoints } from '../lib/dynamics';
import { CHANGE_TONE_COLORS } from '../lib/indicators';

const WIDTH = 96;
const HEIGHT = 28;
/** A flat line is drawn in the secondary text colour, a trend in its tone's. */
const SAME_COLOR = '#8c8c8c';

/** A row's small trend: the indicator's values over the place's runs, green when it went the good way, red when the bad one. */
export function DynamicsSparkline({ indicator, points }: { indicator: Pick<IndicatorDto, 'direction'>; points: readonly MonitoringDynamicsPointDto[] | undefined }) {
  const data = useMemo(() => valuedPoints(points ?? []).map((point) => ({ runId: point.runId, value: point.value })), [points]);
  const trend = dynamicsTrend(indicator.direction, points ?? []);
  const hint = trendText(indicator.direction, points ?? []);
  if (data.length < 2) {
    return (
      <Tooltip title={hint}>
        <span style={{ color: SAME_COLOR }} data-testid="indicator-trend" data-tone={trend.tone} data-points={data.length}>
          {EMPTY_VALUE}
        </span>
      </Tooltip>
    );
  }
  const color = trend.tone === 'good' || trend.tone === 'bad' ? CHANGE_TONE_COLORS[trend.tone] : SAME_COLOR;
  return (
    <Tooltip title={hint}>
      <span style={{ display: 'inline-block', lineHeight: 0 }} data-testid="indicator-trend" data-tone={trend.tone} data-points={data.length} aria-label={hint}>
        <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
          <Line type="linear" dataKey="value" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </span>
    </Tooltip>
  );
}
