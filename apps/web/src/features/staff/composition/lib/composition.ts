/**
 * Shares of the staff composition report (GET /staff/composition): the summary of the selected
 * unit, the chart series and the table's rows. Pure: numbers in, numbers and labels out.
 */
import type { CompositionRowDto, CompositionRowDtoLevel } from '@sopr/api-client';
import { AGE_GROUP_TITLES, EDUCATION_LEVEL_TITLES, EXPERIENCE_GROUP_TITLES, QUALIFICATION_CATEGORY_TITLES } from '@sopr/shared';

/** A part of a total, 0…1; null when the total is 0 (no share to speak of). */
export type Share = number | null;

export function share(count: number, total: number): Share {
  return total > 0 ? count / total : null;
}

const PERCENT = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** «12,5 %» (Russian format, one decimal); «—» without a share. */
export function formatShare(value: Share): string {
  return value === null ? '—' : `${PERCENT.format(value * 100)}\u00a0%`;
}

/** A share in percent rounded to one decimal, for the charts' axes (0 without a total). */
export function percent(value: Share): number {
  return value === null ? 0 : Math.round(value * 1000) / 10;
}

type Counts = Pick<CompositionRowDto, 'total' | 'educationLevel' | 'category' | 'ageGroup' | 'experienceGroup' | 'trainedInLast3Years'>;

export interface CompositionSummary {
  total: number;
  higherEducation: Share;
  highestOrFirstCategory: Share;
  /** UNDER_25 + FROM_25_TO_34. */
  under35: Share;
  pensionAge: Share;
  trainedInLast3Years: Share;
}

export function summaryOf(row: Counts): CompositionSummary {
  const { total } = row;
  return {
    total,
    higherEducation: share(row.educationLevel.HIGHER, total),
    highestOrFirstCategory: share(row.category.HIGHEST + row.category.FIRST, total),
    under35: share(row.ageGroup.UNDER_25 + row.ageGroup.FROM_25_TO_34, total),
    pensionAge: share(row.ageGroup.PENSION, total),
    trainedInLast3Years: share(row.trainedInLast3Years, total),
  };
}

export const SUMMARY_CARDS: { key: Exclude<keyof CompositionSummary, 'total'>; title: string }[] = [
  { key: 'higherEducation', title: 'С высшим образованием' },
  { key: 'highestOrFirstCategory', title: 'С высшей и первой категорией' },
  { key: 'under35', title: 'Моложе 35 лет' },
  { key: 'pensionAge', title: 'Пенсионного возраста' },
  { key: 'trainedInLast3Years', title: 'Прошли ПК за 3 года' },
];

/** The groups of each dimension in display order, with their Russian titles. */
export const DIMENSIONS = {
  educationLevel: { title: 'Образование', groups: EDUCATION_LEVEL_TITLES },
  category: { title: 'Квалификационная категория', groups: QUALIFICATION_CATEGORY_TITLES },
  ageGroup: { title: 'Возраст', groups: AGE_GROUP_TITLES },
  experienceGroup: { title: 'Педагогический стаж', groups: EXPERIENCE_GROUP_TITLES },
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export function groupsOf(dimension: Dimension): { key: string; title: string }[] {
  return Object.entries(DIMENSIONS[dimension].groups).map(([key, title]) => ({ key, title: capitalize(title) }));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countOf(row: Counts, dimension: Dimension, group: string): number {
  const counts: object = row[dimension];
  return (counts as Partial<Record<string, number>>)[group] ?? 0;
}

/** The same counts object with every value replaced by `next(key, value)`. */
function mapCounts<T extends object>(counts: T, next: (key: keyof T, value: number) => number): T {
  const result = { ...counts };
  for (const key of Object.keys(counts) as (keyof T)[]) result[key] = next(key, Number(counts[key])) as T[keyof T];
  return result;
}

export interface Selection {
  municipalityId?: string | null;
  organizationId?: string | null;
}

/**
 * The row the summary speaks of: the chosen organization, else the chosen municipality, else the
 * region. Several regions (a system admin) add up into one row; null for an empty report.
 */
export function selectedRow(rows: readonly CompositionRowDto[], selection: Selection): CompositionRowDto | null {
  if (selection.organizationId) {
    const found = rows.find((row) => row.level === 'ORGANIZATION' && row.organizationId === selection.organizationId);
    if (found) return found;
  }
  if (selection.municipalityId) {
    const found = rows.find((row) => row.level === 'MUNICIPALITY' && row.municipalityId === selection.municipalityId);
    if (found) return found;
  }
  const regions = rows.filter((row) => row.level === 'REGION');
  if (regions.length <= 1) return regions[0] ?? rows[0] ?? null;
  return regions.reduce((sum, row) => addRows(sum, row), { ...emptyLike(regions[0]), name: 'Все регионы' });
}

function emptyLike(row: CompositionRowDto): CompositionRowDto {
  const zero = () => 0;
  return {
    ...row,
    total: 0,
    trainedInLast3Years: 0,
    educationLevel: mapCounts(row.educationLevel, zero),
    category: mapCounts(row.category, zero),
    ageGroup: mapCounts(row.ageGroup, zero),
    experienceGroup: mapCounts(row.experienceGroup, zero),
  };
}

function addCounts<T extends object>(a: T, b: T): T {
  return mapCounts(a, (key, value) => value + Number(b[key]));
}

function addRows(a: CompositionRowDto, b: CompositionRowDto): CompositionRowDto {
  return {
    ...a,
    total: a.total + b.total,
    trainedInLast3Years: a.trainedInLast3Years + b.trainedInLast3Years,
    educationLevel: addCounts(a.educationLevel, b.educationLevel),
    category: addCounts(a.category, b.category),
    ageGroup: addCounts(a.ageGroup, b.ageGroup),
    experienceGroup: addCounts(a.experienceGroup, b.experienceGroup),
  };
}

const CHILD_LEVEL: Record<CompositionRowDtoLevel, CompositionRowDtoLevel | null> = {
  REGION: 'MUNICIPALITY',
  MUNICIPALITY: 'ORGANIZATION',
  ORGANIZATION: null,
};

/** The units one level below `parent` (municipalities of a region, schools of a municipality). */
export function childrenOf(rows: readonly CompositionRowDto[], parent: CompositionRowDto): CompositionRowDto[] {
  const level = CHILD_LEVEL[parent.level];
  if (!level) return [];
  return rows.filter(
    (row) => row.level === level && row.regionId === parent.regionId && (parent.level === 'REGION' || row.municipalityId === parent.municipalityId),
  );
}

/** One bar of a chart: the unit's name and the share (%) of every group of the dimension. */
export type ChartDatum = { name: string; total: number } & Record<string, number | string>;

/**
 * A chart's bars for `dimension`: the selected unit first, then the units below it (a school has
 * none). Values are percents with one decimal, so stacked bars add up to 100.
 */
export function chartData(rows: readonly CompositionRowDto[], selected: CompositionRowDto, dimension: Dimension): ChartDatum[] {
  const units = [selected, ...childrenOf(rows, selected)];
  return units.map((row) => {
    const datum: ChartDatum = { name: row.name, total: row.total };
    for (const { key } of groupsOf(dimension)) datum[key] = percent(share(countOf(row, dimension, key), row.total));
    return datum;
  });
}

export const LEVEL_TITLES: Record<CompositionRowDtoLevel, string> = {
  REGION: 'Регион',
  MUNICIPALITY: 'Муниципалитет',
  ORGANIZATION: 'Организация',
};

const LEVEL_DEPTH: Record<CompositionRowDtoLevel, number> = { REGION: 0, MUNICIPALITY: 1, ORGANIZATION: 2 };

/** A row of the table: its depth for the indentation and every share, keyed `dimension.group`. */
export interface CompositionTableRow {
  key: string;
  level: CompositionRowDtoLevel;
  depth: number;
  name: string;
  total: number;
  trainedInLast3Years: Share;
  shares: Record<string, Share>;
}

export function tableRows(rows: readonly CompositionRowDto[]): CompositionTableRow[] {
  return rows.map((row) => {
    const shares: Record<string, Share> = {};
    for (const dimension of Object.keys(DIMENSIONS) as Dimension[]) {
      for (const { key } of groupsOf(dimension)) shares[`${dimension}.${key}`] = share(countOf(row, dimension, key), row.total);
    }
    return {
      key: `${row.level}:${row.organizationId ?? row.municipalityId ?? row.regionId}`,
      level: row.level,
      depth: LEVEL_DEPTH[row.level],
      name: row.name,
      total: row.total,
      trainedInLast3Years: share(row.trainedInLast3Years, row.total),
      shares,
    };
  });
}
