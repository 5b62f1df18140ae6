import {
  EventKind, IndicatorBreakdown, IndicatorDirection, IndicatorGroup, IndicatorUnit, ProcedureKind, QualificationCategory, TrainingKind,
} from '@sopr/shared';
import { staffDerivedSql, trainedIn3YearsSql } from '@sopr/server-staff';
import { openDeficitSql } from '@sopr/server-diagnostics';
import { IndicatorDefinition, IndicatorSqlContext } from './indicator-definition';
import { RecordSource } from './person-records';

const P = 'работающие на дату педагогические работники (человек учитывается один раз, по основному месту работы)';
const derived = (ctx: IndicatorSqlContext) => staffDerivedSql('s', ctx.asOf, 'p.job_ids');
const inPeriod = (column: string, ctx: IndicatorSqlContext) => `${column} BETWEEN ${ctx.from}::date AND ${ctx.asOf}::date`;

/** A completed training of the person in the period, with an extra condition on `tr`. */
const trainedInPeriod = (ctx: IndicatorSqlContext, condition: string) => ctx.has(RecordSource.TRAINING, `${inPeriod('tr.completed_on', ctx)} AND ${condition}`);

/** A participation of the person in an event that starts in the period, with an extra condition on `ev`. */
const tookPartInPeriod = (ctx: IndicatorSqlContext, condition: string) => ctx.has(RecordSource.PARTICIPATION, `${inPeriod('ev.starts_on', ctx)} AND ${condition}`);

/** Any job of the person has the flag (a condition on `j`). */
const flagged = (ctx: IndicatorSqlContext, condition: string) => ctx.has(RecordSource.JOB, condition);

/** A result `r` of the person in the period (`dp` its procedure). */
const resultInPeriod = (ctx: IndicatorSqlContext) => inPeriod('r.taken_on', ctx);

/** A result of the person in the period in a procedure matching `condition` on `dp`. */
const diagnosedInPeriod = (ctx: IndicatorSqlContext, condition = 'true') => ctx.has(RecordSource.RESULT, `${resultInPeriod(ctx)} AND ${condition}`);

/** A deficit `d` open on the as-of date. */
const openOnDate = (ctx: IndicatorSqlContext) => openDeficitSql('d', { to: ctx.asOf });

/** A valid highest or first category on the as-of date. */
const categoryHeld = (ctx: IndicatorSqlContext) =>
  `(s.category IN ('${QualificationCategory.HIGHEST}', '${QualificationCategory.FIRST}') AND ${derived(ctx).categoryValid})`;

const bySubject = { kind: IndicatorBreakdown.SUBJECT } as const;

const share = { unit: IndicatorUnit.SHARE, direction: IndicatorDirection.HIGHER_IS_BETTER, denominatorText: P };

/**
 * The indicator catalogue (INDICATORS.md), as code: one definition per indicator whose data the
 * product keeps. Adding an indicator is one definition here and its test with hand-worked numbers.
 */
export const INDICATORS: IndicatorDefinition[] = [
  {
    ...share, code: 'DIAG_COVERAGE', group: IndicatorGroup.DIAGNOSTICS, seeds: '000 2.2.1.1; 001; 004 1.1',
    name: 'Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов',
    numeratorText: 'педагоги с результатом любой диагностики за период',
    numerator: (ctx) => diagnosedInPeriod(ctx),
    breakdowns: [
      bySubject,
      { kind: IndicatorBreakdown.PROCEDURE_KIND, numeratorKeys: (ctx) => ctx.keysOf(RecordSource.RESULT, 'dp.kind', resultInPeriod(ctx)) },
    ],
  },
  {
    ...share, code: 'DIAG_DEFICIT_AREA', group: IndicatorGroup.DIAGNOSTICS, seeds: '000 2.2.1.2', direction: IndicatorDirection.LOWER_IS_BETTER,
    name: 'Доля педагогов, у которых выявлены дефициты в предметной области, методической компетенции, читательской / математической / естественнонаучной / цифровой грамотности',
    numeratorText: 'педагоги с дефицитом, открытым на дату (по компетенциям — в этой компетенции)',
    numerator: (ctx) => ctx.has(RecordSource.DEFICIT, openOnDate(ctx)),
    breakdowns: [
      { kind: IndicatorBreakdown.COMPETENCE, numeratorKeys: (ctx) => ctx.keysOf(RecordSource.DEFICIT, 'd.competence_code', openOnDate(ctx)) },
      bySubject,
    ],
  },
  {
    ...share, code: 'DIAG_DEFICIT_ENTRY', group: IndicatorGroup.DIAGNOSTICS, seeds: '000 2.2.1.3',
    name: 'Доля педагогов с дефицитами, выявленными по входной диагностике в программы ДПО (ЦНППМ) и в методической работе ОО',
    numeratorText: 'педагоги с дефицитом, выявленным за период входной диагностикой ЦНППМ или в методической работе ОО',
    numerator: (ctx) => ctx.has(RecordSource.DEFICIT, `${inPeriod('d.opened_on', ctx)} AND d.procedure_kind IN ('${ProcedureKind.CNPPM_ENTRY}', '${ProcedureKind.SCHOOL_METHODICAL}')`),
  },
  {
    ...share, code: 'DIAG_CORPORATE', group: IndicatorGroup.DIAGNOSTICS, seeds: '000 2.2.1.4',
    name: 'Доля педагогов, прошедших диагностику в рамках корпоративного заказа',
    numeratorText: 'педагоги с результатом диагностики по корпоративному заказу за период',
    numerator: (ctx) => diagnosedInPeriod(ctx, `dp.kind = '${ProcedureKind.CORPORATE_ORDER}'`),
  },
  {
    ...share, code: 'TRAIN_CNPPM', group: IndicatorGroup.TRAINING, seeds: '000 2.2.2.2',
    name: 'Доля педагогов ОО, прошедших повышение квалификации в ЦНППМ',
    numeratorText: 'педагоги, завершившие за период повышение квалификации в ЦНППМ',
    numerator: (ctx) => trainedInPeriod(ctx, `tr.kind = '${TrainingKind.ADVANCED}' AND tr.is_cnppm`),
  },
  {
    ...share, code: 'TRAIN_FEDERAL_REGISTRY', group: IndicatorGroup.TRAINING, seeds: '001',
    name: 'Доля педагогов, прошедших ПК по программам из Федерального реестра',
    numeratorText: 'педагоги, завершившие за период ПК по программе из Федерального реестра',
    numerator: (ctx) => trainedInPeriod(ctx, `tr.kind = '${TrainingKind.ADVANCED}' AND tr.is_federal_registry`),
  },
  {
    ...share, code: 'TRAIN_ADVANCED', group: IndicatorGroup.TRAINING, seeds: '001',
    name: 'Доля слушателей, обучившихся по программам ПК',
    numeratorText: 'педагоги, завершившие за период повышение квалификации',
    numerator: (ctx) => trainedInPeriod(ctx, `tr.kind = '${TrainingKind.ADVANCED}'`),
  },
  {
    ...share, code: 'TRAIN_RETRAINING', group: IndicatorGroup.TRAINING, seeds: '001',
    name: 'Доля слушателей, обучившихся по программам профпереподготовки',
    numeratorText: 'педагоги, завершившие за период профессиональную переподготовку',
    numerator: (ctx) => trainedInPeriod(ctx, `tr.kind = '${TrainingKind.RETRAINING}'`),
  },
  {
    ...share, code: 'TRAIN_ICT', group: IndicatorGroup.TRAINING, seeds: '001',
    name: 'Доля слушателей, обучившихся по программам ПК в области ИКТ',
    numeratorText: 'педагоги, завершившие за период ПК в области ИКТ',
    numerator: (ctx) => trainedInPeriod(ctx, `tr.kind = '${TrainingKind.ADVANCED}' AND tr.is_ict`),
  },
  {
    ...share, code: 'TRAIN_LAST_3Y', group: IndicatorGroup.TRAINING, seeds: '004; 001',
    name: 'Доля педагогов, прошедших ПК за последние 3 года',
    numeratorText: 'педагоги, завершившие ПК или переподготовку за 3 года до даты',
    numerator: (ctx) => ctx.has(RecordSource.TRAINING, trainedIn3YearsSql('tr', ctx.asOf)),
    breakdowns: [{ kind: IndicatorBreakdown.POSITION }],
  },
  {
    ...share, code: 'CATEGORY_SHARE', group: IndicatorGroup.TRAINING, seeds: '004',
    name: 'Доля педагогов с высшей и первой квалификационной категорией',
    numeratorText: 'педагоги с действующей на дату высшей или первой категорией',
    numerator: categoryHeld,
    breakdowns: [{ kind: IndicatorBreakdown.CATEGORY, numeratorKeys: (ctx) => `CASE WHEN ${categoryHeld(ctx)} THEN ARRAY[s.category::text] ELSE '{}'::text[] END` }],
  },
  {
    ...share, code: 'PROFSREDA', group: IndicatorGroup.TRAINING, seeds: '000 2.2.2.3',
    name: 'Доля педагогов, принявших участие в цикле мероприятий ПрофСреда',
    numeratorText: 'педагоги — участники мероприятий цикла «ПрофСреда» за период',
    numerator: (ctx) => tookPartInPeriod(ctx, `ev.series ILIKE '%профсреда%'`),
  },
  {
    code: 'TUTORS_PER_100', group: IndicatorGroup.TRAINING, seeds: '000 2.2.2.4', unit: IndicatorUnit.PER_100, direction: IndicatorDirection.HIGHER_IS_BETTER,
    name: 'Количество супервизоров/тьюторов на 100 педагогов',
    numeratorText: 'педагоги, работающие тьюторами или супервизорами', denominatorText: P,
    numerator: (ctx) => flagged(ctx, '(j.is_tutor OR j.is_supervisor)'),
  },
  {
    code: 'EXPERTS_COUNT', group: IndicatorGroup.TRAINING, seeds: '001', unit: IndicatorUnit.COUNT, direction: IndicatorDirection.HIGHER_IS_BETTER,
    name: 'Количество педагогов, вовлечённых в экспертную деятельность',
    numeratorText: 'педагоги-эксперты', denominatorText: null,
    numerator: (ctx) => flagged(ctx, 'j.is_expert'),
  },
  {
    ...share, code: 'YOUNG_SHARE', group: IndicatorGroup.YOUNG_TEACHERS, seeds: '000 2.2.3.1; 001',
    name: 'Доля педагогов в возрасте до 35 лет',
    numeratorText: 'педагоги моложе 35 лет на дату',
    numerator: (ctx) => derived(ctx).under35,
  },
  {
    ...share, code: 'YOUNG_EVENTS', group: IndicatorGroup.YOUNG_TEACHERS, seeds: '000 2.2.3.2',
    name: 'Доля педагогов до 35 лет, участвующих в мероприятиях для молодых педагогов',
    numeratorText: 'педагоги до 35 лет — участники мероприятий для молодых педагогов за период', denominatorText: 'педагоги моложе 35 лет на дату',
    numerator: (ctx) => `(${derived(ctx).under35} AND ${tookPartInPeriod(ctx, `ev.kind = '${EventKind.YOUNG_TEACHERS_EVENT}'`)})`,
    denominator: (ctx) => derived(ctx).under35,
  },
  {
    ...share, code: 'YOUNG_CONTEST', group: IndicatorGroup.YOUNG_TEACHERS, seeds: '000 2.2.3.3',
    name: 'Доля педагогов до 35 лет в первые три года работы, участвовавших в конкурсе проектов молодых педагогов',
    numeratorText: 'такие педагоги — участники конкурса проектов молодых педагогов за период',
    denominatorText: 'педагоги моложе 35 лет с педагогическим стажем до 3 лет',
    numerator: (ctx) => `(${derived(ctx).under35} AND ${derived(ctx).youngSpecialist} AND ${tookPartInPeriod(ctx, `ev.kind = '${EventKind.YOUNG_TEACHERS_PROJECT_CONTEST}'`)})`,
    denominator: (ctx) => `(${derived(ctx).under35} AND ${derived(ctx).youngSpecialist})`,
  },
  {
    ...share, code: 'STAFF_PROFILE_EDU', group: IndicatorGroup.STAFFING, seeds: '000 2.2.5.2; 004 6.2',
    name: 'Доля педагогов, имеющих образование, соответствующее профилю преподаваемого предмета',
    numeratorText: 'педагоги, чьё образование соответствует каждому преподаваемому предмету', denominatorText: 'педагоги, преподающие предметы',
    numerator: (ctx) => `(${ctx.has(RecordSource.SUBJECT, 'true')} AND NOT ${ctx.has(RecordSource.SUBJECT, 'NOT ss.profile_match')})`,
    denominator: (ctx) => ctx.has(RecordSource.SUBJECT, 'true'),
    breakdowns: [bySubject],
  },
  {
    ...share, code: 'STAFF_HIGHER_EDU', group: IndicatorGroup.STAFFING, seeds: '004',
    name: 'Доля педагогов с высшим образованием',
    numeratorText: 'педагоги с высшим образованием',
    numerator: () => `s.education_level = 'HIGHER'`,
  },
  {
    ...share, code: 'STAFF_PENSION', group: IndicatorGroup.STAFFING, seeds: '000 2.2.5.3', direction: IndicatorDirection.LOWER_IS_BETTER,
    name: 'Доля педагогов, достигших пенсионного возраста',
    numeratorText: 'педагоги, достигшие на дату пенсионного возраста (по полу и году рождения)',
    numerator: (ctx) => derived(ctx).pensionAge,
    breakdowns: [bySubject],
  },
  {
    ...share, code: 'STAFF_OVER_50', group: IndicatorGroup.STAFFING, seeds: '004', direction: IndicatorDirection.LOWER_IS_BETTER,
    name: 'Доля педагогов старше 50 лет',
    numeratorText: 'педагоги, которым на дату исполнилось 50 лет',
    numerator: (ctx) => `(${derived(ctx).age} >= 50)`,
  },
];

const BY_CODE = new Map(INDICATORS.map((definition) => [definition.code, definition]));

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}
