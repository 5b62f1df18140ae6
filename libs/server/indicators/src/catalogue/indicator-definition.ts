import type { IndicatorBreakdownSpec } from './breakdowns';
import type { PersonRecords } from './person-records';
import { IndicatorDirection, IndicatorGroup, IndicatorUnit } from '@sopr/shared';

/**
 * Where a definition's SQL stands: `p` is a row of the base population (one per person: the chosen
 * job `p.staff_member_id`, all the person's active jobs `p.job_ids`), `s` the chosen job's
 * staff_member row; `from` and `asOf` are the period's first day and the as-of date, as SQL. Records
 * of the person (trainings, results…) are asked about through `has`, never with a subquery of the
 * definition's own (and their keys through `keysOf`): the computation then reads each source once
 * for everybody.
 */
export interface IndicatorSqlContext extends PersonRecords {
  from: string;
  asOf: string;
}

/** Statements that evaluate definitions take the period's first day as $1 and the as-of date as $2. */
export const PERIOD_PARAMETERS = { from: '$1', asOf: '$2' } as const;

/**
 * Part of every such statement (true by construction): its parameters are then typed even when
 * none of its conditions happens to use them.
 */
export const PERIOD_TYPED = '$1::date <= $2::date';

/** One indicator: what it means, in Russian for people, and how it is counted, in SQL. */
export interface IndicatorDefinition {
  code: string;
  name: string;
  group: IndicatorGroup;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** Who is counted in the numerator. */
  numeratorText: string;
  /** Who is counted in the denominator; null for counts and yes/no. */
  denominatorText: string | null;
  /** The seed documents it comes from. */
  seeds: string;
  /** A person of the base population is in the numerator (SQL boolean). */
  numerator: (ctx: IndicatorSqlContext) => string;
  /** A person of the base population is in the denominator (SQL boolean); absent: every person. */
  denominator?: (ctx: IndicatorSqlContext) => string;
  /** How the value is broken down below its total (at municipality and region level). */
  breakdowns?: IndicatorBreakdownSpec[];
}
