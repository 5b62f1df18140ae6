/**
 * Derived staff attributes, never typed: the one definition of each, as SQL over a staff_member
 * alias and an as-of date parameter. Lists, filters, the card, reports and indicators use these.
 * `jobs` (a uuid[] expression) makes the record-based ones count every job of the person, as the
 * indicators do (a person with two jobs is one person); by default, the record itself.
 */
/** A training record `tr` that counts as training in the 3 years up to the date (the law's period). */
export function trainedIn3YearsSql(tr: string, asOf: string): string {
  const on = `${asOf}::date`;
  return `${tr}.kind IN ('ADVANCED', 'RETRAINING') AND ${tr}.completed_on > ${on} - interval '3 years' AND ${tr}.completed_on <= ${on}`;
}

export function staffDerivedSql(s: string, asOf = ':asOf', jobs?: string) {
  const on = `${asOf}::date`;
  const ownedBy = (column: string) => (jobs ? `${column} = ANY(${jobs})` : `${column} = ${s}.id`);
  const age = `date_part('year', age(${on}, ${s}.birth_date))::int`;
  const experienceYears = `date_part('year', age(${on}, ${s}.teaching_since))::int`;
  const pensionAge = `EXISTS (SELECT 1 FROM pension_age_rule par WHERE par.gender = ${s}.gender
      AND date_part('year', ${s}.birth_date) BETWEEN par.born_from AND par.born_to
      AND ${s}.birth_date + make_interval(months => par.age_months) <= ${on})`;
  return {
    age,
    experienceYears,
    under35: `(${age} < 35)`,
    youngSpecialist: `(${s}.teaching_since > ${on} - interval '3 years')`,
    pensionAge,
    ageGroup: `CASE WHEN ${pensionAge} THEN 'PENSION' WHEN ${age} < 25 THEN 'UNDER_25' WHEN ${age} < 35 THEN 'FROM_25_TO_34'
      WHEN ${age} < 50 THEN 'FROM_35_TO_49' ELSE 'FROM_50_TO_PENSION' END`,
    experienceGroup: `CASE WHEN ${experienceYears} < 3 THEN 'UNDER_3' WHEN ${experienceYears} < 5 THEN 'FROM_3_TO_5'
      WHEN ${experienceYears} < 10 THEN 'FROM_5_TO_10' WHEN ${experienceYears} < 20 THEN 'FROM_10_TO_20' ELSE 'OVER_20' END`,
    trainedInLast3Years: `EXISTS (SELECT 1 FROM training_record tr WHERE ${ownedBy('tr.staff_member_id')} AND ${trainedIn3YearsSql('tr', asOf)})`,
    categoryValid: `(${s}.category <> 'NONE' AND ${s}.category_assigned_on IS NOT NULL
      AND ${s}.category_assigned_on + interval '5 years' > ${on})`,
    categoryExpiresOn: `CASE WHEN ${s}.category <> 'NONE' THEN (${s}.category_assigned_on + interval '5 years')::date END`,
    /** Active on the date: hired and not yet dismissed. */
    active: `(${s}.hired_on <= ${on} AND (${s}.dismissed_on IS NULL OR ${s}.dismissed_on > ${on}))`,
  };
}

export type StaffDerivedKey = keyof ReturnType<typeof staffDerivedSql>;
