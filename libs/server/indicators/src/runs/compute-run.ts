import { EntityManager } from 'typeorm';
import { MonitoringRunStatus } from '@sopr/shared';
import { indicatorByCode } from '../catalogue/catalogue';
import { computeMunicipalityIndicators } from '../compute/compute-indicators';
import { MonitoringRun } from './monitoring-run.entity';
import { targetStatus } from './target-status';

const placeKey = (code: string, organizationId: string | null) => `${code}|${organizationId ?? ''}`;

/**
 * Computes a run's values and writes them with their targets, statuses and the previous run's
 * values, in the caller's transaction (the caller marks the run done in the same one).
 */
export async function computeRun(manager: EntityManager, run: MonitoringRun, atRiskPoints: number): Promise<void> {
  const values = await computeMunicipalityIndicators(manager, run.municipalityId, { from: run.periodFrom, asOf: run.asOf });
  const targets = await targetsOf(manager, run);
  const previous = await previousOf(manager, run);
  const rows = values.map((v) => {
    const target = targets.get(v.code) ?? null;
    const status = targetStatus(indicatorByCode(v.code)!.direction, v.value, target, atRiskPoints);
    return { ...v, target, status, previous: previous.get(placeKey(v.code, v.organizationId)) ?? null };
  });
  await manager.query(`DELETE FROM monitoring_value WHERE run_id = $1`, [run.id]);
  await manager.query(
    `INSERT INTO monitoring_value (run_id, region_id, municipality_id, indicator_code, level, organization_id, numerator, denominator, value, target, status, previous_value)
     SELECT $1, $2, $3, * FROM unnest($4::varchar[], $5::varchar[], $6::uuid[], $7::int[], $8::int[], $9::numeric[], $10::numeric[], $11::varchar[], $12::numeric[])`,
    [
      run.id, run.regionId, run.municipalityId, rows.map((r) => r.code), rows.map((r) => r.level), rows.map((r) => r.organizationId), rows.map((r) => r.numerator),
      rows.map((r) => r.denominator), rows.map((r) => r.value), rows.map((r) => r.target), rows.map((r) => r.status), rows.map((r) => r.previous),
    ],
  );
}

/** The targets of the run's year: the municipality's own, else its region's. */
async function targetsOf(manager: EntityManager, run: MonitoringRun): Promise<Map<string, number>> {
  const rows: { indicator_code: string; value: string }[] = await manager.query(
    `SELECT DISTINCT ON (indicator_code) indicator_code, value FROM indicator_target
     WHERE year = $1 AND (municipality_id = $2 OR (municipality_id IS NULL AND region_id = $3))
     ORDER BY indicator_code, municipality_id NULLS LAST`,
    [Number(run.asOf.slice(0, 4)), run.municipalityId, run.regionId],
  );
  return new Map(rows.map((r) => [r.indicator_code, Number(r.value)]));
}

/** The values of the municipality's previous done run, by indicator and place. */
async function previousOf(manager: EntityManager, run: MonitoringRun): Promise<Map<string, number>> {
  const rows: { indicator_code: string; organization_id: string | null; value: string | null }[] = await manager.query(
    `SELECT v.indicator_code, v.organization_id, v.value FROM monitoring_value v
     WHERE v.run_id = (SELECT id FROM monitoring_run WHERE municipality_id = $1 AND status = '${MonitoringRunStatus.DONE}' AND id <> $2
                         AND (as_of, created_at) < ($3::date, $4::timestamptz) ORDER BY as_of DESC, created_at DESC LIMIT 1)`,
    [run.municipalityId, run.id, run.asOf, run.createdAt],
  );
  return new Map(rows.filter((r) => r.value !== null).map((r) => [placeKey(r.indicator_code, r.organization_id), Number(r.value)]));
}
