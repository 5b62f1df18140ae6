import { EntityManager } from 'typeorm';
import { Actor, AuditAction, auditActorColumns } from '@sopr/server-core';
import { ResultSource } from '@sopr/shared';
import { recomputeDeficits } from '../deficits/recompute-deficits';

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

const CHUNK = 20_000;

/**
 * Writes results of one procedure set-based, whatever their source (the form, a portal batch, a
 * file): staged into a temporary table, compared with what is stored (a result with the same date
 * and scores is unchanged, so a repeated upload changes nothing), written, audited, and the
 * deficits of the staff whose results changed rebuilt. Runs inside the caller's transaction.
 */
export class ResultStage {
  private constructor(private readonly manager: EntityManager) {}

  static async within<T>(manager: EntityManager, work: (stage: ResultStage) => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('ResultStage needs a transaction');
    await manager.query(`DROP TABLE IF EXISTS result_stage`);
    await manager.query(
      `CREATE TEMP TABLE result_stage (line int NOT NULL, staff_member_id uuid NOT NULL, taken_on date NOT NULL,
         competence_id uuid NOT NULL, score numeric(8,2) NOT NULL) ON COMMIT DROP`,
    );
    try {
      return await work(new ResultStage(manager));
    } finally {
      await manager.query(`DROP TABLE IF EXISTS result_stage`);
      await manager.query(`DROP TABLE IF EXISTS result_next`);
    }
  }

  async add(results: StagedResult[]): Promise<void> {
    const columns: [number[], string[], string[], string[], number[]] = [[], [], [], [], []];
    const flush = async () => {
      if (columns[0].length === 0) return;
      await this.manager.query(
        `INSERT INTO result_stage SELECT * FROM unnest($1::int[], $2::uuid[], $3::date[], $4::uuid[], $5::numeric[])`,
        columns,
      );
      columns.forEach((c) => (c.length = 0));
    };
    for (const r of results) {
      for (const [competenceId, score] of r.scores) {
        columns[0].push(r.line);
        columns[1].push(r.staffMemberId);
        columns[2].push(r.takenOn);
        columns[3].push(competenceId);
        columns[4].push(score);
      }
      if (columns[0].length >= CHUNK) await flush();
    }
    await flush();
  }

  /**
   * Stages rows given by a SELECT of (line, staff_member_id, taken_on, competence_id, score), e.g.
   * from a staged file, without bringing them into the process.
   */
  async addSelected(select: string, params: unknown[] = []): Promise<void> {
    await this.manager.query(`INSERT INTO result_stage (line, staff_member_id, taken_on, competence_id, score) ${select}`, params);
  }

  /** Writes the staged results of `procedureId`; returns what happened to each. */
  async apply(actor: Actor, procedureId: string, source: ResultSource): Promise<StagedOutcome[]> {
    await this.diff(procedureId);
    return this.write(actor, procedureId, source);
  }

  /** Compares the staged results with those stored for `procedureId`: how many would be created, updated, left as they are. */
  async diff(procedureId: string): Promise<Record<StageStatus, number>> {
    await this.manager.query(`DROP TABLE IF EXISTS result_next`);
    await this.manager.query(
      `CREATE TEMP TABLE result_next ON COMMIT DROP AS
       WITH incoming AS (
         SELECT staff_member_id, min(line) AS line, min(taken_on) AS taken_on, jsonb_object_agg(competence_id, score) AS scores
         FROM result_stage GROUP BY staff_member_id
       ), existing AS (
         SELECT r.id, r.staff_member_id, r.taken_on, jsonb_object_agg(sc.competence_id, sc.score) AS scores
         FROM diagnostic_result r
         JOIN incoming i ON i.staff_member_id = r.staff_member_id
         JOIN diagnostic_score sc ON sc.result_id = r.id
         WHERE r.procedure_id = $1
         GROUP BY r.id
       )
       SELECT i.line, i.staff_member_id, i.taken_on, i.scores, coalesce(e.id, gen_random_uuid()) AS result_id,
              e.taken_on AS old_taken_on, e.scores AS old_scores,
              CASE WHEN e.id IS NULL THEN 'created' WHEN e.taken_on = i.taken_on AND e.scores = i.scores THEN 'unchanged' ELSE 'updated' END AS status
       FROM incoming i LEFT JOIN existing e ON e.staff_member_id = i.staff_member_id`,
      [procedureId],
    );
    const counts: { status: StageStatus; n: number }[] = await this.manager.query(`SELECT status, count(*)::int AS n FROM result_next GROUP BY status`);
    return { created: 0, updated: 0, unchanged: 0, ...Object.fromEntries(counts.map((c) => [c.status, c.n])) };
  }

  /** Writes what `diff` found, audits it and rebuilds the deficits of the staff whose results changed. */
  async write(actor: Actor, procedureId: string, source: ResultSource): Promise<StagedOutcome[]> {
    const q = (sql: string, params?: unknown[]) => this.manager.query(sql, params);
    await q(
      `INSERT INTO diagnostic_result (id, procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source)
       SELECT n.result_id, $1, n.staff_member_id, s.region_id, s.municipality_id, s.organization_id, n.taken_on, $2
       FROM result_next n JOIN staff_member s ON s.id = n.staff_member_id WHERE n.status = 'created' ORDER BY n.result_id`,
      [procedureId, source],
    );
    await q(
      `UPDATE diagnostic_result r SET taken_on = n.taken_on, source = $1, region_id = s.region_id, municipality_id = s.municipality_id,
         organization_id = s.organization_id, updated_at = now()
       FROM result_next n JOIN staff_member s ON s.id = n.staff_member_id
       WHERE r.id = n.result_id AND n.status = 'updated'`,
      [source],
    );
    await q(`DELETE FROM diagnostic_score sc USING result_next n WHERE sc.result_id = n.result_id AND n.status = 'updated'`);
    // In key order: the primary key and the result foreign key are then walked, not probed at random.
    await q(
      `INSERT INTO diagnostic_score (result_id, competence_id, score)
       SELECT n.result_id, t.competence_id, t.score FROM result_stage t JOIN result_next n ON n.staff_member_id = t.staff_member_id
       WHERE n.status <> 'unchanged' ORDER BY n.result_id, t.competence_id`,
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
    const outcomes: StagedOutcome[] = (
      await q(`SELECT line, staff_member_id AS "staffMemberId", result_id AS "resultId", status FROM result_next ORDER BY line`)
    ).map((r: StagedOutcome) => ({ ...r, line: Number(r.line) }));
    await recomputeDeficits(this.manager, outcomes.filter((o) => o.status !== 'unchanged').map((o) => o.staffMemberId));
    return outcomes;
  }
}
