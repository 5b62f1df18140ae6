import type { IndicatorDto, MonitoringValueDto } from '@sopr/api-client';
import { badness, sortWorstFirst, statusCounts, valuePlaceName, valueRowsByGroup } from './values';

const indicator = (code: string, group: string, direction = 'HIGHER_IS_BETTER'): IndicatorDto =>
  ({ code, group, direction, name: code, unit: 'SHARE', numerator: '', denominator: '', seeds: '', breakdowns: [] }) as IndicatorDto;

const value = (indicatorCode: string, fields: Partial<MonitoringValueDto> = {}): MonitoringValueDto => ({
  indicatorCode, level: 'MUNICIPALITY', municipalityId: 'm', municipalityName: 'Город', organizationId: null, organizationName: null,
  breakdown: null, breakdownKey: null, breakdownName: null, numerator: 1, denominator: 2, value: 50, target: null, status: null, previousValue: null, change: null, ...fields,
});

const org = (organizationName: string, v: number | null, target: number | null) =>
  value('DIAG_COVERAGE', { level: 'ORGANIZATION', organizationId: organizationName, organizationName, value: v, target });

describe('sortWorstFirst', () => {
  it('puts the furthest below the target first for higher-is-better', () => {
    const rows = [org('Школа А', 48, 50), org('Школа Б', 10, 50), org('Школа В', 70, 50), org('Школа Г', 30, 50)];
    expect(sortWorstFirst(rows, 'HIGHER_IS_BETTER').map((row) => row.organizationName)).toEqual(['Школа Б', 'Школа Г', 'Школа А', 'Школа В']);
  });

  it('puts the furthest above the target first for lower-is-better', () => {
    const rows = [org('Школа А', 20, 25), org('Школа Б', 40, 25), org('Школа В', 26, 25)];
    expect(sortWorstFirst(rows, 'LOWER_IS_BETTER').map((row) => row.organizationName)).toEqual(['Школа Б', 'Школа В', 'Школа А']);
  });

  it('sorts by the value itself without a target', () => {
    const rows = [org('Школа А', 20, null), org('Школа Б', 5, null), org('Школа В', 60, null)];
    expect(sortWorstFirst(rows, 'HIGHER_IS_BETTER').map((row) => row.organizationName)).toEqual(['Школа Б', 'Школа А', 'Школа В']);
    expect(sortWorstFirst(rows, 'LOWER_IS_BETTER').map((row) => row.organizationName)).toEqual(['Школа В', 'Школа А', 'Школа Б']);
  });

  it('puts organizations without a value last and breaks ties by name', () => {
    const rows = [org('Школа В', null, 50), org('Школа Б', 10, 50), org('Гимназия', 10, 50), org('Школа А', null, 50)];
    expect(sortWorstFirst(rows, 'HIGHER_IS_BETTER').map((row) => row.organizationName)).toEqual(['Гимназия', 'Школа Б', 'Школа А', 'Школа В']);
  });

  it('names a region run\'s municipalities by the municipality', () => {
    const rows = [
      value('DIAG_COVERAGE', { municipalityName: 'Слободской район', value: 40, target: 50 }),
      value('DIAG_COVERAGE', { municipalityName: 'Верхнекамский округ', value: 40, target: 50 }),
      value('DIAG_COVERAGE', { municipalityName: 'Белохолуницкий район', value: 60, target: 50 }),
    ];
    expect(sortWorstFirst(rows, 'HIGHER_IS_BETTER').map(valuePlaceName)).toEqual(['Верхнекамский округ', 'Слободской район', 'Белохолуницкий район']);
  });

  it('does not change its argument', () => {
    const rows = [org('Школа А', 60, 50), org('Школа Б', 10, 50)];
    sortWorstFirst(rows, 'HIGHER_IS_BETTER');
    expect(rows.map((row) => row.organizationName)).toEqual(['Школа А', 'Школа Б']);
  });
});

describe('badness', () => {
  it('is the shortfall against the target, direction-aware', () => {
    expect(badness('HIGHER_IS_BETTER', 40, 50)).toBe(10);
    expect(badness('HIGHER_IS_BETTER', 60, 50)).toBe(-10);
    expect(badness('LOWER_IS_BETTER', 40, 30)).toBe(10);
    expect(badness('LOWER_IS_BETTER', null, 30)).toBeNull();
  });
});

describe('valueRowsByGroup', () => {
  it('joins values with the catalogue in its order, grouped, and leaves out unknown codes', () => {
    const indicators = [indicator('DIAG_COVERAGE', 'DIAGNOSTICS'), indicator('TRAIN_ICT', 'TRAINING'), indicator('DIAG_CORPORATE', 'DIAGNOSTICS'), indicator('NO_VALUE', 'STAFFING')];
    const values = [value('TRAIN_ICT'), value('DIAG_CORPORATE'), value('GONE'), value('DIAG_COVERAGE')];
    const groups = valueRowsByGroup(indicators, values);
    expect(groups.map((group) => [group.group, group.items.map((row) => row.indicator.code)])).toEqual([
      ['DIAGNOSTICS', ['DIAG_COVERAGE', 'DIAG_CORPORATE']],
      ['TRAINING', ['TRAIN_ICT']],
    ]);
    expect(groups[1].items[0].value.indicatorCode).toBe('TRAIN_ICT');
  });
});

describe('statusCounts', () => {
  it('counts each status and the values without one', () => {
    expect(statusCounts([{ status: 'MET' }, { status: 'NOT_MET' }, { status: null }, { status: 'MET' }, { status: 'AT_RISK' }])).toEqual({
      MET: 2, AT_RISK: 1, NOT_MET: 1, NONE: 1,
    });
  });
});
