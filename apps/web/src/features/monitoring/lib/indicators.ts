/**
 * The indicator vocabulary as the pages show it: titles of groups, units and directions, values
 * formatted by unit, the colour of a change given the indicator's direction, and the status tag.
 * Pure: no React, no client runtime.
 */
import {
  INDICATOR_GROUP_TITLES, INDICATOR_UNIT_TITLES, IndicatorDirection, IndicatorGroup, IndicatorUnit, TARGET_STATUS_TITLES, TargetStatus,
} from '@sopr/shared';
import { EMPTY_VALUE } from '../../../shared/lib/format';

export const indicatorGroupTitle = (group: string): string => INDICATOR_GROUP_TITLES[group as IndicatorGroup] ?? group;
export const indicatorUnitTitle = (unit: string): string => INDICATOR_UNIT_TITLES[unit as IndicatorUnit] ?? unit;

export const DIRECTION_TITLES: Record<string, string> = {
  [IndicatorDirection.HIGHER_IS_BETTER]: 'чем больше, тем лучше',
  [IndicatorDirection.LOWER_IS_BETTER]: 'чем меньше, тем лучше',
};

export const directionTitle = (direction: string): string => DIRECTION_TITLES[direction] ?? direction;

/** The groups in the catalogue's order (the order of the enum). */
export const GROUP_ORDER: readonly string[] = Object.values(IndicatorGroup);

export interface Grouped<T> {
  group: string;
  title: string;
  items: T[];
}

/** Items by group in the catalogue's order (unknown groups last), keeping the order within a group; empty groups left out. */
export function groupBy<T>(items: readonly T[], groupOf: (item: T) => string): Grouped<T>[] {
  const byGroup = new Map<string, T[]>();
  for (const item of items) {
    const group = groupOf(item);
    const list = byGroup.get(group) ?? [];
    list.push(item);
    byGroup.set(group, list);
  }
  const rank = (group: string) => {
    const index = GROUP_ORDER.indexOf(group);
    return index === -1 ? GROUP_ORDER.length : index;
  };
  return [...byGroup.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([group, list]) => ({ group, title: indicatorGroupTitle(group), items: list }));
}

const normalize = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е').trim();

/** The catalogue's search: every word of `q` in the name or the code, case- and ё-insensitive. */
export function matchesIndicator(indicator: { code: string; name: string }, q: string): boolean {
  const words = normalize(q).split(/\s+/).filter(Boolean);
  const text = normalize(`${indicator.name} ${indicator.code}`);
  return words.every((word) => text.includes(word));
}

const NBSP = '\u00a0';
const MINUS = '\u2212';
const ONE_DECIMAL = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Targets are set with up to two decimals: 50 → «50,0», 45,25 → «45,25». */
const TARGET_DECIMALS = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const SIGNED_ONE_DECIMAL = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const SIGNED_WHOLE = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);
/** Intl writes «-» and a narrow no-break space in groups; the pages use «−» and a no-break space. */
const tidy = (text: string) => text.replace('-', MINUS).replace(/\u202f/g, NBSP);

function formatByUnit(unit: string, value: number | null | undefined, decimals: Intl.NumberFormat): string {
  if (missing(value)) return EMPTY_VALUE;
  switch (unit) {
    case IndicatorUnit.SHARE:
      return `${tidy(decimals.format(value))}${NBSP}%`;
    case IndicatorUnit.PER_100:
      return tidy(decimals.format(value));
    case IndicatorUnit.YES_NO:
      return value > 0 ? 'да' : 'нет';
    default:
      return tidy(WHOLE.format(value));
  }
}

/** A value by its unit: share «40,0 %», per 100 «2,8», count «27», yes/no «да»/«нет»; «—» without one. */
export function formatIndicatorValue(unit: string, value: number | null | undefined): string {
  return formatByUnit(unit, value, ONE_DECIMAL);
}

/** A target by its unit, with the decimals it was set with: «50,0 %», «45,25 %», «3», «да». */
export function formatTargetValue(unit: string, value: number | null | undefined): string {
  return formatByUnit(unit, value, TARGET_DECIMALS);
}

/** «162 из 321»; null for counts and yes/no (no denominator). */
export function formatParts(numerator: number, denominator: number | null): string | null {
  if (denominator === null) return null;
  return `${tidy(WHOLE.format(numerator))} из ${tidy(WHOLE.format(denominator))}`;
}

/** The change since the previous run: «+2,5 п. п.» for shares, «−0,3» per 100, «+2» for counts; «—» without a previous run. */
export function formatIndicatorChange(unit: string, change: number | null | undefined): string {
  if (missing(change)) return EMPTY_VALUE;
  switch (unit) {
    case IndicatorUnit.SHARE:
      return `${tidy(SIGNED_ONE_DECIMAL.format(change))}${NBSP}п.${NBSP}п.`;
    case IndicatorUnit.PER_100:
      return tidy(SIGNED_ONE_DECIMAL.format(change));
    case IndicatorUnit.YES_NO:
      return change > 0 ? 'стало «да»' : change < 0 ? 'стало «нет»' : 'без изменений';
    default:
      return tidy(SIGNED_WHOLE.format(change));
  }
}

export type ChangeTone = 'good' | 'bad' | 'same' | 'none';

/**
 * Whether a change is good news given the indicator's direction: a growing share of pensioners is
 * bad, a growing diagnostics coverage good. «same» for no change (rounded to the shown decimal).
 */
export function changeTone(direction: string, change: number | null | undefined): ChangeTone {
  if (missing(change)) return 'none';
  if (Math.abs(change) < 0.05) return 'same';
  const better = direction === IndicatorDirection.LOWER_IS_BETTER ? change < 0 : change > 0;
  return better ? 'good' : 'bad';
}

/** The arrow of a change: the way the value moved (its colour comes from changeTone). */
export function changeArrow(change: number | null | undefined): 'up' | 'down' | 'none' {
  if (missing(change) || Math.abs(change) < 0.05) return 'none';
  return change > 0 ? 'up' : 'down';
}

export const CHANGE_TONE_COLORS: Record<ChangeTone, string> = {
  good: '#389e0d',
  bad: '#cf1322',
  same: 'rgba(0, 0, 0, 0.45)',
  none: 'rgba(0, 0, 0, 0.45)',
};

export interface StatusView {
  /** TargetStatus, or NO_TARGET / NO_VALUE when there is no status. */
  key: string;
  title: string;
  /** antd Tag colour. */
  color: string;
}

const STATUS_COLORS: Record<TargetStatus, string> = {
  [TargetStatus.MET]: 'green',
  [TargetStatus.AT_RISK]: 'orange',
  [TargetStatus.NOT_MET]: 'red',
};

/** The status tag of a value: met green, at risk orange, not met red; grey «цель не задана» or «нет данных» without a status. */
export function statusView(status: string | null, target: number | null, value: number | null): StatusView {
  if (status && status in STATUS_COLORS) {
    return { key: status, title: TARGET_STATUS_TITLES[status as TargetStatus], color: STATUS_COLORS[status as TargetStatus] };
  }
  if (target === null) return { key: 'NO_TARGET', title: 'цель не задана', color: 'default' };
  if (value === null) return { key: 'NO_VALUE', title: 'нет данных', color: 'default' };
  return { key: 'NONE', title: EMPTY_VALUE, color: 'default' };
}
