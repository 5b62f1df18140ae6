import type { MonitoringDynamicsPointDto } from '@sopr/api-client';
import { dynamicsByCode, dynamicsTrend, lastTarget, runsCount, trendText, valuedPoints } from './dynamics';

const point = (asOf: string, value: number | null, target: number | null = null): MonitoringDynamicsPointDto => ({
  runId: `run-${asOf}`, asOf, value, target, status: null,
});

describe('dynamicsByCode', () => {
  it('gives each indicator its points', () => {
    const points = [point('2026-01-15', 40)];
    const map = dynamicsByCode([{ indicatorCode: 'DIAG_COVERAGE', points }]);
    expect(map.get('DIAG_COVERAGE')).toBe(points);
    expect(map.get('OTHER')).toBeUndefined();
  });
});

describe('dynamicsTrend', () => {
  it('compares the last value with the first, direction-aware', () => {
    const points = [point('2026-01-15', 40), point('2026-03-01', null), point('2026-06-30', 48)];
    expect(dynamicsTrend('HIGHER_IS_BETTER', points)).toEqual({ tone: 'good', change: 8, count: 2 });
    expect(dynamicsTrend('LOWER_IS_BETTER', points)).toEqual({ tone: 'bad', change: 8, count: 2 });
    expect(dynamicsTrend('HIGHER_IS_BETTER', [point('2026-01-15', 40), point('2026-06-30', 40)]).tone).toBe('same');
  });

  it('has no trend with fewer than two values', () => {
    expect(dynamicsTrend('HIGHER_IS_BETTER', [point('2026-01-15', 40), point('2026-06-30', null)])).toEqual({ tone: 'none', change: null, count: 1 });
    expect(dynamicsTrend('HIGHER_IS_BETTER', [])).toEqual({ tone: 'none', change: null, count: 0 });
  });
});

describe('trendText', () => {
  it('tells how many runs, from when to when, and which way', () => {
    expect(trendText('HIGHER_IS_BETTER', [point('2026-01-15', 40), point('2026-03-01', 42), point('2026-06-30', 48)])).toBe(
      '3 мониторинга с 15.01.2026 по 30.06.2026: к лучшему',
    );
    expect(trendText('HIGHER_IS_BETTER', [point('2026-06-30', 48)])).toBe('Предыдущих мониторингов нет');
  });

  it('declines «мониторинг» by number', () => {
    expect([1, 2, 5, 11, 12, 21, 22].map(runsCount)).toEqual([
      '1 мониторинг', '2 мониторинга', '5 мониторингов', '11 мониторингов', '12 мониторингов', '21 мониторинг', '22 мониторинга',
    ]);
  });
});

describe('points', () => {
  it('keep only the valued ones for the line, and the last target for the target line', () => {
    const points = [point('2026-01-15', 40, 45), point('2026-03-01', null, 50)];
    expect(valuedPoints(points)).toEqual([points[0]]);
    expect(lastTarget(points)).toBe(50);
    expect(lastTarget([])).toBeNull();
  });
});
