import { Readable } from 'node:stream';
import { QueryRunner, SelectQueryBuilder } from 'typeorm';
import { copyChunks, copyInto } from '@sopr/server-core';
import { StaffMember } from '@sopr/server-staff';
import { ResultStage } from '../result-stage';
import { MatchKey, ParsedResultRow } from './result-file-columns';

/** Why a row's teacher cannot take its result. */
export enum MatchProblem {
  NOT_FOUND = 'NOT_FOUND',
  AMBIGUOUS = 'AMBIGUOUS',
  REPEATED = 'REPEATED',
  BEFORE_BIRTH = 'BEFORE_BIRTH',
}

export interface RowMatchProblem {
  line: number;
  key: MatchKey;
  problem: MatchProblem;
  /** For REPEATED: the row that already gave this teacher a result. */
  firstLine: number | null;
}

/** Memory per sort or hash of the import's statements (PostgreSQL's default 4MB spills a large file to disk). */
const BULK_WORK_MEM = '128MB';

const COLUMNS = ['line', 'key', 'external_id', 'snils', 'last_name', 'first_name', 'middle_name', 'birth_date', 'taken_on', 'scores'];

const valuesOf = (r: ParsedResultRow): unknown[] => [r.line, r.key, r.externalId, r.snils, r.lastName, r.firstName, r.middleName, r.birthDate, r.takenOn, r.scores];

/** Names compared as people write them: case and ё/е do not matter. */
const nameKey = (column: string) => `translate(lower(${column}), 'ё', 'е')`;

/**
 * The rows of a results file inside the database, set-based whatever their number: COPYed into a
 * temporary table, matched to the staff the user may write for (by external id, else SNILS among
 * current staff, else full name and birth date), checked against the teachers found, and handed to
 * the ResultStage. Lives in the caller's transaction.
 */
export class ResultFileStage {
  private constructor(private readonly runner: QueryRunner) {}

  static async create(runner: QueryRunner): Promise<ResultFileStage> {
    // Matching and diffing hash a whole file's rows against the staff: room to do it in memory, for this transaction only.
    await runner.query(`SET LOCAL work_mem = '${BULK_WORK_MEM}'`);
    await runner.query(`DROP TABLE IF EXISTS result_file`);
    await runner.query(`DROP TABLE IF EXISTS result_match`);
    await runner.query(
      `CREATE TEMP TABLE result_file (line int PRIMARY KEY, key varchar(12) NOT NULL, external_id varchar(64), snils char(11),
         last_name varchar(200), first_name varchar(200), middle_name varchar(200), birth_date date, taken_on date NOT NULL, scores numeric(8,2)[] NOT NULL)
       ON COMMIT DROP`,
    );
    return new ResultFileStage(runner);
  }

  /** COPYs checked rows in; `keep` receives the COPY text, to stage the same rows again at apply time. */
  async load(rows: AsyncIterable<ParsedResultRow>, keep?: (chunk: string) => void): Promise<void> {
    const values = async function* () {
      for await (const row of rows) yield valuesOf(row);
    };
    await copyInto(this.runner, 'result_file', COLUMNS, Readable.from(copyChunks(values(), keep)));
  }

  /** Stages rows kept by an earlier `load`; returns how many there are. */
  async reload(copyText: Readable): Promise<number> {
    await copyInto(this.runner, 'result_file', COLUMNS, copyText);
    const [{ n }] = await this.runner.query(`SELECT count(*)::int AS n FROM result_file`);
    return n;
  }

  /**
   * Finds each row's teacher among `population` (the staff the user may write results for) and
   * returns the rows that cannot take a result: no teacher, several people, a teacher named twice
   * in the file, a result dated before the teacher's birth. A person with a main and a part-time
   * job gets the result at the main one.
   */
  async match(population: SelectQueryBuilder<StaffMember>): Promise<RowMatchProblem[]> {
    const [populationSql, params] = population
      .select(['e.id AS id', 'e.external_id AS external_id', 'e.snils AS snils', 'e.last_name AS last_name', 'e.first_name AS first_name', 'e.middle_name AS middle_name'])
      .addSelect(['e.birth_date AS birth_date', 'e.employment AS employment', 'e.dismissed_on AS dismissed_on'])
      .getQueryAndParameters();
    // Each file row with the teacher it names (or why none): the first candidate of a row, main job first, decides.
    await this.runner.query(
      `CREATE TEMP TABLE result_match ON COMMIT DROP AS
       WITH pop AS MATERIALIZED (${populationSql}),
       candidate AS (
         SELECT f.line, p.id, p.snils, p.employment, p.birth_date FROM result_file f JOIN pop p ON p.external_id = f.external_id
         WHERE f.key = '${MatchKey.EXTERNAL_ID}'
         UNION ALL
         SELECT f.line, p.id, p.snils, p.employment, p.birth_date FROM result_file f JOIN pop p ON p.snils = f.snils
         WHERE f.key = '${MatchKey.SNILS}' AND p.dismissed_on IS NULL
         UNION ALL
         SELECT f.line, p.id, p.snils, p.employment, p.birth_date FROM result_file f
         JOIN pop p ON ${nameKey('p.last_name')} = ${nameKey('f.last_name')} AND ${nameKey('p.first_name')} = ${nameKey('f.first_name')} AND p.birth_date = f.birth_date
         WHERE f.key = '${MatchKey.NAME}' AND p.dismissed_on IS NULL
           AND (f.middle_name IS NULL OR ${nameKey("coalesce(p.middle_name, '')")} = ${nameKey('f.middle_name')})
       ),
       ranked AS (
         -- Window functions over one sort, not an ordered aggregate per row (PostgreSQL 15 sorts each group apart).
         SELECT line, id, birth_date,
                row_number() OVER (PARTITION BY line ORDER BY employment = 'MAIN' DESC, id) AS rank,
                count(*) OVER (PARTITION BY line) AS jobs,
                count(*) FILTER (WHERE employment = 'MAIN') OVER (PARTITION BY line) AS main_jobs,
                min(coalesce(snils, id::text)) OVER (PARTITION BY line) = max(coalesce(snils, id::text)) OVER (PARTITION BY line) AS one_person
         FROM candidate
       )
       SELECT f.line, f.key, f.taken_on, r.line IS NOT NULL AS found, r.birth_date AS staff_birth_date,
              CASE WHEN r.one_person AND (r.jobs = 1 OR r.main_jobs = 1) THEN r.id END AS staff_member_id
       FROM result_file f LEFT JOIN ranked r ON r.line = f.line AND r.rank = 1`,
      params,
    );
    await this.runner.query(`ANALYZE result_match`);
    const problems: { line: number; key: MatchKey; problem: MatchProblem; first_line: number | null }[] = await this.runner.query(
      `SELECT line, key, CASE WHEN found THEN '${MatchProblem.AMBIGUOUS}' ELSE '${MatchProblem.NOT_FOUND}' END AS problem, NULL::int AS first_line
       FROM result_match WHERE staff_member_id IS NULL
       UNION ALL
       SELECT line, key, '${MatchProblem.REPEATED}', first_line FROM (
         SELECT line, key, min(line) OVER (PARTITION BY staff_member_id) AS first_line FROM result_match WHERE staff_member_id IS NOT NULL
       ) r WHERE line <> first_line
       UNION ALL
       SELECT line, key, '${MatchProblem.BEFORE_BIRTH}', NULL FROM result_match WHERE staff_member_id IS NOT NULL AND taken_on < staff_birth_date
       ORDER BY line`,
    );
    return problems.map((p) => ({ line: p.line, key: p.key, problem: p.problem, firstLine: p.first_line }));
  }

  /** Hands the matched rows to the result stage, read in place: `competenceIds` in the order of the file's score columns; an empty cell is no score. */
  stageInto(stage: ResultStage, competenceIds: string[]): void {
    const pairs = competenceIds.map((_, i) => `$${i + 1}::text, f.scores[${i + 1}]`).join(', ');
    stage.select(
      `SELECT f.line, m.staff_member_id, f.taken_on, jsonb_strip_nulls(jsonb_build_object(${pairs})) AS scores
       FROM result_file f JOIN result_match m ON m.line = f.line WHERE m.staff_member_id IS NOT NULL`,
      competenceIds,
    );
  }
}
