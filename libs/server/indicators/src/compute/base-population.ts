import { EntityManager } from 'typeorm';
import { PositionCode } from '@sopr/shared';
import { staffDerivedSql } from '@sopr/server-staff';

/** Positions that are management, not pedagogical work: a director who also teaches has a teaching position too. */
export const MANAGEMENT_POSITIONS: readonly PositionCode[] = [PositionCode.DIRECTOR, PositionCode.DEPUTY_DIRECTOR];
/** The same as SQL literals, for `IN (…)` and `ARRAY[…]`. */
export const MANAGEMENT_POSITIONS_SQL = MANAGEMENT_POSITIONS.map((p) => `'${p}'`).join(', ');

/** SQL boolean: a job whose positions (`positions`, text[]) include a pedagogical one. */
const pedagogical = (positions: string) => `NOT (${positions} <@ ARRAY[${MANAGEMENT_POSITIONS_SQL}]::text[])`;

/** FROM the base population: `p` a person's row, `s` the whole `staff_member` row of his chosen job (read once, no lookup). */
export const POPULATION_FROM = 'indicator_population p JOIN indicator_person_job s ON s.id = p.staff_member_id';

/**
 * The base population `P` of a municipality on a date: staff active on the date in a pedagogical
 * position, one person each. A person's jobs are gathered across the region by SNILS; the person
 * is placed at the main job (else the earliest hired), so a person with jobs in two schools or two
 * municipalities is counted once, where the main job is. Two temporary tables, emptied when the
 * caller's transaction ends (`$1` the municipality, `$2` the date):
 *
 * - `indicator_person_job`: every job of those people, its whole `staff_member` row (each read
 *   once) with `positions` (text[], all of the job's), `person` (the chosen job's id);
 * - `indicator_population` (staff_member_id = the chosen job, its organization_id,
 *   municipality_id, region_id, and job_ids): one row per person.
 *
 * `joinsAsWritten`: for the rest of the transaction the planner keeps explicit JOINs in the order
 * written instead of searching all orders: for the computation's one statement, whose fifteen-odd
 * joins are written in the order they are best run (population, jobs, each source's records from
 * the jobs outward), the search cost ~3 ms of planning per run and found that same order.
 */
export async function createBasePopulation(manager: EntityManager, municipalityId: string, asOf: string, { joinsAsWritten = false } = {}): Promise<void> {
  const active = staffDerivedSql('s', '$2').active;
  // The statements over the population have many subplans, which makes their estimated cost look
  // huge, and PostgreSQL would spend seconds compiling them with JIT to save milliseconds: off, for
  // this transaction only. A municipality's people are few against the tables' rows: their records
  // are best read through the indexes, which PostgreSQL's default cost of a random read (4, for
  // spinning disks) hides when the tables are small enough to scan; the pages are cached or on SSD.
  // The two tables live as long as the connection and are emptied at every commit: creating and
  // dropping a 30-column table per run cost ~5 ms of catalogue work. Emptied here too, for a
  // second population in one transaction.
  await manager.query(
    `SET LOCAL jit = off; SET LOCAL random_page_cost = 1.1; SET LOCAL client_min_messages = warning;
     CREATE TEMP TABLE IF NOT EXISTS indicator_person_job (LIKE staff_member, positions text[], person uuid, placed_in uuid) ON COMMIT DELETE ROWS;
     CREATE TEMP TABLE IF NOT EXISTS indicator_population (staff_member_id uuid, organization_id uuid, municipality_id uuid, region_id uuid, job_ids uuid[]) ON COMMIT DELETE ROWS;
     DELETE FROM indicator_population; DELETE FROM indicator_person_job`,
  );
  await manager.query(
    `INSERT INTO indicator_person_job
     WITH jobs AS MATERIALIZED (
       SELECT s.*, ARRAY(SELECT sp.position::text FROM staff_position sp WHERE sp.staff_member_id = s.id) AS positions
       FROM staff_member s
       WHERE s.snils IN (SELECT snils FROM staff_member WHERE municipality_id = $1)
         AND s.region_id = (SELECT region_id FROM municipality WHERE id = $1)
         AND ${active}
     ), placed AS (
       SELECT jobs.*, first_value(jobs.id) OVER chosen AS person, first_value(jobs.municipality_id) OVER chosen AS placed_in
       FROM jobs WHERE ${pedagogical('jobs.positions')}
       WINDOW chosen AS (PARTITION BY jobs.snils ORDER BY jobs.employment = 'MAIN' DESC, jobs.hired_on, jobs.id)
     )
     SELECT * FROM placed WHERE placed_in = $1`,
    [municipalityId, asOf],
  );
  // With statistics of the columns joins use: joined to a record table, the planner sees a few
  // thousand jobs, not a guess. One round trip.
  await manager.query(
    `ANALYZE indicator_person_job (id, person, organization_id);
     INSERT INTO indicator_population
       SELECT j.id, j.organization_id, j.municipality_id, j.region_id, all_jobs.job_ids
       FROM indicator_person_job j JOIN (SELECT person, array_agg(id) AS job_ids FROM indicator_person_job GROUP BY person) all_jobs ON all_jobs.person = j.id;
     ANALYZE indicator_population (staff_member_id)${joinsAsWritten ? '; SET LOCAL join_collapse_limit = 1' : ''}`,
  );
}
