import type { IndicatorDto, MonitoringComparisonCellDto, MonitoringComparisonRowDto } from '@sopr/api-client';
import { comparisonCell, comparisonCellColor, comparisonCellDetails, comparisonRowsByGroup } from './comparison';

const NBSP = '\u00a0';

const indicator = (code: string, group: string, unit = 'SHARE'): IndicatorDto =>
  ({ code, group, unit, direction: 'HIGHER_IS_BETTER', name: code, numerator: '', denominator: '', seeds: '', breakdowns: [] }) as IndicatorDto;

const cell = (fields: Partial<MonitoringComparisonCellDto> = {}): MonitoringComparisonCellDto => ({
  numerator: 162, denominator: 321, value: 50.5, target: null, status: null, change: null, ...fields,
});

const row = (indicatorCode: string, municipalities: (MonitoringComparisonCellDto | null)[] = []): MonitoringComparisonRowDto => ({
  indicatorCode, region: cell(), municipalities: municipalities as MonitoringComparisonCellDto[],
});

describe('comparisonRowsByGroup', () => {
  it('orders the rows as the catalogue, grouped, and leaves out unknown indicators', () => {
    const indicators = [indicator('DIAG_COVERAGE', 'DIAGNOSTICS'), indicator('TRAIN_ICT', 'TRAINING'), indicator('DIAG_DEFICIT_AREA', 'DIAGNOSTICS')];
    const groups = comparisonRowsByGroup(indicators, { rows: [row('TRAIN_ICT'), row('GONE'), row('DIAG_DEFICIT_AREA'), row('DIAG_COVERAGE')] });
    expect(groups.map((group) => [group.title, group.items.map((item) => item.indicator.code)])).toEqual([
      ['Выявление профессиональных дефицитов', ['DIAG_COVERAGE', 'DIAG_DEFICIT_AREA']],
      ['Повышение квалификации и профессиональное мастерство', ['TRAIN_ICT']],
    ]);
  });
});

describe('comparisonCell', () => {
  it('is the region first, then the municipalities in their order; null without a value', () => {
    const first = cell({ value: 10 });
    const matrixRow = row('DIAG_COVERAGE', [first, null]);
    expect(comparisonCell(matrixRow, 0)).toBe(matrixRow.region);
    expect(comparisonCell(matrixRow, 1)).toBe(first);
    expect(comparisonCell(matrixRow, 2)).toBeNull();
    expect(comparisonCell(matrixRow, 3)).toBeNull();
  });
});

describe('comparisonCellColor', () => {
  it('colours a cell as the status tag does, and not at all without a status', () => {
    expect(comparisonCellColor(cell({ status: 'MET', target: 50 }))).toBe('green');
    expect(comparisonCellColor(cell({ status: 'AT_RISK', target: 50 }))).toBe('orange');
    expect(comparisonCellColor(cell({ status: 'NOT_MET', target: 50 }))).toBe('red');
    expect(comparisonCellColor(cell())).toBeUndefined();
    expect(comparisonCellColor(null)).toBeUndefined();
  });
});

describe('comparisonCellDetails', () => {
  it('tells the parts, the target with its status and the change', () => {
    expect(comparisonCellDetails({ unit: 'SHARE' }, cell({ target: 50, status: 'MET', change: 2.5 }))).toEqual([
      'Числитель / знаменатель: 162 из 321',
      `Цель: 50,0${NBSP}% — достигнуто`,
      `Изменение: +2,5${NBSP}п.${NBSP}п.`,
    ]);
  });

  it('tells a count\'s value, no target and no previous run', () => {
    expect(comparisonCellDetails({ unit: 'COUNT' }, cell({ numerator: 27, denominator: null, value: 27 }))).toEqual([
      'Значение: 27',
      'Цель не задана',
      'Изменение: нет предыдущего мониторинга',
    ]);
  });

  it('says there is no value for a municipality without one', () => {
    expect(comparisonCellDetails({ unit: 'SHARE' }, null)).toEqual(['Нет значения']);
  });
});
