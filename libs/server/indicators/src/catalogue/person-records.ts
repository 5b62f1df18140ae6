import { MANAGEMENT_POSITIONS_SQL } from '../compute/base-population';

/**
 * The records a definition may ask about: "has the person (through any of his jobs) a record of this
 * kind matching a condition", or "which keys (subjects, kinds of diagnostics…) do his records of
 * this kind have". Each source names its table(s), with the aliases conditions use, the column that
 * says whose job the record is, and the record's copy of the job's organization.
 */
export enum RecordSource {
  TRAINING = 'training',
  PARTICIPATION = 'participation',
  RESULT = 'result',
  DEFICIT = 'deficit',
  JOB = 'job',
  SUBJECT = 'subject',
  POSITION = 'position',
}

/**
 * `table`: the records' table; `joins`: what its conditions also read, joined after it (so that the
 * whole population's pass is written in the order it is best executed: the jobs, their records,
 * then those). `organization`: indexed, and never out of date (a job that changes organization is
 * a new job): the whole population's records are then read as a few index ranges, one per
 * organization, instead of one lookup per job. Sources without it are read per job. `ofJob`: the
 * records come with the population's job rows (`indicator_person_job`, `pj`): the job itself, or
 * its positions.
 */
const SOURCES: Record<RecordSource, { table: string; joins?: string; job: string; organization: string | null; ofJob?: string }> = {
  [RecordSource.TRAINING]: { table: 'training_record tr', job: 'tr.staff_member_id', organization: 'tr.organization_id' },
  [RecordSource.PARTICIPATION]: { table: 'event_participation ep', joins: 'JOIN event ev ON ev.id = ep.event_id', job: 'ep.staff_member_id', organization: 'ep.organization_id' },
  [RecordSource.RESULT]: { table: 'diagnostic_result r', joins: 'JOIN diagnostic_procedure dp ON dp.id = r.procedure_id', job: 'r.staff_member_id', organization: 'r.organization_id' },
  [RecordSource.DEFICIT]: { table: 'deficit d', job: 'd.staff_member_id', organization: 'd.organization_id' },
  [RecordSource.JOB]: { table: 'staff_member j', job: 'j.id', organization: null, ofJob: 'CROSS JOIN LATERAL (SELECT pj.*) j' },
  [RecordSource.SUBJECT]: { table: 'staff_subject ss', joins: 'JOIN subject sub ON sub.id = ss.subject_id', job: 'ss.staff_member_id', organization: null },
  [RecordSource.POSITION]: { table: 'staff_position sp', job: 'sp.staff_member_id', organization: null, ofJob: 'CROSS JOIN LATERAL unnest(pj.positions) AS sp(position)' },
};

/** FROM the source's records and what they join. */
const recordsOf = (source: RecordSource) => `${SOURCES[source].table} ${SOURCES[source].joins ?? ''}`;

/** A pedagogical position `sp` (not management only). */
export const PEDAGOGICAL_POSITION = `sp.position NOT IN (${MANAGEMENT_POSITIONS_SQL})`;

/** How a definition reads a person's records; `p` is the person's population row. */
export interface PersonRecords {
  /** SQL boolean: the person has a record of `source` matching `condition`. */
  has: (source: RecordSource, condition: string) => string;
  /** SQL text[]: the distinct values of `key` over the person's records of `source` matching `condition`. */
  keysOf: (source: RecordSource, key: string, condition: string) => string;
}

/** One subquery per person: right for the few people of a drill-down or a rule. */
export const PER_PERSON: PersonRecords = {
  has: (source, condition) => `EXISTS (SELECT 1 FROM ${recordsOf(source)} WHERE ${SOURCES[source].job} = ANY(p.job_ids) AND ${condition})`,
  keysOf: (source, key, condition) =>
    `ARRAY(SELECT DISTINCT (${key})::text FROM ${recordsOf(source)} WHERE ${SOURCES[source].job} = ANY(p.job_ids) AND ${condition})`,
};

/**
 * The whole population at once: definitions ask through `has` and `keysOf`, which only collect
 * what is asked and answer with a column; `ctes` then reads each source once (through the
 * population's jobs) and gives, per person, one column per question, joined by `joins`.
 */
export class PersonRecordPasses implements PersonRecords {
  private readonly columns = new Map<RecordSource, string[]>();

  readonly has = (source: RecordSource, condition: string): string => `coalesce(${this.column(source, `bool_or(${condition})`)}, false)`;

  readonly keysOf = (source: RecordSource, key: string, condition: string): string =>
    `coalesce(${this.column(source, `array_agg(DISTINCT (${key})::text) FILTER (WHERE ${condition})`)}, '{}'::text[])`;

  private column(source: RecordSource, aggregate: string): string {
    const list = this.columns.get(source) ?? [];
    const index = list.includes(aggregate) ? list.indexOf(aggregate) : list.push(aggregate) - 1;
    this.columns.set(source, list);
    return `has_${source}.c${index}`;
  }

  /** The WITH items: one aggregate per source used, over `personJobs` (the jobs' rows with `person` and `positions`). */
  ctes(personJobs: string): string[] {
    return [...this.columns].map(([source, aggregates]) => {
      const { table, joins, job, organization, ofJob } = SOURCES[source];
      const inOrganizations = organization ? `AND ${organization} = ANY(ARRAY(SELECT DISTINCT organization_id FROM ${personJobs}))` : '';
      return `has_${source} AS (SELECT pj.person, ${aggregates.map((a, i) => `${a} AS c${i}`).join(', ')}
       FROM ${personJobs} pj ${ofJob ?? `JOIN ${table} ON ${job} = pj.id ${inOrganizations} ${joins ?? ''}`} GROUP BY pj.person)`;
    });
  }

  /** The joins of the sources' aggregates to population row `p`. */
  joins(): string {
    return [...this.columns.keys()].map((source) => `LEFT JOIN has_${source} ON has_${source}.person = p.staff_member_id`).join(' ');
  }
}
