/**
 * A run's values as the run page shows them: joined with the catalogue, grouped, counted by status,
 * and an indicator's organizations sorted worst first relative to the target. Pure.
 */
import type { IndicatorDto, MonitoringValueDto } from '@sopr/api-client';
import { IndicatorDirection } from '@sopr/shared';
import { groupBy, Grouped } from './indicators';

/** One value with the definition of its indicator. */
export interface IndicatorValueRow {
  indicator: IndicatorDto;
  value: MonitoringValueDto;
}

/**
 * The values in catalogue order, each with its indicator, grouped by the indicator's group. Values
 * of indicators the catalogue no longer has are left out: their unit (and so their meaning) is unknown.
 */
export function valueRowsByGroup(indicators: readonly IndicatorDto[], values: readonly MonitoringValueDto[]): Grouped<IndicatorValueRow>[] {
  const byCode = new Map<string, MonitoringValueDto>();
  for (const value of values) if (!byCode.has(value.indicatorCode)) byCode.set(value.indicatorCode, value);
  const rows: IndicatorValueRow[] = [];
  for (const indicator of indicators) {
    const value = byCode.get(indicator.code);
    if (value) rows.push({ indicator, value });
  }
  return groupBy(rows, (row) => row.indicator.group);
}

export interface StatusCounts {
  MET: number;
  AT_RISK: number;
  NOT_MET: number;
  /** No target, or no value to compare with it. */
  NONE: number;
}

export function statusCounts(values: readonly Pick<MonitoringValueDto, 'status'>[]): StatusCounts {
  const counts: StatusCounts = { MET: 0, AT_RISK: 0, NOT_MET: 0, NONE: 0 };
  for (const { status } of values) {
    if (status === 'MET' || status === 'AT_RISK' || status === 'NOT_MET') counts[status] += 1;
    else counts.NONE += 1;
  }
  return counts;
}

/**
 * How far a value is from where it should be, direction-aware: with a target, by how much it falls
 * short of it (negative when the target is exceeded); without one, the value itself counted so
 * that a larger number is worse. Null without a value.
 */
export function badness(direction: string, value: number | null, target: number | null): number | null {
  if (value === null) return null;
  const lowerIsBetter = direction === IndicatorDirection.LOWER_IS_BETTER;
  if (target === null) return lowerIsBetter ? value : -value;
  return lowerIsBetter ? value - target : target - value;
}

type Comparable = Pick<MonitoringValueDto, 'value' | 'target' | 'organizationName'> & Partial<Pick<MonitoringValueDto, 'municipalityName'>>;

/** The place of a value: its organization, else its municipality (a region run's municipalities). */
export const valuePlaceName = (row: Comparable): string => row.organizationName ?? row.municipalityName ?? '';

/**
 * The values of one indicator worst first relative to the target: the furthest below it (above
 * it, for lower-is-better) first, those without a value last, ties by name.
 */
export function sortWorstFirst<T extends Comparable>(rows: readonly T[], direction: string): T[] {
  const name = valuePlaceName;
  return [...rows].sort((a, b) => {
    const badA = badness(direction, a.value, a.target);
    const badB = badness(direction, b.value, b.target);
    if (badA === null || badB === null) {
      if (badA !== badB) return badA === null ? 1 : -1;
    } else if (badA !== badB) {
      return badB - badA;
    }
    return name(a).localeCompare(name(b), 'ru');
  });
}
