/**
 * An indicator's values in a breakdown (by subject, position, procedure kind, category, competence)
 * as the drill-down shows them, and the people behind one of them. Pure.
 */
import type { IndicatorDto, IndicatorLevel, ListMonitoringPeopleParams, MonitoringRunDto, MonitoringValueDto } from '@sopr/api-client';
import { INDICATOR_BREAKDOWN_TITLES, IndicatorBreakdown, MonitoringScope } from '@sopr/shared';

export type Breakdown = IndicatorDto['breakdowns'][number];

/** «по предметам». */
export const breakdownTitle = (breakdown: string): string => INDICATOR_BREAKDOWN_TITLES[breakdown as IndicatorBreakdown] ?? breakdown;

/** The breakdown select's options: «По предметам», «По должностям»… in the indicator's order. */
export function breakdownOptions(indicator: Pick<IndicatorDto, 'breakdowns'>): { value: Breakdown; label: string }[] {
  return indicator.breakdowns.map((breakdown) => {
    const title = breakdownTitle(breakdown);
    return { value: breakdown, label: title.charAt(0).toLocaleUpperCase('ru') + title.slice(1) };
  });
}

const NUMERATOR_SPLITS: readonly string[] = [IndicatorBreakdown.PROCEDURE_KIND, IndicatorBreakdown.CATEGORY, IndicatorBreakdown.COMPETENCE];

/**
 * Whether a breakdown splits only the numerator (procedure kind, category, competence: the
 * denominator stays the whole population, and there is no target) or the population itself
 * (subject, position: both parts, with the indicator's target).
 */
export function splitsNumerator(breakdown: string): boolean {
  return NUMERATOR_SPLITS.includes(breakdown);
}

/** Breakdowns are stored for the municipality and the region: the run's own place is the level to read. */
export function breakdownLevel(run: Pick<MonitoringRunDto, 'scope'>): IndicatorLevel {
  return run.scope === MonitoringScope.REGION ? 'REGION' : 'MUNICIPALITY';
}

/** The name of a value in a breakdown: its name, else its key. */
export function breakdownValueName(value: Pick<MonitoringValueDto, 'breakdownName' | 'breakdownKey'>): string {
  return value.breakdownName ?? value.breakdownKey ?? '';
}

export type PeoplePart = ListMonitoringPeopleParams['part'];

export const PEOPLE_PART_OPTIONS: { value: PeoplePart; label: string }[] = [
  { value: 'numerator', label: 'В числителе' },
  { value: 'denominator', label: 'В знаменателе' },
];

/** The people page size (the API's largest is 100). */
export const PEOPLE_PAGE_SIZE = 50;

/**
 * Whose teachers the people drawer lists: a breakdown value, an organization or a municipality of
 * the run (or the run's own place when none is given).
 */
export interface PeopleTarget {
  /** What the drawer's title names: «Математика», «Школа № 1», «Слободской район». */
  label: string;
  breakdown?: Breakdown;
  breakdownKey?: string;
  organizationId?: string;
  /** A region run's people are read one municipality at a time: fixed here, or chosen in the drawer. */
  municipalityId?: string;
}

export interface PeopleSelection extends Omit<PeopleTarget, 'label'> {
  indicatorCode: string;
  part: PeoplePart;
  page: number;
}

/** The people endpoint's parameters; null while a region run's municipality is not chosen. */
export function peopleParams(selection: PeopleSelection, regionRun: boolean): ListMonitoringPeopleParams | null {
  if (regionRun && !selection.municipalityId) return null;
  return {
    indicatorCode: selection.indicatorCode,
    part: selection.part,
    ...(selection.breakdown ? { breakdown: selection.breakdown, breakdownKey: selection.breakdownKey ?? '' } : {}),
    ...(selection.organizationId ? { organizationId: selection.organizationId } : {}),
    ...(regionRun ? { municipalityId: selection.municipalityId } : {}),
    limit: PEOPLE_PAGE_SIZE,
    offset: (selection.page - 1) * PEOPLE_PAGE_SIZE,
  };
}
