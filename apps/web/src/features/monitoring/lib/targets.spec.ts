import type { IndicatorDto, IndicatorTargetDto } from '@sopr/api-client';
import { parseYear, placeChoice, targetRows, targetsView, toPutTargetBody, yearOptions } from './targets';

const indicator = (code: string): IndicatorDto => ({ code, name: code, group: 'DIAGNOSTICS', unit: 'SHARE', direction: 'HIGHER_IS_BETTER', numerator: '', denominator: '', seeds: '', breakdowns: [] });
const target = (id: string, indicatorCode: string, value: number, municipalityId: string | null, fields: Partial<IndicatorTargetDto> = {}): IndicatorTargetDto => ({
  id, indicatorCode, value, municipalityId, regionId: 'r1', year: 2026, ...fields,
});

const MUNICIPAL = { regionId: 'r1', municipalityId: 'm1' };
const REGIONAL = { regionId: 'r1', municipalityId: null };
const SYSTEM = { regionId: null, municipalityId: null };

describe('targetsView', () => {
  it('gives a municipality\'s user his municipality, editable with the permission', () => {
    expect(targetsView(MUNICIPAL, true)).toEqual({ regionId: 'r1', municipalityId: 'm1', edits: 'municipality' });
    expect(targetsView(MUNICIPAL, false)).toEqual({ regionId: 'r1', municipalityId: 'm1', edits: null });
    // A choice on the page does not move him elsewhere.
    expect(targetsView(MUNICIPAL, true, { municipalityId: 'm2' }).municipalityId).toBe('m1');
  });

  it('lets a regional admin set the region\'s targets, or a chosen municipality\'s', () => {
    expect(targetsView(REGIONAL, true)).toEqual({ regionId: 'r1', municipalityId: null, edits: 'region' });
    expect(targetsView(REGIONAL, true, { municipalityId: 'm2' })).toEqual({ regionId: 'r1', municipalityId: 'm2', edits: 'municipality' });
  });

  it('makes a system admin choose a region first', () => {
    expect(targetsView(SYSTEM, true)).toEqual({ regionId: null, municipalityId: null, edits: null });
    expect(targetsView(SYSTEM, true, { municipalityId: 'm2' })).toEqual({ regionId: null, municipalityId: null, edits: null });
    expect(targetsView(SYSTEM, true, { regionId: 'r2' })).toEqual({ regionId: 'r2', municipalityId: null, edits: 'region' });
  });

  it('asks each user for the places he may choose', () => {
    expect(placeChoice(MUNICIPAL)).toBe('none');
    expect(placeChoice(REGIONAL)).toBe('municipality');
    expect(placeChoice(SYSTEM)).toBe('region');
  });
});

describe('targetRows', () => {
  const indicators = [indicator('DIAG_COVERAGE'), indicator('TRAIN_ICT'), indicator('STAFF_PENSION')];
  const targets = [
    target('t1', 'DIAG_COVERAGE', 50, null),
    target('t2', 'DIAG_COVERAGE', 60, 'm1'),
    target('t3', 'TRAIN_ICT', 30, null),
    target('t4', 'TRAIN_ICT', 35, 'm2'),
    target('t5', 'STAFF_PENSION', 10, null, { regionId: 'r2' }),
    target('t6', 'STAFF_PENSION', 20, null, { year: 2025 }),
  ];

  it('gives every indicator the region\'s target, the municipality\'s own and the one a run uses', () => {
    const rows = targetRows(indicators, targets, { regionId: 'r1', municipalityId: 'm1' }, 2026);
    expect(rows.map((row) => [row.indicator.code, row.region?.id ?? null, row.municipality?.id ?? null, row.effective, row.effectiveFrom])).toEqual([
      ['DIAG_COVERAGE', 't1', 't2', 60, 'municipality'],
      ['TRAIN_ICT', 't3', null, 30, 'region'],
      ['STAFF_PENSION', null, null, null, null],
    ]);
  });

  it('shows only the region\'s targets without a municipality', () => {
    const rows = targetRows(indicators, targets, { regionId: 'r1', municipalityId: null }, 2026);
    expect(rows.map((row) => [row.region?.id ?? null, row.municipality])).toEqual([['t1', null], ['t3', null], [null, null]]);
  });

  it('ignores other regions and other years', () => {
    const rows = targetRows(indicators, targets, { regionId: 'r2', municipalityId: null }, 2026);
    expect(rows.map((row) => row.region?.id ?? null)).toEqual([null, null, 't5']);
    expect(targetRows(indicators, targets, { regionId: 'r1', municipalityId: null }, 2025)[2].region?.id).toBe('t6');
  });
});

describe('toPutTargetBody', () => {
  it('names the municipality for its own target and leaves it out for the region\'s', () => {
    expect(toPutTargetBody('DIAG_COVERAGE', 2026, 60, 'municipality', { regionId: 'r1', municipalityId: 'm1' }, MUNICIPAL)).toEqual({
      indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 60, municipalityId: 'm1',
    });
    expect(toPutTargetBody('DIAG_COVERAGE', 2026, 55, 'region', { regionId: 'r1', municipalityId: null }, REGIONAL)).toEqual({
      indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 55,
    });
  });

  it('names the region for a system admin', () => {
    expect(toPutTargetBody('DIAG_COVERAGE', 2026, 55, 'region', { regionId: 'r2', municipalityId: null }, SYSTEM)).toEqual({
      indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 55, regionId: 'r2',
    });
  });
});

describe('years', () => {
  it('reads the URL\'s year, else the current one', () => {
    expect(parseYear('2025', 2026)).toBe(2025);
    expect(parseYear(null, 2026)).toBe(2026);
    expect(parseYear('20x5', 2026)).toBe(2026);
    expect(parseYear('1999', 2026)).toBe(2026);
  });

  it('offers the next year, this one and four before, newest first', () => {
    expect(yearOptions(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(yearOptions(2026, 2010)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2010]);
    expect(yearOptions(2026, 2025)).toHaveLength(6);
  });
});
