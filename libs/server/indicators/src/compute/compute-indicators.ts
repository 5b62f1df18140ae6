import { EntityManager } from 'typeorm';
import { IndicatorBreakdown, IndicatorLevel, IndicatorUnit } from '@sopr/shared';
import { INDICATORS } from '../catalogue/catalogue';
import { BREAKDOWN_NAMES, POPULATION_BREAKDOWNS, splitsNumerator } from '../catalogue/breakdowns';
import { IndicatorDefinition, PERIOD_PARAMETERS, PERIOD_TYPED } from '../catalogue/indicator-definition';
import { PersonRecordPasses } from '../catalogue/person-records';
import { POPULATION_FROM, createBasePopulation } from './base-population';

/** The period a run measures: from its first day to the as-of date, both included. */
export interface IndicatorPeriod {
  from: string;
  asOf: string;
}

/** One indicator's value at one place, as a whole or for one key of a breakdown. */
export interface IndicatorValue {
  code: string;
  level: IndicatorLevel;
  /** The organization (level ORGANIZATION) or null for the municipality as a whole. */
  organizationId: string | null;
  /** Null at region level. */
  municipalityId: string | null;
  /** Null for the total; breakdowns are computed for the municipality as a whole. */
  breakdown: IndicatorBreakdown | null;
  breakdownKey: string | null;
  breakdownName: string | null;
  numerator: number;
  /** Null for counts. */
  denominator: number | null;
  /** Null when the denominator is zero. */
  value: number | null;
}

/** The value from its parts: a share in percent, per 100, or the count itself. */
export function valueOf(unit: IndicatorUnit, numerator: number, denominator: number | null): number | null {
  if (unit === IndicatorUnit.COUNT || unit === IndicatorUnit.YES_NO) return numerator;
  if (!denominator) return null;
  return (numerator * 100) / denominator;
}

const isCount = (d: IndicatorDefinition) => d.unit === IndicatorUnit.COUNT || d.unit === IndicatorUnit.YES_NO;


type Row = Record<string, number | string | null>;

/**
 * Every indicator of `definitions` for one municipality, each of its organizations with staff, and
 * the municipality's breakdowns, over the base population, set-based and in one statement: first
 * each person's membership in each numerator and denominator as booleans, and his breakdown keys
 * as arrays (`flags`, reading each record source once), then counts with FILTER — per
 * organization and for the municipality (GROUPING SETS), per key of each population breakdown
 * (subject, position), and per key of each indicator's numerator breakdown — one part each, under
 * UNION ALL. Runs in the caller's transaction.
 */
export async function computeMunicipalityIndicators(
  manager: EntityManager, municipalityId: string, period: IndicatorPeriod, definitions: IndicatorDefinition[] = INDICATORS,
): Promise<IndicatorValue[]> {
  await createBasePopulation(manager, municipalityId, period.asOf, { joinsAsWritten: true });
  const passes = new PersonRecordPasses();
  const ctx = { ...PERIOD_PARAMETERS, has: passes.has, keysOf: passes.keysOf };
  const all = definitions.map((_d, i) => i);
  // Each person's keys too: per population breakdown used (k_SUBJECT…), per numerator breakdown (k3_0: indicator 3's first).
  const populationKinds = (Object.keys(POPULATION_BREAKDOWNS) as IndicatorBreakdown[])
    .filter((kind) => definitions.some((d) => d.breakdowns?.some((b) => b.kind === kind && !splitsNumerator(b))));
  const usersOf = (kind: IndicatorBreakdown) => all.filter((i) => definitions[i].breakdowns?.some((b) => b.kind === kind && !splitsNumerator(b)));
  const numeratorSplits = all.flatMap((i) => (definitions[i].breakdowns ?? []).flatMap((spec, j) => (splitsNumerator(spec) ? [{ i, j, spec }] : [])));
  const columns = [
    ...definitions.flatMap((d, i) => [`(${d.numerator(ctx)}) AS n${i}`, `(${d.denominator?.(ctx) ?? 'true'}) AS d${i}`]),
    ...populationKinds.map((kind) => `${POPULATION_BREAKDOWNS[kind]!(ctx)} AS k_${kind}`),
    ...numeratorSplits.map(({ i, j, spec }) => `${spec.numeratorKeys(ctx)} AS k${i}_${j}`),
  ];
  // Every part has the same columns: part, organization, key, name, then n0, d0… (null where the part does not count it).
  const counts = (indexes: number[], numeratorOnly = false) => all.flatMap((i) => (indexes.includes(i)
    ? [`count(*) FILTER (WHERE n${i} AND d${i})::int`, numeratorOnly ? 'NULL::int' : `count(*) FILTER (WHERE d${i})::int`]
    : ['NULL::int', 'NULL::int']).map((sql, k) => `${sql} AS ${k === 0 ? 'n' : 'd'}${i}`));
  const parts = [
    `SELECT 'total' AS part, organization_id, NULL::text AS key, NULL::text AS name, ${counts(all).join(', ')} FROM flags GROUP BY GROUPING SETS ((organization_id), ())`,
    ...populationKinds.map((kind) =>
      `SELECT '${kind}', NULL::uuid, key, ${BREAKDOWN_NAMES[kind]('key')}, ${counts(usersOf(kind)).join(', ')} FROM flags CROSS JOIN LATERAL unnest(k_${kind}) AS key GROUP BY key`),
    ...numeratorSplits.map(({ i, j, spec }) =>
      `SELECT '${i}_${j}', NULL::uuid, key, ${BREAKDOWN_NAMES[spec.kind]('key')}, ${counts([i], true).join(', ')}
       FROM flags CROSS JOIN LATERAL unnest(k${i}_${j}) AS key WHERE n${i} AND d${i} GROUP BY key`),
  ];
  const rows: Row[] = await manager.query(
    `WITH ${[...passes.ctes('indicator_person_job'), `flags AS MATERIALIZED (
       SELECT p.staff_member_id, p.organization_id, ${columns.join(', ')}
       FROM ${POPULATION_FROM} ${passes.joins()} WHERE ${PERIOD_TYPED})`].join(',\n')}
     ${parts.join('\nUNION ALL\n')}`,
    [period.from, period.asOf],
  );

  const value = (i: number, place: Pick<IndicatorValue, 'organizationId' | 'breakdown' | 'breakdownKey' | 'breakdownName'>, numerator: number, denominator: number): IndicatorValue => {
    const d = definitions[i];
    const ofCount = isCount(d);
    return {
      code: d.code, level: place.organizationId ? IndicatorLevel.ORGANIZATION : IndicatorLevel.MUNICIPALITY, municipalityId, ...place,
      numerator, denominator: ofCount ? null : denominator, value: valueOf(d.unit, numerator, ofCount ? null : denominator),
    };
  };
  const whole = { breakdown: null, breakdownKey: null, breakdownName: null };
  const totals = rows.filter((row) => row['part'] === 'total');
  const values = totals.flatMap((row) =>
    all.map((i) => value(i, { organizationId: (row['organization_id'] as string | null) ?? null, ...whole }, Number(row[`n${i}`]), Number(row[`d${i}`]))),
  );
  const municipalityRow = totals.find((row) => row['organization_id'] === null);
  const placeOf = (kind: IndicatorBreakdown, row: Row) => ({ organizationId: null, breakdown: kind, breakdownKey: String(row['key']), breakdownName: String(row['name'] ?? row['key']) });

  // Population breakdowns: numerator and denominator counted among the people with the key.
  for (const kind of populationKinds) {
    const users = usersOf(kind);
    for (const row of rows.filter((r) => r['part'] === kind)) {
      for (const i of users) values.push(value(i, placeOf(kind, row), Number(row[`n${i}`]), Number(row[`d${i}`])));
    }
  }
  // Numerator breakdowns: the numerator's people by their keys, over the whole denominator.
  for (const { i, j, spec } of numeratorSplits) {
    const denominator = Number(municipalityRow?.[`d${i}`] ?? 0);
    for (const row of rows.filter((r) => r['part'] === `${i}_${j}`)) values.push(value(i, placeOf(spec.kind, row), Number(row[`n${i}`]), denominator));
  }
  return values;
}
