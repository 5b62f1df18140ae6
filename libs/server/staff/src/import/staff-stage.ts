import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { Actor, AuditAction, auditActorColumns, copyChunks, copyInto, withTransaction } from '@sopr/server-core';
import { Organization } from '@sopr/server-org-structure';
import { maskSnilsSql } from '../snils';
import { StaffRowInput } from './staff-import.columns';

/** A validated row about to be merged: its number in the file (or index in a batch) and where it goes. */
export interface StagedRow {
  line: number;
  input: StaffRowInput;
  organization: Organization;
  subjectIds: string[];
}

/** A row the merge refuses: it collides with other rows or with the registry. */
export interface StageConflict {
  line: number;
  field: keyof StaffRowInput | null;
  message: string;
}

export interface StageCounts {
  toCreate: number;
  toUpdate: number;
  unchanged: number;
}

export interface StageResult {
  line: number;
  staffId: string;
  status: 'created' | 'updated' | 'unchanged';
}

/** Staff fields a row sets, with their column and SQL type; the order is the COPY order. */
const FIELDS: { key: keyof StaffRowInput; column: string; type: string }[] = [
  { key: 'externalId', column: 'external_id', type: 'varchar(64)' },
  { key: 'snils', column: 'snils', type: 'char(11)' },
  { key: 'lastName', column: 'last_name', type: 'varchar(80)' },
  { key: 'firstName', column: 'first_name', type: 'varchar(80)' },
  { key: 'middleName', column: 'middle_name', type: 'varchar(80)' },
  { key: 'gender', column: 'gender', type: 'varchar(8)' },
  { key: 'birthDate', column: 'birth_date', type: 'date' },
  { key: 'email', column: 'email', type: 'varchar(254)' },
  { key: 'phone', column: 'phone', type: 'varchar(32)' },
  { key: 'educationLevel', column: 'education_level', type: 'varchar(24)' },
  { key: 'educationSpecialty', column: 'education_specialty', type: 'varchar(200)' },
  { key: 'teachingSince', column: 'teaching_since', type: 'date' },
  { key: 'category', column: 'category', type: 'varchar(16)' },
  { key: 'categoryAssignedOn', column: 'category_assigned_on', type: 'date' },
  { key: 'employment', column: 'employment', type: 'varchar(16)' },
  { key: 'hiredOn', column: 'hired_on', type: 'date' },
  { key: 'dismissedOn', column: 'dismissed_on', type: 'date' },
  { key: 'isTutor', column: 'is_tutor', type: 'boolean' },
  { key: 'isSupervisor', column: 'is_supervisor', type: 'boolean' },
  { key: 'isExpert', column: 'is_expert', type: 'boolean' },
];

/** Fields compared one to one with the stored record (SNILS and the external id have rules of their own). */
const PLAIN_FIELDS = FIELDS.filter((f) => f.key !== 'snils' && f.key !== 'externalId');

/** A row starts as new, under a fresh id; matching replaces the id with the existing record's. */
const COPY_COLUMNS = ['line', 'staff_id', 'is_new', 'organization_id', 'region_id', 'municipality_id', ...FIELDS.map((f) => f.column), 'positions', 'weekly_hours', 'subject_ids'];

/** A staged row's values in the COPY column order. */
export function stagedValues(row: StagedRow): unknown[] {
  const { input, organization } = row;
  return [row.line, randomUUID(), true, organization.id, organization.regionId, organization.municipalityId, ...FIELDS.map((f) => input[f.key]), [...new Set(input.positions)], input.weeklyHours, [...new Set(row.subjectIds)]];
}

const changeOf = (key: string, from: string, to: string) => `jsonb_build_object('${key}', jsonb_build_object('from', ${from}, 'to', ${to}))`;

/**
 * The set-based staff merge: rows are COPYed into a temporary table, matched to the registry (by
 * external id within the region, else by SNILS + organization + employment among current staff),
 * diffed and applied with a handful of statements, whatever the number of rows. Shared by the file
 * import and the portal batch upsert. Lives in the caller's transaction; the table is dropped at
 * its end.
 */
export class StaffStage {
  private constructor(private readonly runner: QueryRunner) {}

  /** Runs `work` on a fresh stage in its own transaction; commits only when `work` says so. */
  static within<T>(dataSource: DataSource, work: (stage: StaffStage) => Promise<{ result: T; commit: boolean }>): Promise<T> {
    return withTransaction(dataSource, async (runner) => {
      const stage = new StaffStage(runner);
      await stage.create();
      return work(stage);
    });
  }

  private async create(): Promise<void> {
    await this.runner.query(`
      CREATE TEMP TABLE staff_stage (
        line integer PRIMARY KEY,
        organization_id uuid NOT NULL, region_id uuid NOT NULL, municipality_id uuid NOT NULL,
        ${FIELDS.map((f) => `${f.column} ${f.type}`).join(', ')},
        positions varchar(40)[] NOT NULL, weekly_hours numeric(5,2), subject_ids uuid[] NOT NULL,
        staff_id uuid NOT NULL, is_new boolean NOT NULL, matched_organization_id uuid, changes jsonb NOT NULL DEFAULT '{}'
      ) ON COMMIT DROP`);
  }

  /**
   * Streams rows into the stage with COPY; returns how many were written. `keep` receives the
   * COPY text as it is sent, so a checked file can be staged again later without parsing it.
   */
  async load(rows: AsyncIterable<StagedRow> | Iterable<StagedRow>, keep?: (chunk: string) => void): Promise<number> {
    let count = 0;
    const values = async function* () {
      for await (const row of rows) yield stagedValues(row);
    };
    await this.copy(Readable.from(copyChunks(values(), keep, (n) => (count = n))));
    return count;
  }

  /** Stages rows kept by an earlier `load` (their COPY text); returns how many there are. */
  async reload(copyText: Readable): Promise<number> {
    await this.copy(copyText);
    const [{ n }] = await this.runner.query('SELECT count(*)::int AS n FROM staff_stage');
    return n;
  }

  /** Organizations the staged rows go to. */
  async organizationIds(): Promise<string[]> {
    return (await this.runner.query('SELECT DISTINCT organization_id AS id FROM staff_stage')).map((row: { id: string }) => row.id);
  }

  private copy(source: Readable): Promise<void> {
    return copyInto(this.runner, 'staff_stage', COPY_COLUMNS, source);
  }

  /** Finds each row's record and what would change; rows that cannot be merged are reported and dropped from the stage. */
  async match(): Promise<StageConflict[]> {
    await this.runner.query(`
      UPDATE staff_stage t SET staff_id = s.id, is_new = false, matched_organization_id = s.organization_id
      FROM staff_member s WHERE t.external_id IS NOT NULL AND s.region_id = t.region_id AND s.external_id = t.external_id`);
    await this.runner.query(`
      UPDATE staff_stage t SET staff_id = s.id, is_new = false, matched_organization_id = s.organization_id
      FROM staff_member s
      WHERE t.is_new AND s.organization_id = t.organization_id AND s.snils = t.snils AND s.employment = t.employment AND s.dismissed_on IS NULL`);
    const conflicts: StageConflict[] = [];
    const drop = async (field: StageConflict['field'], sql: string, message: (row: { line: number; first: number | null }) => string) => {
      const rows: { line: number; first: number | null }[] = await this.runner.query(sql);
      if (rows.length === 0) return;
      conflicts.push(...rows.map((row) => ({ line: row.line, field, message: message(row) })));
      await this.runner.query('DELETE FROM staff_stage WHERE line = ANY($1)', [rows.map((row) => row.line)]);
    };
    await drop('externalId', 'SELECT line FROM staff_stage WHERE matched_organization_id <> organization_id', () => 'Этот идентификатор уже у работника другой организации');
    await drop('snils', `
      SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY staff_id) AS first FROM staff_stage WHERE NOT is_new) x
      WHERE line <> first`, (row) => `Описывает того же работника, что и строка ${row.first}`);
    await drop('snils', `
      SELECT line, first FROM (
        SELECT line, min(line) OVER (PARTITION BY organization_id, snils, employment) AS first FROM staff_stage WHERE dismissed_on IS NULL
      ) x WHERE line <> first`, (row) => `Тот же СНИЛС и вид занятости в этой организации, что и в строке ${row.first}`);
    await drop('snils', `
      SELECT t.line FROM staff_stage t
      JOIN staff_member s ON s.organization_id = t.organization_id AND s.snils = t.snils AND s.employment = t.employment AND s.dismissed_on IS NULL AND s.id <> t.staff_id
      WHERE t.dismissed_on IS NULL`, () => 'В организации уже есть другой работник с этим СНИЛС и видом занятости');
    await this.diff();
    return conflicts.sort((a, b) => a.line - b.line);
  }

  async counts(): Promise<StageCounts> {
    const [row] = await this.runner.query(`
      SELECT count(*) FILTER (WHERE is_new)::int AS "toCreate",
             count(*) FILTER (WHERE NOT is_new AND changes <> '{}'::jsonb)::int AS "toUpdate",
             count(*) FILTER (WHERE NOT is_new AND changes = '{}'::jsonb)::int AS unchanged
      FROM staff_stage`);
    return row;
  }

  /**
   * Writes the staged rows to the registry with one audit entry per created or changed record. A
   * created record's entry names only its source: its values are the record's own, and every later
   * change is audited as a diff, so the state at creation can always be read back from them.
   */
  async apply(actor: Actor, source: string): Promise<void> {
    const q = (sql: string, params?: unknown[]) => this.runner.query(sql, params);
    const columns = FIELDS.map((f) => f.column);
    await q(`
      INSERT INTO staff_member (id, region_id, municipality_id, organization_id, ${columns.join(', ')}, created_at, updated_at)
      SELECT staff_id, region_id, municipality_id, organization_id, ${columns.map((c) => `t.${c}`).join(', ')}, now(), now()
      FROM staff_stage t WHERE is_new`);
    await q(`
      UPDATE staff_member s SET ${PLAIN_FIELDS.map((f) => `${f.column} = t.${f.column}`).join(', ')},
        snils = t.snils, external_id = COALESCE(t.external_id, s.external_id), updated_at = now()
      FROM staff_stage t WHERE s.id = t.staff_id AND NOT t.is_new AND t.changes <> '{}'::jsonb`);
    const positionsChanged = `(t.is_new OR t.changes ? 'positions' OR t.changes ? 'weeklyHours')`;
    await q(`DELETE FROM staff_position p USING staff_stage t WHERE p.staff_member_id = t.staff_id AND ${positionsChanged}`);
    await q(`
      INSERT INTO staff_position (staff_member_id, position, weekly_hours)
      SELECT t.staff_id, v.position, CASE WHEN v.ord = 1 THEN t.weekly_hours END
      FROM staff_stage t CROSS JOIN LATERAL unnest(t.positions) WITH ORDINALITY AS v(position, ord)
      WHERE ${positionsChanged}`);
    const subjectsChanged = `(t.is_new OR t.changes ? 'subjects')`;
    await q(`DELETE FROM staff_subject x USING staff_stage t WHERE x.staff_member_id = t.staff_id AND ${subjectsChanged}`);
    await q(`
      INSERT INTO staff_subject (staff_member_id, subject_id, profile_match)
      SELECT t.staff_id, v.subject_id, true FROM staff_stage t CROSS JOIN LATERAL unnest(t.subject_ids) AS v(subject_id)
      WHERE ${subjectsChanged}`);
    const who = auditActorColumns(actor);
    await q(`
      INSERT INTO audit_log (actor_kind, actor_id, actor_role, ip, action, entity, entity_id, changes, region_id, municipality_id, organization_id)
      SELECT $1, $2, $3, $4, CASE WHEN t.is_new THEN '${AuditAction.CREATE}' ELSE '${AuditAction.UPDATE}' END, 'staffMember', t.staff_id::text,
        CASE WHEN t.is_new THEN jsonb_build_object('source', jsonb_build_object('from', NULL, 'to', $5::text)) ELSE t.changes END,
        t.region_id, t.municipality_id, t.organization_id
      FROM staff_stage t WHERE t.is_new OR t.changes <> '{}'::jsonb`, [who.actorKind, who.actorId, who.actorRole, who.ip, source]);
  }

  /** Each staged row's record and what happened to it (after apply). */
  async results(): Promise<StageResult[]> {
    return this.runner.query(`
      SELECT line, staff_id AS "staffId",
        CASE WHEN is_new THEN 'created' WHEN changes <> '{}'::jsonb THEN 'updated' ELSE 'unchanged' END AS status
      FROM staff_stage ORDER BY line`);
  }

  /** The changed fields of every matched row, as the audit log stores them (SNILS masked). */
  private async diff(): Promise<void> {
    const fieldChanges = PLAIN_FIELDS.map((f) => `CASE WHEN s.${f.column} IS DISTINCT FROM t.${f.column} THEN ${changeOf(f.key, `s.${f.column}`, `t.${f.column}`)} ELSE '{}'::jsonb END`);
    // Positions and subjects are read per matched record through their primary keys (LATERAL):
    // joining pre-aggregated sets instead let the planner pick nested loops over both sets.
    await this.runner.query(`
      UPDATE staff_stage t SET changes = ${fieldChanges.join('\n        || ')}
        || CASE WHEN t.external_id IS NOT NULL AND s.external_id IS DISTINCT FROM t.external_id THEN ${changeOf('externalId', 's.external_id', 't.external_id')} ELSE '{}'::jsonb END
        || CASE WHEN s.snils <> t.snils THEN ${changeOf('snils', maskSnilsSql('s.snils'), maskSnilsSql('t.snils'))} ELSE '{}'::jsonb END
        || CASE WHEN COALESCE(cp.list, '') <> (SELECT string_agg(v, ',' ORDER BY v) FROM unnest(t.positions) v)
             THEN ${changeOf('positions', "COALESCE(cp.list, '')", "array_to_string(t.positions, ',')")} ELSE '{}'::jsonb END
        || CASE WHEN cp.hours IS DISTINCT FROM t.weekly_hours THEN ${changeOf('weeklyHours', 'cp.hours', 't.weekly_hours')} ELSE '{}'::jsonb END
        || CASE WHEN cardinality(t.subject_ids) > 0 AND COALESCE(cs.list, '') <> (SELECT string_agg(v::text, ',' ORDER BY v::text) FROM unnest(t.subject_ids) v)
             THEN ${changeOf('subjects', "COALESCE(cs.list, '')", "array_to_string(t.subject_ids, ',')")} ELSE '{}'::jsonb END
      FROM staff_member s
      CROSS JOIN LATERAL (
        SELECT string_agg(p.position, ',' ORDER BY p.position) AS list, max(p.weekly_hours) AS hours FROM staff_position p WHERE p.staff_member_id = s.id
      ) cp
      CROSS JOIN LATERAL (
        SELECT string_agg(x.subject_id::text, ',' ORDER BY x.subject_id::text) AS list FROM staff_subject x WHERE x.staff_member_id = s.id
      ) cs
      WHERE NOT t.is_new AND s.id = t.staff_id`);
  }
}
