import type { CompositionRowDto } from '@sopr/api-client';
import { chartData, childrenOf, formatShare, percent, selectedRow, share, summaryOf, tableRows } from './composition';

const REGION = 'r1';
const MUN_A = 'm-a';
const MUN_B = 'm-b';

function row(level: CompositionRowDto['level'], ids: { municipalityId?: string; organizationId?: string; regionId?: string }, total: number, extra: Partial<CompositionRowDto> = {}): CompositionRowDto {
  return {
    level,
    regionId: ids.regionId ?? REGION,
    municipalityId: ids.municipalityId ?? null,
    organizationId: ids.organizationId ?? null,
    name: `${level} ${ids.organizationId ?? ids.municipalityId ?? ids.regionId ?? REGION}`,
    total,
    educationLevel: { HIGHER: total, SECONDARY_VOCATIONAL: 0, OTHER: 0 },
    category: { HIGHEST: 0, FIRST: 0, CONFORMITY: 0, NONE: total },
    ageGroup: { UNDER_25: 0, FROM_25_TO_34: 0, FROM_35_TO_49: total, FROM_50_TO_PENSION: 0, PENSION: 0 },
    experienceGroup: { UNDER_3: 0, FROM_3_TO_5: 0, FROM_5_TO_10: 0, FROM_10_TO_20: total, OVER_20: 0 },
    trainedInLast3Years: 0,
    ...extra,
  };
}

const ROWS: CompositionRowDto[] = [
  row('REGION', {}, 8, {
    educationLevel: { HIGHER: 6, SECONDARY_VOCATIONAL: 1, OTHER: 1 },
    category: { HIGHEST: 1, FIRST: 2, CONFORMITY: 3, NONE: 2 },
    ageGroup: { UNDER_25: 1, FROM_25_TO_34: 2, FROM_35_TO_49: 3, FROM_50_TO_PENSION: 1, PENSION: 1 },
    experienceGroup: { UNDER_3: 2, FROM_3_TO_5: 2, FROM_5_TO_10: 2, FROM_10_TO_20: 1, OVER_20: 1 },
    trainedInLast3Years: 5,
  }),
  row('MUNICIPALITY', { municipalityId: MUN_A }, 5),
  row('ORGANIZATION', { municipalityId: MUN_A, organizationId: 'o1' }, 3),
  row('ORGANIZATION', { municipalityId: MUN_A, organizationId: 'o2' }, 2),
  row('MUNICIPALITY', { municipalityId: MUN_B }, 3),
  row('ORGANIZATION', { municipalityId: MUN_B, organizationId: 'o3' }, 3),
];

describe('shares', () => {
  it('divides by the total and has no share of nobody', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });

  it('formats percents the Russian way with one decimal', () => {
    const text = (value: number | null) => formatShare(value).replace(/\s/g, ' ');
    expect(text(1 / 3)).toBe('33,3 %');
    expect(text(0.125)).toBe('12,5 %');
    expect(text(1)).toBe('100,0 %');
    expect(text(null)).toBe('—');
    expect(percent(2 / 3)).toBe(66.7);
    expect(percent(null)).toBe(0);
  });

  it('summarizes a unit: higher education, highest + first category, under 35, pension age, trained', () => {
    const summary = summaryOf(ROWS[0]);
    expect(summary).toEqual({
      total: 8,
      higherEducation: 6 / 8,
      highestOrFirstCategory: 3 / 8,
      under35: 3 / 8,
      pensionAge: 1 / 8,
      trainedInLast3Years: 5 / 8,
    });
  });

  it('has no shares for an empty unit', () => {
    const summary = summaryOf(row('ORGANIZATION', { organizationId: 'x' }, 0));
    expect(summary.total).toBe(0);
    expect(summary.under35).toBeNull();
  });
});

describe('the selected unit', () => {
  it('is the organization, else the municipality, else the region', () => {
    expect(selectedRow(ROWS, { organizationId: 'o2', municipalityId: MUN_A })?.total).toBe(2);
    expect(selectedRow(ROWS, { municipalityId: MUN_B })?.name).toBe(`MUNICIPALITY ${MUN_B}`);
    expect(selectedRow(ROWS, {})?.level).toBe('REGION');
    expect(selectedRow([], {})).toBeNull();
  });

  it('adds up several regions', () => {
    const rows = [row('REGION', { regionId: 'r1' }, 4), row('REGION', { regionId: 'r2' }, 6, { trainedInLast3Years: 3 })];
    const total = selectedRow(rows, {});
    expect(total?.name).toBe('Все регионы');
    expect(total?.total).toBe(10);
    expect(total?.trainedInLast3Years).toBe(3);
    expect(total?.educationLevel.HIGHER).toBe(10);
  });

  it('has the next level as children', () => {
    expect(childrenOf(ROWS, ROWS[0]).map((child) => child.municipalityId)).toEqual([MUN_A, MUN_B]);
    expect(childrenOf(ROWS, ROWS[1]).map((child) => child.organizationId)).toEqual(['o1', 'o2']);
    expect(childrenOf(ROWS, ROWS[2])).toEqual([]);
  });
});

describe('charts and table', () => {
  it('gives the unit and its children as bars of percents adding up to 100', () => {
    const data = chartData(ROWS, ROWS[0], 'ageGroup');
    expect(data.map((datum) => datum.name)).toEqual([ROWS[0].name, ROWS[1].name, ROWS[4].name]);
    expect(data[0]).toEqual({ name: ROWS[0].name, total: 8, UNDER_25: 12.5, FROM_25_TO_34: 25, FROM_35_TO_49: 37.5, FROM_50_TO_PENSION: 12.5, PENSION: 12.5 });
  });

  it('keeps the hierarchy as depth and every share keyed by dimension and group', () => {
    const rows = tableRows(ROWS);
    expect(rows.map((item) => item.depth)).toEqual([0, 1, 2, 2, 1, 2]);
    expect(new Set(rows.map((item) => item.key)).size).toBe(ROWS.length);
    expect(rows[0].shares['category.HIGHEST']).toBe(1 / 8);
    expect(rows[0].shares['experienceGroup.OVER_20']).toBe(1 / 8);
    expect(rows[0].trainedInLast3Years).toBe(5 / 8);
  });
});
