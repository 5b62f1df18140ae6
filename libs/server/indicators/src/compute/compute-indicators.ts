import { EntityManager } from 'typeorm';
import { IndicatorLevel, IndicatorUnit } from '@sopr/shared';
import { INDICATORS } from '../catalogue/catalogue';
import { IndicatorDefinition } from '../catalogue/indicator-definition';
import { createBasePopulation } from './base-population';

/** The period a run measures: from its first day to the as-of date, both included. */
export interface IndicatorPeriod {
  from: string;
  asOf: string;
}

/** One indicator's value at one place. */
export interface IndicatorValue {
  code: string;
  level: IndicatorLevel;
  /** The organization (level ORGANIZATION) or null for the municipality as a whole. */
  organizationId: string | null;
  municipalityId: string;
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

/**
 * Every indicator of `definitions` for one municipality and each of its organizations with staff,
 * in one statement over the base population: each person's membership in each numerator and
 * denominator is a boolean, counted with FILTER for each organization and for the municipality
 * (GROUPING SETS). Runs in the caller's transaction.
 */
export async function computeMunicipalityIndicators(
  manager: EntityManager, municipalityId: string, period: IndicatorPeriod, definitions: IndicatorDefinition[] = INDICATORS,
): Promise<IndicatorValue[]> {
  // The statement's many subplans make its estimated cost look huge, and PostgreSQL would spend ~2 s
  // compiling it with JIT to save milliseconds: off, for this transaction only.
  await manager.query(`SET LOCAL jit = off`);
  await createBasePopulation(manager, municipalityId, period.asOf);
  const ctx = { from: '$1', asOf: '$2' };
  const flags = definitions.flatMap((d, i) => [`(${d.numerator(ctx)}) AS n${i}`, `(${d.denominator?.(ctx) ?? 'true'}) AS d${i}`]);
  const counts = definitions.flatMap((_d, i) => [`count(*) FILTER (WHERE n${i})::int AS n${i}`, `count(*) FILTER (WHERE d${i})::int AS d${i}`]);
  const rows: Record<string, number | string | null>[] = await manager.query(
    `SELECT organization_id, ${counts.join(', ')}
     FROM (SELECT p.organization_id, ${flags.join(', ')} FROM indicator_population p JOIN staff_member s ON s.id = p.staff_member_id) person
     GROUP BY GROUPING SETS ((organization_id), ())`,
    [period.from, period.asOf],
  );
  await manager.query(`DROP TABLE indicator_population`);
  return rows.flatMap((row) =>
    definitions.map((d, i) => {
      const numerator = Number(row[`n${i}`]);
      const denominator = d.unit === IndicatorUnit.COUNT || d.unit === IndicatorUnit.YES_NO ? null : Number(row[`d${i}`]);
      const organizationId = (row['organization_id'] as string | null) ?? null;
      return {
        code: d.code, level: organizationId ? IndicatorLevel.ORGANIZATION : IndicatorLevel.MUNICIPALITY, organizationId, municipalityId,
        numerator, denominator, value: valueOf(d.unit, numerator, denominator),
      };
    }),
  );
}
