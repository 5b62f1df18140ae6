import { EntityManager } from 'typeorm';
import { IndicatorLevel, MonitoringRunStatus } from '@sopr/shared';
import { indicatorByCode } from '../catalogue/catalogue';
import { splitsNumerator } from '../catalogue/breakdowns';
import { IndicatorValue, computeMunicipalityIndicators, valueOf } from '../compute/compute-indicators';
import { MonitoringRun } from './monitoring-run.entity';
import { targetStatus } from './target-status';

type Place = Pick<IndicatorValue, 'code' | 'organizationId' | 'breakdown' | 'breakdownKey'>;
const placeKey = (v: Place) => [v.code, v.organizationId ?? '', v.breakdown ?? '', v.breakdownKey ?? ''].join('|');

/**
 * Computes a run's values and writes them with their targets, statuses and the previous run's
 * values, in the caller's transaction (the caller marks the run done in the same one). A
 * municipality's run counts its primary data; a region's sums its municipalities' runs.
 */
export async function computeRun(manager: EntityManager, run: MonitoringRun, atRiskPoints: number): Promise<void> {
  const values = run.municipalityId
    ? await computeMunicipalityIndicators(manager, run.municipalityId, { from: run.periodFrom, asOf: run.asOf })
    : await rollUpMunicipalities(manager, run);
  const targets = await targetsOf(manager, run);
  const previous = await previousOf(manager, run);
  // Column arrays for one INSERT: indicator codes and organizations go as indexes into short
  // lists, and what is the same for every value (run, region, municipality) once — the statement
  // crosses the socket with every run.
  const codes: string[] = [];
  const organizations: string[] = [];
  const indexIn = (list: string[], item: string) => { const i = list.indexOf(item); return (i < 0 ? list.push(item) : i + 1); };
  const columns = { code: [] as number[], organization: [] as (number | null)[], breakdown: [] as (string | null)[], key: [] as (string | null)[],
    name: [] as (string | null)[], numerator: [] as number[], denominator: [] as (number | null)[], value: [] as (number | null)[],
    target: [] as (number | null)[], status: [] as (string | null)[], previous: [] as (number | null)[] };
  for (const v of values) {
    const definition = indicatorByCode(v.code)!;
    // A numerator's breakdown (which kind of diagnostics, which category) is a part, not a place: no target.
    const measured = v.breakdown === null || definition.breakdowns?.some((b) => b.kind === v.breakdown && !splitsNumerator(b));
    const target = measured ? targets.get(v.code) ?? null : null;
    columns.code.push(indexIn(codes, v.code));
    columns.organization.push(v.organizationId ? indexIn(organizations, v.organizationId) : null);
    columns.breakdown.push(v.breakdown);
    columns.key.push(v.breakdownKey);
    columns.name.push(v.breakdownName);
    columns.numerator.push(v.numerator);
    columns.denominator.push(v.denominator);
    columns.value.push(v.value);
    columns.target.push(target);
    columns.status.push(targetStatus(definition.direction, v.value, target, atRiskPoints));
    columns.previous.push(previous.get(placeKey(v)) ?? null);
  }
  // A run's values are written once, in the transaction that marks it done: a run being computed has none.
  await manager.query(
    `INSERT INTO monitoring_value (run_id, region_id, municipality_id, indicator_code, level, organization_id, breakdown, breakdown_key, breakdown_name,
                                   numerator, denominator, value, target, status, previous_value)
     SELECT $1, $2, $3, ($4::varchar[])[c], CASE WHEN o IS NOT NULL THEN '${IndicatorLevel.ORGANIZATION}' ELSE $5 END, ($6::uuid[])[o], b, k, n, num, den, val, tgt, st, prv
     FROM unnest($7::int[], $8::int[], $9::varchar[], $10::varchar[], $11::varchar[], $12::int[], $13::int[], $14::numeric[], $15::numeric[], $16::varchar[], $17::numeric[])
          AS v(c, o, b, k, n, num, den, val, tgt, st, prv)`,
    [
      run.id, run.regionId, run.municipalityId, codes, run.municipalityId ? IndicatorLevel.MUNICIPALITY : IndicatorLevel.REGION, organizations,
      columns.code, columns.organization, columns.breakdown, columns.key, columns.name, columns.numerator, columns.denominator, columns.value,
      columns.target, columns.status, columns.previous,
    ],
  );
}

/**
 * A region's values: the sums of its municipalities' numerators and denominators, as a whole and
 * per breakdown key. Each person is in exactly one municipality's population (at the main job), so
 * the sums count everybody once.
 */
async function rollUpMunicipalities(manager: EntityManager, run: MonitoringRun): Promise<IndicatorValue[]> {
  const rows: { indicator_code: string; breakdown: IndicatorValue['breakdown']; breakdown_key: string | null; breakdown_name: string | null; numerator: number; denominator: number | null }[] =
    await manager.query(
      `SELECT v.indicator_code, v.breakdown, v.breakdown_key, max(v.breakdown_name) AS breakdown_name, sum(v.numerator)::int AS numerator, sum(v.denominator)::int AS denominator
       FROM monitoring_value v JOIN monitoring_run c ON c.id = v.run_id
       WHERE c.parent_run_id = $1 AND v.level = '${IndicatorLevel.MUNICIPALITY}'
       GROUP BY v.indicator_code, v.breakdown, v.breakdown_key`,
      [run.id],
    );
  // A numerator's breakdown counts over the whole population: its denominator is the total's (a
  // municipality without anybody of that key has no row to add its denominator).
  const totals = new Map(rows.filter((r) => r.breakdown === null).map((r) => [r.indicator_code, r.denominator]));
  return rows.flatMap((r) => {
    const definition = indicatorByCode(r.indicator_code);
    if (!definition) return []; // an indicator retired from the catalogue since
    const splitsTheNumerator = r.breakdown !== null && definition.breakdowns?.some((b) => b.kind === r.breakdown && splitsNumerator(b));
    const denominator = splitsTheNumerator ? totals.get(r.indicator_code) ?? null : r.denominator;
    return [{
      code: r.indicator_code, level: IndicatorLevel.REGION, municipalityId: null, organizationId: null,
      breakdown: r.breakdown, breakdownKey: r.breakdown_key, breakdownName: r.breakdown_name,
      numerator: r.numerator, denominator, value: valueOf(definition.unit, r.numerator, denominator),
    }];
  });
}

/** The targets of the run's year: the municipality's own, else its region's (a region run: the region's). */
async function targetsOf(manager: EntityManager, run: MonitoringRun): Promise<Map<string, number>> {
  const rows: { indicator_code: string; value: string }[] = await manager.query(
    `SELECT DISTINCT ON (indicator_code) indicator_code, value FROM indicator_target
     WHERE year = $1 AND (municipality_id = $2 OR (municipality_id IS NULL AND region_id = $3))
     ORDER BY indicator_code, municipality_id NULLS LAST`,
    [Number(run.asOf.slice(0, 4)), run.municipalityId, run.regionId],
  );
  return new Map(rows.map((r) => [r.indicator_code, Number(r.value)]));
}

/** The values of the same place's previous done run (the municipality's, or the region's), by indicator, place and breakdown key. */
async function previousOf(manager: EntityManager, run: MonitoringRun): Promise<Map<string, number>> {
  const rows: { indicator_code: string; organization_id: string | null; breakdown: IndicatorValue['breakdown']; breakdown_key: string | null; value: string | null }[] =
    await manager.query(
      `SELECT v.indicator_code, v.organization_id, v.breakdown, v.breakdown_key, v.value FROM monitoring_value v
       WHERE v.run_id = (SELECT id FROM monitoring_run WHERE region_id = $1 AND municipality_id IS NOT DISTINCT FROM $2 AND status = '${MonitoringRunStatus.DONE}'
                           AND id <> $3
                           AND (as_of, created_at) < (SELECT as_of, created_at FROM monitoring_run WHERE id = $3) ORDER BY as_of DESC, created_at DESC LIMIT 1)`,
      // The run's own row is compared in SQL: its created_at has microseconds, the entity's Date only milliseconds.
      [run.regionId, run.municipalityId, run.id],
    );
  return new Map(rows.filter((r) => r.value !== null).map((r) => [
    placeKey({ code: r.indicator_code, organizationId: r.organization_id, breakdown: r.breakdown, breakdownKey: r.breakdown_key }), Number(r.value),
  ]));
}
