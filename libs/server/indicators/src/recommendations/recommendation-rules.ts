import { EntityManager } from 'typeorm';
import { IndicatorDirection, IndicatorUnit, QUALIFICATION_CATEGORY_TITLES, QualificationCategory, RecommendationAddressee, RecommendationPriority, TargetStatus } from '@sopr/shared';
import { openDeficitSql } from '@sopr/server-diagnostics';
import { staffDerivedSql } from '@sopr/server-staff';
import { INDICATORS, indicatorByCode } from '../catalogue/catalogue';
import { IndicatorSqlContext, PERIOD_PARAMETERS, PERIOD_TYPED } from '../catalogue/indicator-definition';
import { PER_PERSON } from '../catalogue/person-records';
import { POPULATION_FROM } from '../compute/base-population';
import { MonitoringRun } from '../runs/monitoring-run.entity';
import { genitiveCount, russianDate, russianDecimal } from '../russian';
import { RecommendationSubject } from './recommendation.entity';

/** A recommendation a rule issues; written unless an identical one (same fingerprint) is still open. */
export interface IssuedRecommendation {
  ruleCode: string;
  addressee: RecommendationAddressee;
  organizationId: string | null;
  staffMemberId: string | null;
  indicatorCode: string | null;
  priority: RecommendationPriority;
  text: string;
  subjects: RecommendationSubject[];
  fingerprint: string;
}

/**
 * A rule reads a finished run (its stored values) and the primary data, with the run's base
 * population in `indicator_population`; `$1` and `$2` are the period's first day and the as-of date.
 */
export type RecommendationRule = (manager: EntityManager, run: MonitoringRun) => Promise<IssuedRecommendation[]>;

const ctx: IndicatorSqlContext = { ...PERIOD_PARAMETERS, ...PER_PERSON };
const derived = staffDerivedSql('s', '$2', 'p.job_ids');
const FULL_NAME = `concat_ws(' ', s.last_name, s.first_name, s.middle_name)`;
const ORG_NAME = 'coalesce(o.short_name, o.name)';

const share = (value: number) => `${russianDecimal(value)} %`;

interface PersonRow {
  organization_id: string;
  organization_name: string;
  staff_member_id: string;
  full_name: string;
}

/** People of the run's population matching a condition on `p` and `s`, in name order. */
async function peopleWhere(manager: EntityManager, run: MonitoringRun, condition: string, extraColumns = ''): Promise<(PersonRow & Record<string, string>)[]> {
  return manager.query(
    `SELECT p.organization_id, ${ORG_NAME} AS organization_name, s.id AS staff_member_id, ${FULL_NAME} AS full_name${extraColumns}
     FROM ${POPULATION_FROM} JOIN organization o ON o.id = p.organization_id
     WHERE ${PERIOD_TYPED} AND (${condition}) ORDER BY s.last_name, s.first_name, s.id`,
    [run.periodFrom, run.asOf],
  );
}

function byOrganization<T extends PersonRow>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.organization_id, [...(groups.get(row.organization_id) ?? []), row]);
  return groups;
}

const staffSubject = (row: PersonRow): RecommendationSubject => ({ kind: 'STAFF', id: row.staff_member_id, name: row.full_name });

/** diagnose: a school under its diagnostics coverage target organizes diagnostics for the teachers who have none. */
const diagnose: RecommendationRule = async (manager, run) => {
  const schools: { organization_id: string; value: string; target: string; status: TargetStatus }[] = await manager.query(
    `SELECT organization_id, value, target, status FROM monitoring_value
     WHERE run_id = $1 AND indicator_code = 'DIAG_COVERAGE' AND level = 'ORGANIZATION' AND status IN ('${TargetStatus.NOT_MET}', '${TargetStatus.AT_RISK}')`,
    [run.id],
  );
  if (schools.length === 0) return [];
  const lagging = new Map(schools.map((s) => [s.organization_id, s]));
  const undiagnosed = byOrganization((await peopleWhere(manager, run, `NOT (${indicatorByCode('DIAG_COVERAGE')!.numerator(ctx)})`)).filter((r) => lagging.has(r.organization_id)));
  return [...undiagnosed].map(([organizationId, people]) => {
    const school = lagging.get(organizationId)!;
    return {
      ruleCode: 'diagnose', addressee: RecommendationAddressee.SCHOOL, organizationId, staffMemberId: null, indicatorCode: 'DIAG_COVERAGE',
      priority: school.status === TargetStatus.NOT_MET ? RecommendationPriority.HIGH : RecommendationPriority.MEDIUM,
      text: `Организуйте диагностику профессиональных дефицитов для ${genitiveCount(people.length, 'педагога', 'педагогов')}, не проходивших её с ${russianDate(run.periodFrom)}: `
        + `охват ${share(Number(school.value))} при цели ${share(Number(school.target))}.`,
      subjects: people.map(staffSubject), fingerprint: `diagnose:${organizationId}:${run.asOf.slice(0, 4)}`,
    };
  });
};

/** training-due: no advanced training or retraining in the last three years (the law's period). */
const trainingDue: RecommendationRule = async (manager, run) => {
  const due = await peopleWhere(manager, run, `NOT ${derived.trainedInLast3Years}`);
  const teachers = due.map((person): IssuedRecommendation => ({
    ruleCode: 'training-due', addressee: RecommendationAddressee.TEACHER, organizationId: person.organization_id, staffMemberId: person.staff_member_id,
    indicatorCode: 'TRAIN_LAST_3Y', priority: RecommendationPriority.MEDIUM,
    text: `Пройдите повышение квалификации: за три года до ${russianDate(run.asOf)} у вас нет завершённых курсов повышения квалификации или переподготовки.`,
    subjects: [staffSubject(person)], fingerprint: `training-due:${person.staff_member_id}`,
  }));
  const schools = [...byOrganization(due)].map(([organizationId, people]): IssuedRecommendation => ({
    ruleCode: 'training-due', addressee: RecommendationAddressee.SCHOOL, organizationId, staffMemberId: null, indicatorCode: 'TRAIN_LAST_3Y',
    priority: RecommendationPriority.MEDIUM,
    text: `Направьте на повышение квалификации ${genitiveCount(people.length, 'педагога', 'педагогов')}, у которых нет курсов за последние три года.`,
    subjects: people.map(staffSubject), fingerprint: `training-due:${organizationId}`,
  }));
  return [...teachers, ...schools];
};

/** category-expiring: a valid category that expires within six months of the as-of date. */
const categoryExpiring: RecommendationRule = async (manager, run) => {
  const expiring = await peopleWhere(
    manager, run, `${derived.categoryValid} AND ${derived.categoryExpiresOn} <= $2::date + interval '6 months'`,
    `, s.category, to_char(${derived.categoryExpiresOn}, 'YYYY-MM-DD') AS expires_on`,
  );
  const teachers = expiring.map((person): IssuedRecommendation => ({
    ruleCode: 'category-expiring', addressee: RecommendationAddressee.TEACHER, organizationId: person.organization_id, staffMemberId: person.staff_member_id,
    indicatorCode: 'CATEGORY_SHARE', priority: RecommendationPriority.HIGH,
    text: `Подготовьтесь к аттестации: ваша категория «${QUALIFICATION_CATEGORY_TITLES[person['category'] as QualificationCategory].toLowerCase()}» действует до ${russianDate(person['expires_on'])}.`,
    subjects: [staffSubject(person)], fingerprint: `category-expiring:${person.staff_member_id}:${person['expires_on']}`,
  }));
  const schools = [...byOrganization(expiring)].map(([organizationId, people]): IssuedRecommendation => ({
    ruleCode: 'category-expiring', addressee: RecommendationAddressee.SCHOOL, organizationId, staffMemberId: null, indicatorCode: 'CATEGORY_SHARE',
    priority: RecommendationPriority.MEDIUM,
    text: `Запланируйте аттестацию ${genitiveCount(people.length, 'педагога', 'педагогов')}: их категория истекает в ближайшие шесть месяцев.`,
    subjects: people.map(staffSubject), fingerprint: `category-expiring:${organizationId}`,
  }));
  return [...teachers, ...schools];
};

/** lagging-org: an organization in the bottom tenth of the municipality on three or more indicators. */
const laggingOrg: RecommendationRule = async (manager, run) => {
  const comparable = INDICATORS.filter((d) => d.unit === IndicatorUnit.SHARE || d.unit === IndicatorUnit.PER_100);
  const rows: { organization_id: string; organization_name: string; codes: string[] }[] = await manager.query(
    `WITH ranked AS (
       SELECT v.organization_id, v.indicator_code,
              cume_dist() OVER (PARTITION BY v.indicator_code ORDER BY CASE WHEN v.indicator_code = ANY($2::text[]) THEN -v.value ELSE v.value END) AS position
       FROM monitoring_value v WHERE v.run_id = $1 AND v.level = 'ORGANIZATION' AND v.value IS NOT NULL AND v.indicator_code = ANY($3::text[])
     )
     SELECT r.organization_id, ${ORG_NAME} AS organization_name, array_agg(r.indicator_code ORDER BY r.indicator_code) AS codes
     FROM ranked r JOIN organization o ON o.id = r.organization_id WHERE r.position <= 0.1
     GROUP BY r.organization_id, o.short_name, o.name HAVING count(*) >= 3 ORDER BY organization_name`,
    [run.id, comparable.filter((d) => d.direction === IndicatorDirection.LOWER_IS_BETTER).map((d) => d.code), comparable.map((d) => d.code)],
  );
  return rows.map((row) => ({
    ruleCode: 'lagging-org', addressee: RecommendationAddressee.MUNICIPALITY, organizationId: null, staffMemberId: null, indicatorCode: null,
    priority: RecommendationPriority.HIGH,
    text: `Окажите адресную помощь организации «${row.organization_name}»: она в нижних 10 % муниципалитета по показателям (${row.codes.length}): `
      + `${row.codes.map((code) => `«${indicatorByCode(code)!.name}»`).join('; ')}.`,
    subjects: [{ kind: 'ORGANIZATION', id: row.organization_id, name: row.organization_name }], fingerprint: `lagging-org:${row.organization_id}`,
  }));
};

/**
 * A subject needs this many teachers in the municipality before a share of them says anything:
 * «1 of 2 teachers» is not a topic for a methodical association.
 */
export const TOPIC_MIN_TEACHERS = 5;

/** deficit-topic: a competence is an open deficit for over 30 % of a subject's teachers (at least TOPIC_MIN_TEACHERS) in the municipality. */
const deficitTopic: RecommendationRule = async (manager, run) => {
  const rows: { subject_id: string; subject_name: string; competence_code: string; competence_name: string; with_deficit: number; teachers: number }[] = await manager.query(
    `WITH taught AS (
       SELECT DISTINCT p.staff_member_id, ss.subject_id FROM indicator_population p JOIN staff_subject ss ON ss.staff_member_id = ANY(p.job_ids)
     ), lacking AS (
       SELECT DISTINCT p.staff_member_id, d.competence_code FROM indicator_population p JOIN deficit d ON d.staff_member_id = ANY(p.job_ids)
       WHERE ${PERIOD_TYPED} AND ${openDeficitSql('d', { to: '$2' })}
     ), teachers AS (SELECT subject_id, count(*)::int AS teachers FROM taught GROUP BY subject_id)
     SELECT t.subject_id, sub.name AS subject_name, l.competence_code,
            (SELECT c.name FROM competence c WHERE c.code = l.competence_code ORDER BY c.id LIMIT 1) AS competence_name,
            count(*)::int AS with_deficit, n.teachers
     FROM taught t JOIN lacking l ON l.staff_member_id = t.staff_member_id JOIN teachers n ON n.subject_id = t.subject_id JOIN subject sub ON sub.id = t.subject_id
     WHERE n.teachers >= ${TOPIC_MIN_TEACHERS}
     GROUP BY t.subject_id, sub.name, l.competence_code, n.teachers HAVING count(*) * 100 > 30 * n.teachers
     ORDER BY sub.name, l.competence_code`,
    [run.periodFrom, run.asOf],
  );
  return rows.map((row) => ({
    ruleCode: 'deficit-topic', addressee: RecommendationAddressee.MUNICIPALITY, organizationId: null, staffMemberId: null, indicatorCode: null,
    priority: row.with_deficit * 2 > row.teachers ? RecommendationPriority.HIGH : RecommendationPriority.MEDIUM,
    text: `Включите тему «${row.competence_name}» в план методического объединения (${row.subject_name}): незакрытый дефицит у ${row.with_deficit} из `
      + `${genitiveCount(row.teachers, 'педагога', 'педагогов')} (${share((100 * row.with_deficit) / row.teachers)}).`,
    subjects: [{ kind: 'COMPETENCE', id: row.competence_code, name: row.competence_name }], fingerprint: `deficit-topic:${row.subject_id}:${row.competence_code}`,
  }));
};

/** Every rule, in the order their recommendations are issued. */
export const RECOMMENDATION_RULES: Record<string, RecommendationRule> = {
  diagnose, 'training-due': trainingDue, 'category-expiring': categoryExpiring, 'lagging-org': laggingOrg, 'deficit-topic': deficitTopic,
};
