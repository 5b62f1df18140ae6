/** A teacher's diagnostics over time: chart series per competence and the deficits split into open and closed. */
import type { CompetenceDynamicsDto, DeficitDto } from '@sopr/api-client';
import { isOpenDeficit } from './titles';

export interface ChartRow {
  takenOn: string;
  [competenceCode: string]: number | string;
}

/**
 * One row per date with each competence's percent of scale on that date (the last result of the
 * day wins); dates in order. Competences without a result on a date have no value there.
 */
export function chartRows(competences: readonly CompetenceDynamicsDto[]): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const competence of competences) {
    for (const point of competence.points) {
      const row = rows.get(point.takenOn) ?? { takenOn: point.takenOn };
      row[competence.code] = point.percent;
      rows.set(point.takenOn, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
}

export function lastPoint(competence: CompetenceDynamicsDto): CompetenceDynamicsDto['points'][number] | undefined {
  return competence.points[competence.points.length - 1];
}

export function splitDeficits(deficits: readonly DeficitDto[]): { open: DeficitDto[]; closed: DeficitDto[] } {
  return {
    open: deficits.filter((d) => isOpenDeficit(d.status)),
    closed: deficits.filter((d) => !isOpenDeficit(d.status)),
  };
}

/** Line colours, one per competence in turn. */
export const SERIES_COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2', '#a0d911', '#faad14', '#2f54eb', '#f5222d', '#8c8c8c', '#9254de', '#36cfc9'];
