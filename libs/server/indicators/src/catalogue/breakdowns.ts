import { IndicatorBreakdown, POSITION_TITLES } from '@sopr/shared';
import { IndicatorSqlContext } from './indicator-definition';
import { MANAGEMENT_POSITIONS } from '../compute/base-population';

/**
 * SQL of the keys a person of the base population falls under (columns `key` and `name`, one row
 * per key), written where `p` is the person's population row (`p.job_ids`: all the person's jobs)
 * and `s` the chosen job's staff_member row.
 */
export type BreakdownKeysSql = (ctx: IndicatorSqlContext) => string;

/** `CASE column WHEN 'A' THEN 'Title of A' … END`: an enum's Russian title, in SQL. */
export function titleSql(column: string, titles: Record<string, string>): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  return `CASE ${column} ${Object.entries(titles).map(([key, title]) => `WHEN ${quote(key)} THEN ${quote(title)}`).join(' ')} END`;
}

/**
 * Breakdowns that split the base population: the value «by subject» for mathematics counts, in
 * numerator and denominator alike, only the teachers of mathematics (a person teaching two subjects
 * is in both). Any indicator may use them.
 */
export const POPULATION_BREAKDOWNS: Partial<Record<IndicatorBreakdown, BreakdownKeysSql>> = {
  [IndicatorBreakdown.SUBJECT]: () =>
    `SELECT DISTINCT sub.code AS key, sub.name AS name FROM staff_subject ss JOIN subject sub ON sub.id = ss.subject_id WHERE ss.staff_member_id = ANY(p.job_ids)`,
  [IndicatorBreakdown.POSITION]: () =>
    `SELECT DISTINCT sp.position AS key, ${titleSql('sp.position', POSITION_TITLES)} AS name FROM staff_position sp
     WHERE sp.staff_member_id = ANY(p.job_ids) AND sp.position NOT IN (${MANAGEMENT_POSITIONS.map((m) => `'${m}'`).join(', ')})`,
};

/**
 * How one indicator is broken down: by a population breakdown, or by the numerator's own keys
 * (which kind of diagnostics, which category, which competence), the denominator staying the
 * whole population. A person in the numerator has at least one of its keys.
 */
export type IndicatorBreakdownSpec =
  | { kind: IndicatorBreakdown.SUBJECT | IndicatorBreakdown.POSITION }
  | { kind: IndicatorBreakdown; numeratorKeys: BreakdownKeysSql };

export const splitsNumerator = (spec: IndicatorBreakdownSpec): spec is { kind: IndicatorBreakdown; numeratorKeys: BreakdownKeysSql } => 'numeratorKeys' in spec;

/** The keys SQL of a breakdown of an indicator. */
export function breakdownKeys(spec: IndicatorBreakdownSpec): BreakdownKeysSql {
  if (splitsNumerator(spec)) return spec.numeratorKeys;
  const keys = POPULATION_BREAKDOWNS[spec.kind];
  if (!keys) throw new Error(`No population breakdown ${spec.kind}`);
  return keys;
}
