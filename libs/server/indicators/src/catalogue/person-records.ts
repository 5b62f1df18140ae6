/**
 * The records a definition may ask about: "has the person (through any of his jobs) a record of this
 * kind matching a condition". Each source names its table(s), with the aliases conditions use, and
 * the column that says whose job the record is.
 */
export enum RecordSource {
  TRAINING = 'training',
  PARTICIPATION = 'participation',
  RESULT = 'result',
  DEFICIT = 'deficit',
  JOB = 'job',
  SUBJECT = 'subject',
}

const SOURCES: Record<RecordSource, { from: string; job: string }> = {
  [RecordSource.TRAINING]: { from: 'training_record tr', job: 'tr.staff_member_id' },
  [RecordSource.PARTICIPATION]: { from: 'event_participation ep JOIN event ev ON ev.id = ep.event_id', job: 'ep.staff_member_id' },
  [RecordSource.RESULT]: { from: 'diagnostic_result r JOIN diagnostic_procedure dp ON dp.id = r.procedure_id', job: 'r.staff_member_id' },
  [RecordSource.DEFICIT]: { from: 'deficit d', job: 'd.staff_member_id' },
  [RecordSource.JOB]: { from: 'staff_member j', job: 'j.id' },
  [RecordSource.SUBJECT]: { from: 'staff_subject ss', job: 'ss.staff_member_id' },
};

/** SQL boolean: the person of population row `p` has a record of `source` matching `condition`. */
export type PersonHas = (source: RecordSource, condition: string) => string;

/** One EXISTS subquery per person: right for the few people of a drill-down or a rule. */
export const hasPerPerson: PersonHas = (source, condition) =>
  `EXISTS (SELECT 1 FROM ${SOURCES[source].from} WHERE ${SOURCES[source].job} = ANY(p.job_ids) AND ${condition})`;

/**
 * The whole population at once: definitions ask through `has`, which only collects the condition
 * and answers with a column; `ctes` then reads each source once (through the population's jobs)
 * and gives, per person, one boolean column per condition, to be joined by `joins`. A dozen record
 * conditions over a few thousand people cost one index pass per source instead of one per person
 * and condition.
 */
export class PersonRecordPasses {
  private readonly conditions = new Map<RecordSource, string[]>();

  readonly has: PersonHas = (source, condition) => {
    const list = this.conditions.get(source) ?? [];
    const index = list.includes(condition) ? list.indexOf(condition) : list.push(condition) - 1;
    this.conditions.set(source, list);
    return `coalesce(has_${source}.c${index}, false)`;
  };

  /** The WITH items: one aggregate per source used, over `personJobs` (person, job). */
  ctes(personJobs: string): string[] {
    return [...this.conditions].map(([source, conditions]) =>
      `has_${source} AS (SELECT pj.person, ${conditions.map((c, i) => `bool_or(${c}) AS c${i}`).join(', ')}
       FROM ${personJobs} pj JOIN ${SOURCES[source].from} ON ${SOURCES[source].job} = pj.job GROUP BY pj.person)`);
  }

  /** The joins of the sources' aggregates to population row `p`. */
  joins(): string {
    return [...this.conditions.keys()].map((source) => `LEFT JOIN has_${source} ON has_${source}.person = p.staff_member_id`).join(' ');
  }
}
