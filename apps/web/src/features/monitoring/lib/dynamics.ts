/**
 * An indicator's dynamics over the done runs of the same place: the chart's points, the target to
 * draw as a line, and the trend the values view shows in a row. Pure.
 */
import type { MonitoringDynamicsDto, MonitoringDynamicsPointDto } from '@sopr/api-client';
import { formatDate } from '../../../shared/lib/format';
import { changeTone, ChangeTone } from './indicators';

type Point = Pick<MonitoringDynamicsPointDto, 'asOf' | 'value' | 'target'>;

/** The points of each indicator by its code. */
export function dynamicsByCode(dynamics: readonly MonitoringDynamicsDto[]): Map<string, MonitoringDynamicsPointDto[]> {
  return new Map(dynamics.map((item) => [item.indicatorCode, item.points]));
}

/** The points that have a value (a run where the indicator could not be computed has none). */
export function valuedPoints<T extends Point>(points: readonly T[]): T[] {
  return points.filter((point) => point.value !== null && Number.isFinite(point.value));
}

/** The chart's target line: the target in force at the last run (the one the page shows); null without one. */
export function lastTarget(points: readonly Point[]): number | null {
  return points.length === 0 ? null : points[points.length - 1].target;
}

export interface Trend {
  tone: ChangeTone;
  /** The last value minus the first one; null with fewer than two values. */
  change: number | null;
  /** How many runs have a value. */
  count: number;
}

/** Where the values went from the first run with one to the last, coloured by the indicator's direction. */
export function dynamicsTrend(direction: string, points: readonly Point[]): Trend {
  const valued = valuedPoints(points);
  if (valued.length < 2) return { tone: 'none', change: null, count: valued.length };
  const change = (valued[valued.length - 1].value as number) - (valued[0].value as number);
  return { tone: changeTone(direction, change), change, count: valued.length };
}

const TREND_WORDS: Record<ChangeTone, string> = {
  good: 'к лучшему',
  bad: 'к худшему',
  same: 'без заметных изменений',
  none: '',
};

/** «3 мониторинга с 15.01.2026 по 30.06.2026: к лучшему»; «Предыдущих мониторингов нет» with fewer than two values. */
export function trendText(direction: string, points: readonly Point[]): string {
  const trend = dynamicsTrend(direction, points);
  if (trend.count < 2) return 'Предыдущих мониторингов нет';
  const valued = valuedPoints(points);
  return `${runsCount(trend.count)} с ${formatDate(valued[0].asOf)} по ${formatDate(valued[valued.length - 1].asOf)}: ${TREND_WORDS[trend.tone]}`;
}

/** «1 мониторинг», «3 мониторинга», «12 мониторингов». */
export function runsCount(count: number): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return `${count} мониторинг`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${count} мониторинга`;
  return `${count} мониторингов`;
}
