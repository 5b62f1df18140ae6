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
    await runner.query(
      `CREATE TEMP TABLE result_file (line int PRIMARY KEY, key varchar(12) NOT NULL, external_id varchar(64), snils char(11),
         last_name varchar(200), first_name varchar(200), middle_name varchar(200), birth_date date, taken_on date NOT NULL, scores numeric(8,2)[] NOT NULL,
         staff_member_id uuid, people int, staff_birth_date date) ON COMMIT DROP`,
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
    await this.runner.query(
      `WITH pop AS MATERIALIZED (${populationSql}),
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
       picked AS (
         SELECT line, count(*) AS jobs, count(*) FILTER (WHERE employment = 'MAIN') AS main_jobs, count(DISTINCT coalesce(snils, id::text))::int AS people,
                (array_agg(id ORDER BY employment = 'MAIN' DESC, id))[1] AS id, (array_agg(birth_date ORDER BY employment = 'MAIN' DESC, id))[1] AS birth_date
         FROM candidate GROUP BY line
       )
       UPDATE result_file f SET people = p.people, staff_birth_date = p.birth_date,
         staff_member_id = CASE WHEN p.people = 1 AND (p.jobs = 1 OR p.main_jobs = 1) THEN p.id END
       FROM picked p WHERE p.line = f.line`,
      params,
    );
    const problems: { line: number; key: MatchKey; problem: MatchProblem; first_line: number | null }[] = await this.runner.query(
      `SELECT line, key, CASE WHEN people IS NULL THEN '${MatchProblem.NOT_FOUND}' ELSE '${MatchProblem.AMBIGUOUS}' END AS problem, NULL::int AS first_line
       FROM result_file WHERE staff_member_id IS NULL
       UNION ALL
       SELECT line, key, '${MatchProblem.REPEATED}', first_line FROM (
         SELECT line, key, min(line) OVER (PARTITION BY staff_member_id) AS first_line FROM result_file WHERE staff_member_id IS NOT NULL
       ) r WHERE line <> first_line
       UNION ALL
       SELECT line, key, '${MatchProblem.BEFORE_BIRTH}', NULL FROM result_file WHERE staff_member_id IS NOT NULL AND taken_on < staff_birth_date
       ORDER BY line`,
    );
    return problems.map((p) => ({ line: p.line, key: p.key, problem: p.problem, firstLine: p.first_line }));
  }

  /** Hands the matched rows to the result stage, one score per competence: `competenceIds` in the order of the file's score columns. */
  async stageInto(stage: ResultStage, competenceIds: string[]): Promise<void> {
    await stage.addSelected(
      `SELECT f.line, f.staff_member_id, f.taken_on, c.id, f.scores[c.ord]
       FROM result_file f CROSS JOIN unnest($1::uuid[]) WITH ORDINALITY AS c(id, ord)
       WHERE f.staff_member_id IS NOT NULL AND f.scores[c.ord] IS NOT NULL`,
      [competenceIds],
    );
  }
}
