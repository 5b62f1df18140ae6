/**
 * Yearly targets as the targets page shows them: for each catalogue indicator the region's target,
 * the municipality's own and the one a run uses; which of them the user may set; the request body.
 * Pure: no React, no client runtime.
 */
import type { IndicatorDto, IndicatorTargetDto, MeDto, PutIndicatorTargetDto } from '@sopr/api-client';

/** Whose targets are set: the whole region's or one municipality's. */
export type TargetLevel = 'region' | 'municipality';

/** What the page shows and lets the user change. */
export interface TargetsView {
  regionId: string | null;
  /** The municipality whose own targets are shown; null: only the region's. */
  municipalityId: string | null;
  /** The level the user may set here; null: read only. */
  edits: TargetLevel | null;
}

/** The place the user chose on the page (a regional admin a municipality, a system admin also a region). */
export interface ChosenPlace {
  regionId?: string;
  municipalityId?: string;
}

type User = Pick<MeDto, 'regionId' | 'municipalityId'>;

/**
 * A user of a municipality (or a school) sees his municipality's targets and the region's, and sets
 * his municipality's; a regional admin sets the region's or, having chosen one, a municipality's; a
 * system admin first chooses a region.
 */
export function targetsView(user: User, canWrite: boolean, chosen: ChosenPlace = {}): TargetsView {
  if (user.municipalityId) return { regionId: user.regionId, municipalityId: user.municipalityId, edits: canWrite ? 'municipality' : null };
  const regionId = user.regionId ?? chosen.regionId ?? null;
  const municipalityId = regionId ? (chosen.municipalityId ?? null) : null;
  const edits: TargetLevel | null = canWrite && regionId ? (municipalityId ? 'municipality' : 'region') : null;
  return { regionId, municipalityId, edits };
}

/** Which places the page asks for: none (a municipality's user), a municipality (region), a region and a municipality (system). */
export function placeChoice(user: User): 'none' | 'municipality' | 'region' {
  if (user.municipalityId) return 'none';
  return user.regionId ? 'municipality' : 'region';
}

export interface TargetRow {
  indicator: IndicatorDto;
  /** The region-wide target. */
  region: IndicatorTargetDto | null;
  /** The municipality's own target (when a municipality is shown). */
  municipality: IndicatorTargetDto | null;
  /** The target a run of the municipality uses: its own, else the region's. */
  effective: number | null;
  effectiveFrom: TargetLevel | null;
}

/** Every catalogue indicator with its targets of `year` at the view's places (other places' targets are ignored). */
export function targetRows(indicators: readonly IndicatorDto[], targets: readonly IndicatorTargetDto[], view: Pick<TargetsView, 'regionId' | 'municipalityId'>, year: number): TargetRow[] {
  const ofYear = targets.filter((target) => target.year === year);
  const regionWide = new Map<string, IndicatorTargetDto>();
  const own = new Map<string, IndicatorTargetDto>();
  for (const target of ofYear) {
    if (target.municipalityId === null) {
      if (!view.regionId || target.regionId === view.regionId) regionWide.set(target.indicatorCode, target);
    } else if (view.municipalityId && target.municipalityId === view.municipalityId) {
      own.set(target.indicatorCode, target);
    }
  }
  return indicators.map((indicator) => {
    const region = regionWide.get(indicator.code) ?? null;
    const municipality = own.get(indicator.code) ?? null;
    const effective = municipality ?? region;
    return {
      indicator, region, municipality, effective: effective?.value ?? null,
      effectiveFrom: municipality ? 'municipality' : region ? 'region' : null,
    };
  });
}

/** The target being edited at `level` in a row. */
export function targetAt(row: TargetRow, level: TargetLevel): IndicatorTargetDto | null {
  return level === 'region' ? row.region : row.municipality;
}

/** The PUT body: a municipality's target names it; a region-wide one leaves it out (a system admin names the region). */
export function toPutTargetBody(
  indicatorCode: string, year: number, value: number, level: TargetLevel, view: Pick<TargetsView, 'regionId' | 'municipalityId'>, user: User,
): PutIndicatorTargetDto {
  const body: PutIndicatorTargetDto = { indicatorCode, year, value };
  if (level === 'municipality' && view.municipalityId) body.municipalityId = view.municipalityId;
  if (level === 'region' && !user.regionId && view.regionId) body.regionId = view.regionId;
  return body;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The year of the URL's `year`, else the current one. */
export function parseYear(value: string | null, currentYear: number): number {
  if (!value || !/^\d{4}$/.test(value)) return currentYear;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : currentYear;
}

/** The years to choose from: the next one, the current one and four before it, newest first (and `selected` if it is elsewhere). */
export function yearOptions(currentYear: number, selected?: number): number[] {
  const years = Array.from({ length: 6 }, (_, index) => currentYear + 1 - index);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}
