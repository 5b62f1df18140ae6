import { EntityManager } from 'typeorm';

/**
 * Rebuilds the deficit episodes of the given staff from all their scores, set-based. For each staff
 * member × competence code, results are taken in order (date, then entry): a run of scores under
 * the procedure's threshold is one episode, opened by its first result and closed by the first
 * later result at or above the threshold. Episodes keep their identity (staff, code, opening
 * result), so a route item's link survives a rebuild; episodes no longer supported are removed.
 */
export async function recomputeDeficits(manager: EntityManager, staffIds: string[]): Promise<void> {
  if (staffIds.length === 0) return;
  if (!manager.queryRunner?.isTransactionActive) throw new Error('recomputeDeficits needs a transaction');
  await manager.query(`DROP TABLE IF EXISTS deficit_next`);
  await manager.query(
    `CREATE TEMP TABLE deficit_next ON COMMIT DROP AS
     WITH scored AS (
       SELECT r.staff_member_id, c.code AS competence_code, sc.competence_id, r.id AS result_id, r.taken_on, p.kind,
              sc.score < p.threshold AS below,
              row_number() OVER (PARTITION BY r.staff_member_id, c.code ORDER BY r.taken_on, r.created_at, r.id) AS rn
       FROM diagnostic_result r
       JOIN diagnostic_procedure p ON p.id = r.procedure_id
       JOIN diagnostic_score sc ON sc.result_id = r.id
       JOIN competence c ON c.id = sc.competence_id
       WHERE r.staff_member_id = ANY($1::uuid[])
     ), grouped AS (
       -- Rows of one run under the threshold share the count of cleared rows before them.
       SELECT scored.*, count(*) FILTER (WHERE NOT below) OVER (PARTITION BY staff_member_id, competence_code ORDER BY rn) AS grp
       FROM scored
     ), episodes AS (
       SELECT staff_member_id, competence_code, grp,
              (array_agg(result_id ORDER BY rn))[1] AS opened_by, min(taken_on) AS opened_on,
              (array_agg(competence_id ORDER BY rn))[1] AS competence_id, (array_agg(kind ORDER BY rn))[1] AS procedure_kind
       FROM grouped WHERE below
       GROUP BY staff_member_id, competence_code, grp
     )
     SELECT e.staff_member_id, e.competence_code, e.competence_id, e.opened_by, e.opened_on, e.procedure_kind,
            c.result_id AS closed_by, c.taken_on AS closed_on
     FROM episodes e
     LEFT JOIN grouped c ON c.staff_member_id = e.staff_member_id AND c.competence_code = e.competence_code AND NOT c.below AND c.grp = e.grp + 1`,
    [staffIds],
  );
  await manager.query(
    `DELETE FROM deficit d
     WHERE d.staff_member_id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM deficit_next n
                       WHERE n.staff_member_id = d.staff_member_id AND n.competence_code = d.competence_code AND n.opened_by = d.opened_by_result_id)`,
    [staffIds],
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
  // New episodes, in the order of their opening result (index-friendly for the result foreign keys).
  await manager.query(
    `INSERT INTO deficit (staff_member_id, region_id, municipality_id, organization_id, competence_code, competence_id, opened_by_result_id,
                          opened_on, procedure_kind, status, closed_by_result_id, closed_on)
     SELECT n.staff_member_id, s.region_id, s.municipality_id, s.organization_id, n.competence_code, n.competence_id, n.opened_by,
            n.opened_on, n.procedure_kind, CASE WHEN n.closed_by IS NULL THEN 'OPEN' ELSE 'CLOSED' END, n.closed_by, n.closed_on
     FROM deficit_next n JOIN staff_member s ON s.id = n.staff_member_id
     WHERE NOT EXISTS (SELECT 1 FROM deficit d WHERE d.staff_member_id = n.staff_member_id AND d.competence_code = n.competence_code AND d.opened_by_result_id = n.opened_by)
     ORDER BY n.opened_by`,
  );
  await manager.query(`DROP TABLE deficit_next`);
}
