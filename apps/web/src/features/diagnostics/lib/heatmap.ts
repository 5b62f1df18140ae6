/**
 * The bank of difficulties as a heatmap: rows are competences (grouped by area and parent),
 * columns the organizations plus «Итого», a cell the share of teachers with an open deficit.
 * The API returns only cells with deficits; the others are 0 of the column's teachers.
 */
import type { BankCellDto, BankCompetenceDto, DifficultyBankDto } from '@sopr/api-client';
import { byCode, flattenTree, groupByArea, TreeRow } from './competence-tree';

export const TOTAL_COLUMN_TITLE = 'Итого';

export interface HeatColumn {
  /** null — all organizations («Итого»). */
  organizationId: string | null;
  title: string;
  teachers: number;
}

export interface HeatCell {
  competenceCode: string;
  organizationId: string | null;
  subjectId: string | null;
  withDeficit: number;
  teachers: number;
  share: number;
}

export interface Heatmap {
  columns: HeatColumn[];
  rows: TreeRow<BankCompetenceDto>[];
  cell: (competenceCode: string, organizationId: string | null) => HeatCell;
  /** Organizations with at least one teacher with a deficit. */
  withDeficits: (organizationId: string) => boolean;
  /** Any teacher with a deficit for the chosen subject. */
  hasDeficits: boolean;
}

const keyOf = (organizationId: string | null, subjectId: string | null) => `${organizationId ?? '*'}|${subjectId ?? '*'}`;

/** The heatmap of `bank` for one subject (null — all subjects). Organizations without such teachers are left out. */
export function heatmapOf(bank: DifficultyBankDto, subjectId: string | null): Heatmap {
  const teachers = new Map(bank.teachers.map((t) => [keyOf(t.organizationId, t.subjectId), t.teachers]));
  const teachersOf = (organizationId: string | null) => teachers.get(keyOf(organizationId, subjectId)) ?? 0;
  const cells = new Map<string, BankCellDto>();
  for (const cell of bank.cells) {
    if (cell.subjectId === subjectId) cells.set(`${cell.competenceCode}|${keyOf(cell.organizationId, cell.subjectId)}`, cell);
  }
  // «Итого» first: with many organizations it stays in view.
  const columns: HeatColumn[] = [
    { organizationId: null, title: TOTAL_COLUMN_TITLE, teachers: teachersOf(null) },
    ...bank.organizations
      .map((organization) => ({ organizationId: organization.id, title: organization.name, teachers: teachersOf(organization.id) }))
      .filter((column) => column.teachers > 0),
  ];
  const cell = (competenceCode: string, organizationId: string | null): HeatCell => {
    const found = cells.get(`${competenceCode}|${keyOf(organizationId, subjectId)}`);
    if (found) return { ...found };
    return { competenceCode, organizationId, subjectId, withDeficit: 0, teachers: teachersOf(organizationId), share: 0 };
  };
  return {
    columns,
    rows: flattenTree(groupByArea(bank.competences, byCode), (c) => c.code, { mergeSingleRoot: true }),
    cell,
    withDeficits: (organizationId) => [...cells.values()].some((c) => c.organizationId === organizationId && c.withDeficit > 0),
    hasDeficits: [...cells.values()].some((c) => c.withDeficit > 0),
  };
}

export interface HeatColor {
  background: string;
  color: string;
}

const HEAT_RGB = '207, 19, 34';
const MIN_ALPHA = 0.12;
const MAX_ALPHA = 0.9;

/**
 * The colour of a share (0–100 %): no deficits — no fill; otherwise red, more intense as the share
 * grows, with white text once the fill is dark.
 */
export function heatColor(share: number): HeatColor {
  if (!Number.isFinite(share) || share <= 0) return { background: 'transparent', color: 'inherit' };
  const ratio = Math.min(share, 100) / 100;
  const alpha = Math.round((MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * ratio) * 100) / 100;
  return { background: `rgba(${HEAT_RGB}, ${alpha})`, color: alpha >= 0.5 ? '#fff' : 'rgba(0, 0, 0, 0.88)' };
}

/** «3 из 25» — teachers with a deficit of the column's teachers. */
export function cellCountText(cell: Pick<HeatCell, 'withDeficit' | 'teachers'>): string {
  return `${cell.withDeficit} из ${cell.teachers}`;
}
