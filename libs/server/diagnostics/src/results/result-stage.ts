import { EntityManager } from 'typeorm';
import { Actor, AuditAction, auditActorColumns } from '@sopr/server-core';
import { ResultSource } from '@sopr/shared';
import { recomputeDeficitsOf } from '../deficits/recompute-deficits';

/** A checked result about to be written: its place in the input, whose it is, and its scores. */
export interface StagedResult {
  line: number;
  staffMemberId: string;
  takenOn: string;
  /** Competence id → score. */
  scores: Map<string, number>;
}

export type StageStatus = 'created' | 'updated' | 'unchanged';

export interface StagedOutcome {
  line: number;
  staffMemberId: string;
  resultId: string;
  status: StageStatus;
}

/** Where the staged results are read from: the stage's own table, or a SELECT over rows already in the database. */
interface StageSource {
  sql: string;
  params: unknown[];
}

const STAGE_TABLE: StageSource = { sql: 'result_stage', params: [] };

/** What writing a staged result `i` would do beside the stored one `e`: a result with the same date and scores is unchanged. */
const STATUS = `CASE WHEN e.id IS NULL THEN 'created' WHEN e.taken_on = i.taken_on AND e.scores = i.scores THEN 'unchanged' ELSE 'updated' END`;

/**
 * Writes results of one procedure set-based, whatever their source (the form, a portal batch, a
 * file): staged one row per staff member with the result's scores as jsonb (competence id →
 * score), compared with what is stored (a result with the same date and scores is unchanged, so a
 * repeated upload changes nothing), written, audited, and the deficits of the staff whose results
 * changed rebuilt. Runs inside the caller's transaction. Callers stage at most one result per
 * staff member.
 */
export class ResultStage {
  private source: StageSource = STAGE_TABLE;

  private constructor(private readonly manager: EntityManager) {}

  static async within<T>(manager: EntityManager, work: (stage: ResultStage) => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('ResultStage needs a transaction');
    await manager.query(`DROP TABLE IF EXISTS result_stage`);
    await manager.query(`CREATE TEMP TABLE result_stage (line int NOT NULL, staff_member_id uuid NOT NULL, taken_on date NOT NULL, scores jsonb NOT NULL) ON COMMIT DROP`);
    try {
      return await work(new ResultStage(manager));
    } finally {
      await manager.query(`DROP TABLE IF EXISTS result_stage`);
      await manager.query(`DROP TABLE IF EXISTS result_next`);
    }
  }

  /** Stages results given in the process (the form, a portal batch); scores are kept to two decimals as the scale allows. */
  async add(results: StagedResult[]): Promise<void> {
    if (results.length === 0) return;
    await this.manager.query(
      `INSERT INTO result_stage
       SELECT line, staff_member_id, taken_on, (SELECT jsonb_object_agg(s.key, round(s.value::numeric, 2)) FROM jsonb_each(scores) s)
       FROM unnest($1::int[], $2::uuid[], $3::date[], $4::jsonb[]) AS r(line, staff_member_id, taken_on, scores)`,
      [results.map((r) => r.line), results.map((r) => r.staffMemberId), results.map((r) => r.takenOn), results.map((r) => JSON.stringify(Object.fromEntries(r.scores)))],
    );
    await this.manager.query(`ANALYZE result_stage`);
  }

  /**
   * Stages the rows of a SELECT of (line, staff_member_id, taken_on, scores) over rows already in
   * the database (e.g. a staged file), read where they are instead of copied; scores as jsonb with
   * at most two decimals. Replaces what `add` staged.
   */
  select(sql: string, params: unknown[] = []): void {
    this.source = { sql: `(${sql})`, params };
  }

  /** Writes the staged results of `procedureId`; returns what happened to each. */
  async apply(actor: Actor, procedureId: string, source: ResultSource): Promise<StagedOutcome[]> {
    await this.diff(procedureId);
    await this.write(actor, procedureId, source);
    const outcomes: StagedOutcome[] = await this.manager.query(
      `SELECT line, staff_member_id AS "staffMemberId", result_id AS "resultId", status FROM result_next ORDER BY line`,
    );
    return outcomes.map((r) => ({ ...r, line: Number(r.line) }));
  }

  /** Compares the staged results with those stored for `procedureId` and keeps the comparison for `write`: how many would be created, updated, left as they are. */
  async diff(procedureId: string): Promise<Record<StageStatus, number>> {
    const { sql, params } = this.comparison(
      procedureId,
      `i.line, i.staff_member_id, i.taken_on, i.scores, coalesce(e.id, uuid_v7()) AS result_id, e.taken_on AS old_taken_on, e.scores AS old_scores, ${STATUS} AS status`,
    );
    await this.manager.query(`DROP TABLE IF EXISTS result_next`);
    // New results get time-ordered ids in the order of their staff (computed after the sort), so
    // writing them in id order also walks the staff indexes in order.
    await this.manager.query(`CREATE TEMP TABLE result_next ON COMMIT DROP AS ${sql} ORDER BY staff_member_id`, params);
    return this.counted(`SELECT status, count(*)::int AS n FROM result_next GROUP BY status`, []);
  }

  /**
   * The same counts as `diff`, for a dry run: nothing kept, and no new ids or scores built (a new
   * result's scores are compared with nothing).
   */
  async count(procedureId: string): Promise<Record<StageStatus, number>> {
    const { sql, params } = this.comparison(procedureId, `${STATUS} AS status`);
    return this.counted(`SELECT status, count(*)::int AS n FROM (${sql}) c GROUP BY status`, params);
  }

  /** Each staged result beside the stored one of the same staff member in `procedureId`, with the given columns. */
  private comparison(procedureId: string, columns: string): StageSource {
    const params = [...this.source.params, procedureId];
    return {
      sql: `SELECT ${columns} FROM ${this.source.sql} i LEFT JOIN diagnostic_result e ON e.staff_member_id = i.staff_member_id AND e.procedure_id = $${params.length}`,
      params,
    };
  }

  private async counted(sql: string, params: unknown[]): Promise<Record<StageStatus, number>> {
    const counts: { status: StageStatus; n: number }[] = await this.manager.query(sql, params);
    return { created: 0, updated: 0, unchanged: 0, ...Object.fromEntries(counts.map((c) => [c.status, c.n])) };
  }

  /** Writes what `diff` found, audits it and rebuilds the deficits of the staff whose results changed. */
  async write(actor: Actor, procedureId: string, source: ResultSource): Promise<void> {
    const q = (sql: string, params?: unknown[]) => this.manager.query(sql, params);
    await q(
      `INSERT INTO diagnostic_result (id, procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
       SELECT n.result_id, $1, n.staff_member_id, s.region_id, s.municipality_id, s.organization_id, n.taken_on, $2, n.scores
       FROM result_next n JOIN staff_member s ON s.id = n.staff_member_id WHERE n.status = 'created' ORDER BY n.result_id`,
      [procedureId, source],
    );
    await q(
      `UPDATE diagnostic_result r SET taken_on = n.taken_on, scores = n.scores, source = $1, region_id = s.region_id, municipality_id = s.municipality_id,
         organization_id = s.organization_id, updated_at = now()
       FROM result_next n JOIN staff_member s ON s.id = n.staff_member_id
       WHERE r.id = n.result_id AND n.status = 'updated'`,
      [source],
    );
    const who = auditActorColumns(actor);
    await q(
      `INSERT INTO audit_log (actor_kind, actor_id, actor_role, ip, action, entity, entity_id, changes, region_id, municipality_id, organization_id)
       SELECT $1, $2, $3, $4, CASE WHEN n.status = 'created' THEN '${AuditAction.CREATE}' ELSE '${AuditAction.UPDATE}' END, 'diagnosticResult', n.result_id::text,
         -- A created result's entry names its source (its values are the result's own); a replaced one's also says what changed.
         jsonb_build_object('source', jsonb_build_object('from', NULL, 'to', $5::text))
           || CASE WHEN n.status <> 'created' AND n.old_taken_on IS DISTINCT FROM n.taken_on THEN jsonb_build_object('takenOn', jsonb_build_object('from', n.old_taken_on, 'to', n.taken_on)) ELSE '{}'::jsonb END
           || CASE WHEN n.status <> 'created' AND n.old_scores IS DISTINCT FROM n.scores THEN jsonb_build_object('scores', jsonb_build_object('from', n.old_scores, 'to', n.scores)) ELSE '{}'::jsonb END,
         s.region_id, s.municipality_id, s.organization_id
       FROM result_next n JOIN staff_member s ON s.id = n.staff_member_id WHERE n.status <> 'unchanged'`,
      [who.actorKind, who.actorId, who.actorRole, who.ip, source],
    );
    await recomputeDeficitsOf(this.manager, `SELECT staff_member_id FROM result_next WHERE status <> 'unchanged'`);
  }
}
