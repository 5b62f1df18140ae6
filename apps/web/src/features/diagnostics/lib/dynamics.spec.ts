import type { CompetenceDynamicsDto, DeficitDto } from '@sopr/api-client';
import { chartRows, lastPoint, splitDeficits } from './dynamics';
import { changeTone, formatChange, formatPercent, formatScore, scaleText } from './titles';

const point = (takenOn: string, percent: number) => ({ resultId: takenOn, takenOn, score: percent, percent, belowThreshold: percent < 60 });
const competences: CompetenceDynamicsDto[] = [
  { code: 'PROF.METHODICAL', name: 'Методическая', area: 'PROFESSIONAL', change: 20, hasOpenDeficit: false, points: [point('2026-01-10', 40), point('2026-03-01', 60)] },
  { code: 'FL.MATH', name: 'Математическая', area: 'FUNCTIONAL_LITERACY', change: null, hasOpenDeficit: true, points: [point('2026-03-01', 35)] },
];

describe('chartRows', () => {
  it('puts the percents of one date into one row, dates in order', () => {
    expect(chartRows(competences)).toEqual([
      { takenOn: '2026-01-10', 'PROF.METHODICAL': 40 },
      { takenOn: '2026-03-01', 'PROF.METHODICAL': 60, 'FL.MATH': 35 },
    ]);
  });

  it('takes the last point', () => {
    expect(lastPoint(competences[0])?.percent).toBe(60);
    expect(lastPoint({ ...competences[0], points: [] })).toBeUndefined();
  });
});

describe('splitDeficits', () => {
  it('tells open (and addressed) deficits from closed ones', () => {
    const deficit = (id: string, status: string) => ({ id, status }) as DeficitDto;
    const { open, closed } = splitDeficits([deficit('a', 'OPEN'), deficit('b', 'CLOSED'), deficit('c', 'ADDRESSED')]);
    expect(open.map((d) => d.id)).toEqual(['a', 'c']);
    expect(closed.map((d) => d.id)).toEqual(['b']);
  });
});

describe('number formats', () => {
  it('formats scores, percents and changes the Russian way', () => {
    expect(formatScore(72.5)).toBe('72,5');
    expect(formatScore(null)).toBe('—');
    expect(formatPercent(12.35)).toBe('12,4\u00a0%');
    expect(formatChange(5.2)).toBe('+5,2\u00a0п.\u00a0п.');
    expect(formatChange(-3)).toBe('\u22123\u00a0п.\u00a0п.');
    expect(formatChange(0)).toBe('0\u00a0п.\u00a0п.');
    expect(formatChange(null)).toBe('—');
    expect(scaleText({ scaleMin: 0, scaleMax: 100, threshold: 60 })).toBe('0–100, порог 60');
    expect(scaleText({ scaleMin: 1, scaleMax: 4 })).toBe('1–4');
  });

  it('tells the direction of a change', () => {
    expect([changeTone(1), changeTone(-0.5), changeTone(0), changeTone(null)]).toEqual(['up', 'down', 'same', 'none']);
  });
});
