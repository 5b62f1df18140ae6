import type { CompetenceDynamicsDto } from '@sopr/api-client';
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../shared/lib/format';
import { chartRows, SERIES_COLORS } from '../lib/dynamics';
import { formatPercent } from '../lib/titles';

/** Percent of scale per competence over time (comparable across procedures with different scales). */
export function DynamicsChart({ competences }: { competences: readonly CompetenceDynamicsDto[] }) {
  const data = useMemo(() => chartRows(competences), [competences]);
  return (
    <div data-testid="diagnostics-chart">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ top: 8, right: 40, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="takenOn" tickFormatter={(value: string) => formatDate(value)} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => `${value}\u00a0%`} width={56} />
          <Tooltip labelFormatter={(label) => formatDate(String(label))} formatter={(value) => formatPercent(Number(value))} />
          <Legend />
          {competences.map((competence, index) => (
            <Line
              key={competence.code}
              type="linear"
              dataKey={competence.code}
              name={competence.name}
              stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
