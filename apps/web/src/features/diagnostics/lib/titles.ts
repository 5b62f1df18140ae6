/** Russian titles and number formats of the diagnostics vocabularies. */
import {
  COMPETENCE_AREA_TITLES, CompetenceArea, DEFICIT_STATUS_TITLES, DeficitStatus, FRAMEWORK_STATUS_TITLES, FrameworkStatus, PROCEDURE_KIND_TITLES, ProcedureKind,
  RESULT_SOURCE_TITLES, ResultSource,
} from '@sopr/shared';
import { EMPTY_VALUE } from '../../../shared/lib/format';

export const procedureKindTitle = (kind: string): string => PROCEDURE_KIND_TITLES[kind as ProcedureKind] ?? kind;
export const competenceAreaTitle = (area: string): string => COMPETENCE_AREA_TITLES[area as CompetenceArea] ?? area;
export const deficitStatusTitle = (status: string): string => DEFICIT_STATUS_TITLES[status as DeficitStatus] ?? status;
export const frameworkStatusTitle = (status: string): string => FRAMEWORK_STATUS_TITLES[status as FrameworkStatus] ?? status;
export const resultSourceTitle = (source: string): string => RESULT_SOURCE_TITLES[source as ResultSource] ?? source;

/** Every kind, for filters. */
export const PROCEDURE_KIND_OPTIONS = Object.values(ProcedureKind).map((kind) => ({ value: kind, label: PROCEDURE_KIND_TITLES[kind] }));
/** Kinds a person creates: self-diagnostics procedures are opened by the system itself. */
export const CREATABLE_KIND_OPTIONS = PROCEDURE_KIND_OPTIONS.filter((option) => option.value !== ProcedureKind.SELF);
export const COMPETENCE_AREA_OPTIONS = Object.values(CompetenceArea).map((area) => ({ value: area, label: COMPETENCE_AREA_TITLES[area] }));

/** Deficits not yet cleared by a later result. */
export const isOpenDeficit = (status: string): boolean => status === DeficitStatus.OPEN || status === DeficitStatus.ADDRESSED;

export const DEFICIT_STATUS_COLORS: Record<string, string> = {
  [DeficitStatus.OPEN]: 'red',
  [DeficitStatus.ADDRESSED]: 'orange',
  [DeficitStatus.CLOSED]: 'green',
};

const SCORE = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const POINTS = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const PERCENT = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/** «72,5»; «—» without a value. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? EMPTY_VALUE : SCORE.format(value);
}

/** «45,5 %» for a value already in percent. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? EMPTY_VALUE : `${PERCENT.format(value)}\u00a0%`;
}

/** A change of percent of scale: «+5,2 п. п.», «−3 п. п.», «0 п. п.»; «—» without a previous result. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return EMPTY_VALUE;
  return `${POINTS.format(change).replace('-', '\u2212')}\u00a0п.\u00a0п.`;
}

export type ChangeTone = 'up' | 'down' | 'same' | 'none';

export function changeTone(change: number | null | undefined): ChangeTone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'none';
  if (change > 0) return 'up';
  if (change < 0) return 'down';
  return 'same';
}

/** «0–100, порог 60». */
export function scaleText(scale: { scaleMin: number; scaleMax: number; threshold?: number }): string {
  const range = `${formatScore(scale.scaleMin)}–${formatScore(scale.scaleMax)}`;
  return scale.threshold === undefined ? range : `${range}, порог ${formatScore(scale.threshold)}`;
}
