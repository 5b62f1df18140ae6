import { EntityManager } from 'typeorm';
import { PositionCode } from '@sopr/shared';
import { staffDerivedSql } from '@sopr/server-staff';

/** Positions that are management, not pedagogical work: a director who also teaches has a teaching position too. */
export const MANAGEMENT_POSITIONS: readonly PositionCode[] = [PositionCode.DIRECTOR, PositionCode.DEPUTY_DIRECTOR];

/**
 * The base population `P` of a municipality on a date, as the temporary table `indicator_population`:
 * staff active on the date in a pedagogical position, one row per person. A person's jobs are
 * gathered across the region by SNILS; the person is placed at the main job (else the earliest
 * hired), so a person with jobs in two schools or two municipalities is counted once, where the main
 * job is; with `indicator_person_job` (person, job), one row per job. Runs in the caller's
 * transaction; `$1` is the municipality, `$2` the date.
 */
export async function createBasePopulation(manager: EntityManager, municipalityId: string, asOf: string): Promise<void> {
  const active = staffDerivedSql('s', '$2').active;
  const pedagogical = `EXISTS (SELECT 1 FROM staff_position sp WHERE sp.staff_member_id = s.id AND sp.position NOT IN (${MANAGEMENT_POSITIONS.map((p) => `'${p}'`).join(', ')}))`;
  await manager.query(`DROP TABLE IF EXISTS indicator_population, indicator_person_job`);
  await manager.query(
    `CREATE TEMP TABLE indicator_population ON COMMIT DROP AS
     WITH jobs AS (
       SELECT s.id, s.snils, s.employment, s.hired_on
       FROM staff_member s
       WHERE s.snils IN (SELECT snils FROM staff_member WHERE municipality_id = $1)
         AND s.region_id = (SELECT region_id FROM municipality WHERE id = $1)
         AND ${active} AND ${pedagogical}
     ), person AS (
       SELECT (array_agg(id ORDER BY employment = 'MAIN' DESC, hired_on, id))[1] AS staff_member_id, array_agg(id) AS job_ids
       FROM jobs GROUP BY snils
     )
     SELECT p.staff_member_id, s.organization_id, s.municipality_id, s.region_id, p.job_ids
     FROM person p JOIN staff_member s ON s.id = p.staff_member_id WHERE s.municipality_id = $1`,
    [municipalityId, asOf],
  );
  // Each person's jobs as rows (with the job's organization), with statistics: joined to a record
  // table, the planner sees a few thousand jobs, not an unnest of unknown size. One round trip.
  await manager.query(
    `ANALYZE indicator_population;
     CREATE TEMP TABLE indicator_person_job ON COMMIT DROP AS
       SELECT p.staff_member_id AS person, j.id AS job, j.organization_id FROM indicator_population p JOIN staff_member j ON j.id = ANY(p.job_ids);
     ANALYZE indicator_person_job`,
  );
}
