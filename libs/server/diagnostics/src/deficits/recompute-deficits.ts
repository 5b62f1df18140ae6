import { EntityManager } from 'typeorm';
import { resultScoresSql } from '../results/result-scores.sql';

/**
 * Rebuilds the deficit episodes of the given staff from all their scores, set-based. For each staff
 * member × competence code, results are taken in order (date, then entry): a run of scores under
 * the procedure's threshold is one episode, opened by its first result and closed by the first
 * later result at or above the threshold. Episodes keep their identity (staff, code, opening
 * result), so a route item's link survives a rebuild; episodes no longer supported are removed.
 */
export async function recomputeDeficits(manager: EntityManager, staffIds: string[]): Promise<void> {
  if (staffIds.length === 0) return;
  await recomputeDeficitsOf(manager, `SELECT unnest($1::uuid[])`, [staffIds]);
}

/** The same for the staff a SELECT of staff member ids gives (e.g. from a staged import, without bringing them into the process). */
export async function recomputeDeficitsOf(manager: EntityManager, staffSelect: string, params: unknown[] = []): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('recomputeDeficits needs a transaction');
  await manager.query(`DROP TABLE IF EXISTS deficit_staff`);
  // Each staff member with whether he has a single result: analyzed, so the planner knows how many take each way below.
  await manager.query(
    `CREATE TEMP TABLE deficit_staff ON COMMIT DROP AS
     SELECT t.staff_member_id, count(r.id) <= 1 AS single
     FROM (${staffSelect}) AS t(staff_member_id) LEFT JOIN diagnostic_result r ON r.staff_member_id = t.staff_member_id
     GROUP BY t.staff_member_id`,
    params,
  );
  await manager.query(`ANALYZE deficit_staff`);
  await manager.query(`DROP TABLE IF EXISTS deficit_next`);
  // A staff member with a single result has no sequence to follow: each of its scores under the
  // threshold is an open episode. For the others, in each staff member × code sequence, the rows
  // where "under the threshold" changes: a run's first row, and the first cleared row after it,
  // which is then the next such row (one sort).
  const scored = (single: boolean) => `
           SELECT r.staff_member_id, c.code AS competence_code, c.id AS competence_id, r.id AS result_id, r.taken_on, r.created_at, p.kind,
                  sc.score < p.threshold AS below
           FROM deficit_staff t
           JOIN diagnostic_result r ON r.staff_member_id = t.staff_member_id
           JOIN diagnostic_procedure p ON p.id = r.procedure_id
           ${resultScoresSql('r')}
           JOIN competence c ON c.id = sc.competence_id
           WHERE ${single ? '' : 'NOT '}t.single`;
  await manager.query(
    `CREATE TEMP TABLE deficit_next ON COMMIT DROP AS
     SELECT o.staff_member_id, o.competence_code, o.competence_id, o.result_id AS opened_by, o.taken_on AS opened_on, o.kind AS procedure_kind,
            NULL::uuid AS closed_by, NULL::date AS closed_on
     FROM (${scored(true)}) o
     WHERE o.below
     UNION ALL
     SELECT e.staff_member_id, e.competence_code, e.competence_id, e.result_id, e.taken_on, e.kind, e.closed_by, e.closed_on
     FROM (
       SELECT m.*, lead(m.result_id) OVER w AS closed_by, lead(m.taken_on) OVER w AS closed_on
       FROM (
         SELECT scored.*, lag(scored.below) OVER w AS previous_below
         FROM (${scored(false)}) scored
         WINDOW w AS (PARTITION BY scored.staff_member_id, scored.competence_code ORDER BY scored.taken_on, scored.created_at, scored.result_id)
       ) m
       WHERE m.below IS DISTINCT FROM coalesce(m.previous_below, false)
       WINDOW w AS (PARTITION BY m.staff_member_id, m.competence_code ORDER BY m.taken_on, m.created_at, m.result_id)
     ) e
     WHERE e.below`,
  );
  await manager.query(`ANALYZE deficit_next`);
  await manager.query(
    `DELETE FROM deficit d USING deficit_staff t
     WHERE d.staff_member_id = t.staff_member_id
       AND NOT EXISTS (SELECT 1 FROM deficit_next n
                       WHERE n.staff_member_id = d.staff_member_id AND n.competence_code = d.competence_code AND n.opened_by = d.opened_by_result_id)`,
  );
  // Episodes that stay but changed (closed by a later result, moved with their teacher): updated in place, keeping their route link.
  await manager.query(
    `UPDATE deficit d SET region_id = s.region_id, municipality_id = s.municipality_id, organization_id = s.organization_id,
       competence_id = n.competence_id, opened_on = n.opened_on, procedure_kind = n.procedure_kind, closed_by_result_id = n.closed_by, closed_on = n.closed_on,
       status = CASE WHEN n.closed_by IS NOT NULL THEN 'CLOSED' WHEN d.route_item_id IS NOT NULL THEN 'ADDRESSED' ELSE 'OPEN' END,
       updated_at = now()
     FROM deficit_next n JOIN staff_member s ON s.id = n.staff_member_id
     WHERE d.staff_member_id = n.staff_member_id AND d.competence_code = n.competence_code AND d.opened_by_result_id = n.opened_by
       AND (d.region_id, d.municipality_id, d.organization_id, d.competence_id, d.opened_on, d.procedure_kind, d.closed_by_result_id, d.closed_on)
           IS DISTINCT FROM (s.region_id, s.municipality_id, s.organization_id, n.competence_id, n.opened_on, n.procedure_kind, n.closed_by, n.closed_on)`,
  );
  // New episodes in the order of their staff, with time-ordered ids given after that sort: every index of the table is walked in order.
  await manager.query(
    `INSERT INTO deficit (id, staff_member_id, region_id, municipality_id, organization_id, competence_code, competence_id, opened_by_result_id,
                          opened_on, procedure_kind, status, closed_by_result_id, closed_on)
     SELECT uuid_v7(), n.staff_member_id, s.region_id, s.municipality_id, s.organization_id, n.competence_code, n.competence_id, n.opened_by,
            n.opened_on, n.procedure_kind, CASE WHEN n.closed_by IS NULL THEN 'OPEN' ELSE 'CLOSED' END, n.closed_by, n.closed_on
     FROM deficit_next n JOIN staff_member s ON s.id = n.staff_member_id
     WHERE NOT EXISTS (SELECT 1 FROM deficit d WHERE d.staff_member_id = n.staff_member_id AND d.competence_code = n.competence_code AND d.opened_by_result_id = n.opened_by)
     ORDER BY n.staff_member_id, n.competence_code, n.opened_by`,
  );
  await manager.query(`DROP TABLE deficit_next`);
  await manager.query(`DROP TABLE deficit_staff`);
}
