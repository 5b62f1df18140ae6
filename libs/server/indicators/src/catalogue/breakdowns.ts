import { IndicatorBreakdown, POSITION_TITLES, PROCEDURE_KIND_TITLES, QUALIFICATION_CATEGORY_TITLES } from '@sopr/shared';
import { IndicatorSqlContext } from './indicator-definition';
import { PEDAGOGICAL_POSITION, RecordSource } from './person-records';

/**
 * SQL (text[]) of the keys a person of the base population falls under, written where `p` is the
 * person's population row and `s` the chosen job's staff_member row; records are read through
 * `ctx.keysOf`.
 */
export type BreakdownKeysSql = (ctx: IndicatorSqlContext) => string;

/** `CASE column WHEN 'A' THEN 'Title of A' … END`: an enum's Russian title, in SQL. */
export function titleSql(column: string, titles: Record<string, string>): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  return `CASE ${column} ${Object.entries(titles).map(([key, title]) => `WHEN ${quote(key)} THEN ${quote(title)}`).join(' ')} END`;
}

/** SQL of a key's Russian name, given the key (text) as SQL. */
export const BREAKDOWN_NAMES: Record<IndicatorBreakdown, (key: string) => string> = {
  [IndicatorBreakdown.SUBJECT]: (key) => `(SELECT name FROM subject WHERE code = ${key})`,
  [IndicatorBreakdown.POSITION]: (key) => titleSql(key, POSITION_TITLES),
  [IndicatorBreakdown.PROCEDURE_KIND]: (key) => titleSql(key, PROCEDURE_KIND_TITLES),
  [IndicatorBreakdown.CATEGORY]: (key) => titleSql(key, QUALIFICATION_CATEGORY_TITLES),
  // The newest version's name (a code keeps its meaning across versions of a framework).
  [IndicatorBreakdown.COMPETENCE]: (key) =>
    `(SELECT c.name FROM competence c JOIN competence_framework f ON f.id = c.framework_id WHERE c.code = ${key} ORDER BY f.version DESC, f.region_id NULLS LAST LIMIT 1)`,
};

/**
 * Breakdowns that split the base population: the value «by subject» for mathematics counts, in
 * numerator and denominator alike, only the teachers of mathematics (a person teaching two subjects
 * is in both). Any indicator may use them.
 */
export const POPULATION_BREAKDOWNS: Partial<Record<IndicatorBreakdown, BreakdownKeysSql>> = {
  [IndicatorBreakdown.SUBJECT]: (ctx) => ctx.keysOf(RecordSource.SUBJECT, 'sub.code', 'true'),
  [IndicatorBreakdown.POSITION]: (ctx) => ctx.keysOf(RecordSource.POSITION, 'sp.position', PEDAGOGICAL_POSITION),
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
