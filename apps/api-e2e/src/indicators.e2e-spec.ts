import {
  EducationLevel, Employment, EventKind, Gender, IndicatorBreakdown, IndicatorLevel, PROCEDURE_KIND_TITLES, PositionCode, ProcedureKind, QualificationCategory, Role,
  TrainingKind,
} from '@sopr/shared';
import { IndicatorValue, computeMunicipalityIndicators } from '@sopr/server-indicators';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

/**
 * A hand-made municipality (M1) on the as-of date 2026-06-30, period 2026-01-01…2026-06-30:
 *
 * | person | job(s)                              | facts                                                                 |
 * | A      | O1 main, teacher                    | born 1991-06-30 (turns 35 on the date: not young), higher education,  |
 * |        |                                     | first category of 2021-06-30 (expires on the date), ЦНППМ course      |
 * |        |                                     | completed 2026-03-01, expert; teaches mathematics (profile)           |
 * | B      | O1 main + O2 part-time, teacher     | born 1995-01-10 (31), teaching since 2024-09-01, secondary vocational, |
 * |        |                                     | highest category of 2024-01-01; on the part-time job: a young         |
 * |        |                                     | teachers' event of 2026-04-01 and an entry diagnostics of 2026-02-10;  |
 * |        |                                     | teaches Russian (profile) at O1 and mathematics (not profile) at O2   |
 * | C      | O1, teacher, dismissed 2026-05-31   | (not counted)                                                         |
 * | D      | O2 main, educator                   | woman born 1965-03-01 (pension at 56.5, over 50), higher, tutor;       |
 * |        |                                     | teaches preschool (profile); an external diagnostics of 2026-05-01     |
 * |        |                                     | with mathematical literacy 40 < 60: a deficit open on the date        |
 * | E      | O1, director only                   | (management, not counted)                                             |
 * | F      | O3 of M2                            | (another municipality)                                                |
 *
 * P(M1) = {A, B, D} = 3; P(O1) = {A, B} = 2 (B counted once, at the main job); P(O2) = {D} = 1.
 */
describe('indicators: catalogue and computation', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let values: IndicatorValue[];
  const at = (code: string, organizationId: string | null = null) => {
    const found = values.find((v) => v.code === code && v.organizationId === organizationId && v.breakdown === null);
    return found && { numerator: found.numerator, denominator: found.denominator, value: found.value === null ? null : Math.round(found.value * 100) / 100 };
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    const { build, o1, o2, o3 } = world;
    const a = await build.staffMember(o1, {
      birthDate: '1991-06-30', educationLevel: EducationLevel.HIGHER, category: QualificationCategory.FIRST, categoryAssignedOn: '2021-06-30', isExpert: true,
      teachingSince: '2013-09-01', hiredOn: '2013-09-01',
    });
    await build.training(a, { kind: TrainingKind.ADVANCED, isCnppm: true, startedOn: '2026-02-01', completedOn: '2026-03-01' });
    const snilsB = validSnils();
    const bMain = await build.staffMember(o1, {
      snils: snilsB, birthDate: '1995-01-10', educationLevel: EducationLevel.SECONDARY_VOCATIONAL, category: QualificationCategory.HIGHEST,
      categoryAssignedOn: '2024-01-01', teachingSince: '2024-09-01', hiredOn: '2024-09-01',
    });
    const bPartTime = await build.staffMember(o2, {
      snils: snilsB, birthDate: '1995-01-10', educationLevel: EducationLevel.SECONDARY_VOCATIONAL, category: QualificationCategory.HIGHEST,
      categoryAssignedOn: '2024-01-01', teachingSince: '2024-09-01', hiredOn: '2025-09-01', employment: Employment.PART_TIME,
    });
    await build.participation(await build.event({ region: world.r1, municipality: world.m1 }, { kind: EventKind.YOUNG_TEACHERS_EVENT, series: null, startsOn: '2026-04-01' }), bPartTime);
    const entry = await build.procedure({ region: world.r1, municipality: world.m1 }, { kind: ProcedureKind.CNPPM_ENTRY, startsOn: '2026-02-01' });
    await build.result(entry, bPartTime, '2026-02-10', { 'PROF.METHODICAL': 80 });
    await build.teaches(a, 'MATH');
    await build.teaches(bMain, 'RUSSIAN');
    await build.teaches(bPartTime, 'MATH', false);
    const c = await build.staffMember(o1, { dismissedOn: '2026-05-31' });
    await build.training(c, { completedOn: '2026-03-01' });
    const d = await build.staffMember(o2, { birthDate: '1965-03-01', gender: Gender.FEMALE, educationLevel: EducationLevel.HIGHER, isTutor: true }, [PositionCode.EDUCATOR]);
    await build.teaches(d, 'PRESCHOOL');
    const external = await build.procedure({ region: world.r1, municipality: world.m1 }, { kind: ProcedureKind.EXTERNAL_FIOKO, startsOn: '2026-05-01' });
    await build.result(external, d, '2026-05-01', { 'PROF.METHODICAL': 70, 'FL.MATH': 40 });
    await build.staffMember(o1, { isExpert: true, isTutor: true }, [PositionCode.DIRECTOR]);
    await build.staffMember(o3, { isTutor: true });
    values = await t.db.transaction((manager) => computeMunicipalityIndicators(manager, world.m1.id, { from: '2026-01-01', asOf: '2026-06-30' }));
  });
  afterAll(() => t.close());

  it('counts each person once, at the main job, among active pedagogical staff of the municipality only', () => {
    expect(values.filter((v) => v.level === IndicatorLevel.MUNICIPALITY).every((v) => v.municipalityId === world.m1.id)).toBe(true);
    expect(new Set(values.map((v) => v.organizationId))).toEqual(new Set([null, world.o1.id, world.o2.id]));
    // Every person is in the denominator of a plain share: 3 in M1, 2 in O1, 1 in O2.
    expect(at('STAFF_HIGHER_EDU')).toEqual({ numerator: 2, denominator: 3, value: 66.67 }); // A, D
    expect(at('STAFF_HIGHER_EDU', world.o1.id)).toEqual({ numerator: 1, denominator: 2, value: 50 }); // A of A, B
    expect(at('STAFF_HIGHER_EDU', world.o2.id)).toEqual({ numerator: 1, denominator: 1, value: 100 }); // D; B's part-time job is not counted here
  });

  it('a birthday on the as-of date counts: A turns 35 that day and is no longer young', () => {
    expect(at('YOUNG_SHARE')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // B
    // B's young teachers' event is recorded at his part-time job: the person is counted.
    expect(at('YOUNG_EVENTS')).toEqual({ numerator: 1, denominator: 1, value: 100 });
    expect(at('YOUNG_CONTEST')).toEqual({ numerator: 0, denominator: 1, value: 0 }); // B is a young specialist; no contest
  });

  it('a category that expires on the as-of date is no longer valid', () => {
    expect(at('CATEGORY_SHARE')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // B's highest; A's first expired on 2026-06-30
  });

  it('training and diagnostics in the period, from any job of the person; the dismissed are out', () => {
    expect(at('TRAIN_ADVANCED')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // A (C's course does not count: dismissed)
    expect(at('TRAIN_CNPPM')).toEqual({ numerator: 1, denominator: 3, value: 33.33 });
    expect(at('TRAIN_LAST_3Y')).toEqual({ numerator: 1, denominator: 3, value: 33.33 });
    expect(at('TRAIN_RETRAINING')).toEqual({ numerator: 0, denominator: 3, value: 0 });
    expect(at('DIAG_COVERAGE')).toEqual({ numerator: 2, denominator: 3, value: 66.67 }); // B, through the part-time job, and D
    expect(at('DIAG_COVERAGE', world.o1.id)).toEqual({ numerator: 1, denominator: 2, value: 50 }); // counted at B's main job
    expect(at('DIAG_DEFICIT_ENTRY')).toEqual({ numerator: 0, denominator: 3, value: 0 }); // B's 80 is above the threshold of 60; D's deficit is external
    expect(at('DIAG_DEFICIT_AREA')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // D
  });

  it('breaks values down for the municipality: by subject and position (the people of the key), by kind, category and competence (the numerator)', () => {
    const by = (code: string, breakdown: IndicatorBreakdown) =>
      Object.fromEntries(values.filter((v) => v.code === code && v.breakdown === breakdown).map((v) => {
        expect(v).toMatchObject({ level: IndicatorLevel.MUNICIPALITY, organizationId: null }); // breakdowns are the municipality's
        return [v.breakdownKey, [v.breakdownName, v.numerator, v.denominator]];
      }));
    // Subjects across all of a person's jobs: A {MATH}, B {RUSSIAN, MATH}, D {PRESCHOOL}; diagnosed: B and D.
    expect(by('DIAG_COVERAGE', IndicatorBreakdown.SUBJECT)).toEqual({
      MATH: ['Математика', 1, 2], RUSSIAN: ['Русский язык', 1, 1], PRESCHOOL: ['Дошкольное образование', 1, 1],
    });
    // B's entry diagnostics, D's external one; each over all of P.
    expect(by('DIAG_COVERAGE', IndicatorBreakdown.PROCEDURE_KIND)).toEqual({
      CNPPM_ENTRY: ['Входная диагностика ЦНППМ', 1, 3], EXTERNAL_FIOKO: [PROCEDURE_KIND_TITLES.EXTERNAL_FIOKO, 1, 3],
    });
    expect(by('DIAG_DEFICIT_AREA', IndicatorBreakdown.COMPETENCE)).toEqual({ 'FL.MATH': ['Математическая грамотность', 1, 3] });
    expect(by('DIAG_DEFICIT_AREA', IndicatorBreakdown.SUBJECT)).toEqual({ MATH: ['Математика', 0, 2], RUSSIAN: ['Русский язык', 0, 1], PRESCHOOL: ['Дошкольное образование', 1, 1] });
    // A teacher trained (A), B not; D is an educator. The director E is not pedagogical staff.
    expect(by('TRAIN_LAST_3Y', IndicatorBreakdown.POSITION)).toEqual({ TEACHER: ['Учитель', 1, 2], EDUCATOR: ['Воспитатель', 0, 1] });
    // Only B's highest is valid on the date (A's first expired that day): no row for the first category.
    expect(by('CATEGORY_SHARE', IndicatorBreakdown.CATEGORY)).toEqual({ HIGHEST: ['Высшая', 1, 3] });
    // Profile education for every subject taught: A yes, B no (mathematics at O2), D yes.
    expect(at('STAFF_PROFILE_EDU')).toEqual({ numerator: 2, denominator: 3, value: 66.67 });
    expect(by('STAFF_PROFILE_EDU', IndicatorBreakdown.SUBJECT)).toEqual({ MATH: ['Математика', 1, 2], RUSSIAN: ['Русский язык', 0, 1], PRESCHOOL: ['Дошкольное образование', 1, 1] });
    expect(by('STAFF_PENSION', IndicatorBreakdown.SUBJECT)).toEqual({ MATH: ['Математика', 0, 2], RUSSIAN: ['Русский язык', 0, 1], PRESCHOOL: ['Дошкольное образование', 1, 1] });
    // Organizations have totals only.
    expect(values.filter((v) => v.organizationId !== null).every((v) => v.breakdown === null)).toBe(true);
  });

  it('age, pension age, tutors per 100 and the count of experts', () => {
    expect(at('STAFF_PENSION')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // D: a woman born in 1965 retires at 56.5
    expect(at('STAFF_OVER_50')).toEqual({ numerator: 1, denominator: 3, value: 33.33 });
    expect(at('TUTORS_PER_100')).toEqual({ numerator: 1, denominator: 3, value: 33.33 }); // D; the director E is not pedagogical staff
    expect(at('EXPERTS_COUNT')).toEqual({ numerator: 1, denominator: null, value: 1 }); // A; E again excluded
    expect(at('EXPERTS_COUNT', world.o2.id)).toEqual({ numerator: 0, denominator: null, value: 0 });
  });

  it('the people behind each value (one subquery per person) are exactly those counted (one pass per record source)', async () => {
    const methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    const run = await world.build.monitoringRun(world.m1); // done, 2026-01-01…2026-06-30, the period computed above
    for (const v of values.filter((x) => x.level === IndicatorLevel.MUNICIPALITY)) {
      const breakdown = v.breakdown ? `&breakdown=${v.breakdown}&breakdownKey=${v.breakdownKey}` : '';
      const count = async (part: string) =>
        (await t.http.get(`/api/v1/monitoring-runs/${run.id}/people?indicatorCode=${v.code}&part=${part}${breakdown}`).set('Authorization', methodist)).body.total;
      expect({ code: v.code, key: v.breakdownKey, numerator: await count('numerator') }).toEqual({ code: v.code, key: v.breakdownKey, numerator: v.numerator });
      if (v.denominator !== null) expect({ code: v.code, key: v.breakdownKey, denominator: await count('denominator') }).toEqual({ code: v.code, key: v.breakdownKey, denominator: v.denominator });
    }
  });

  it('serves the catalogue to everyone signed in, and a clear 404 for an unknown code', async () => {
    const teacher = `Bearer ${accessTokenFor(t, await world.build.user(Role.TEACHER, { organization: world.o1 }))}`;
    const list = await t.http.get('/api/v1/indicators').set('Authorization', teacher);
    expect(list.status).toBe(200);
    expect(list.body.map((i: { code: string }) => i.code)).toContain('DIAG_COVERAGE');
    expect(list.body.find((i: { code: string }) => i.code === 'STAFF_PENSION')).toMatchObject({ unit: 'SHARE', direction: 'LOWER_IS_BETTER', group: 'STAFFING' });
    const one = await t.http.get('/api/v1/indicators/TUTORS_PER_100').set('Authorization', teacher);
    expect(one.body).toMatchObject({ unit: 'PER_100', name: 'Количество супервизоров/тьюторов на 100 педагогов' });
    const unknown = await t.http.get('/api/v1/indicators/NO_SUCH').set('Authorization', teacher);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Показателя с кодом NO_SUCH нет в каталоге');
    expect((await t.http.get('/api/v1/indicators')).status).toBe(401);
  });
});
