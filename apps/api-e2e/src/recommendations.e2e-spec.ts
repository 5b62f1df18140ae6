import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EducationLevel, MonitoringRunStatus, QualificationCategory, RecommendationStatus, Role } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { workerModule } from '../../worker/src/worker.module';
import { accessTokenFor } from './support/auth';
import { eventually } from './support/eventually';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

jest.setTimeout(40_000);

interface Rec { id: string; priority: string; createdAt: string; ruleCode: string; addressee: string; organizationId: string | null; staffMemberId: string | null; status: string; text: string; subjects: { name: string }[]; canAct: boolean }

/**
 * M1 on 2026-06-30, region target for DIAG_COVERAGE 60 %:
 * - O1: Альфа (diagnosed, methodical score 40 → open deficit, teaches maths, trained 2025),
 *   Бета (not diagnosed, never trained, teaches maths), Гамма (not diagnosed, trained 2025, first
 *   category of 2021-10-01 → expires 2026-10-01, within six months).
 *   DIAG_COVERAGE of O1 = 1 of 3 = 33,3 % → not met → «diagnose» for Бета and Гамма.
 * - O2: Дельта, Эпсилон, Дзета (diagnosed, trained, teach maths; Эпсилон's methodical score 40 → open
 *   deficit): 100 %, nothing to say to the school.
 * Maths: 2 of 5 teachers with an open methodical deficit = 40 % > 30 % → «deficit-topic» for the municipality.
 * M2: ten schools with one teacher each; the teacher of «Отстающая» has no diagnostics, no training,
 * no category and no higher education → bottom tenth on four indicators → «lagging-org». The
 * teachers of schools 2 and 3 teach physics, both with a methodical deficit: 100 %, but two teachers
 * are too few for a topic (at least five) → no «deficit-topic» in M2.
 */
describe('recommendations after a monitoring run (worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: World & { build: Builder };
  let methodist: string;
  let school1: string;
  let teacherBeta: string;
  let teacherAlpha: string;
  let beta: StaffMember;
  let gamma: StaffMember;

  const runFor = async (municipalityId: string, auth: string) => {
    const started = await t.http.post('/api/v1/monitoring-runs').set('Authorization', auth).send({ municipalityId, asOf: '2026-06-30' });
    expect(started.status).toBe(202);
    const run = await eventually(
      async () => (await t.http.get(`/api/v1/monitoring-runs/${started.body.id}`).set('Authorization', auth)).body,
      (r) => r.status === MonitoringRunStatus.DONE || r.status === MonitoringRunStatus.FAILED,
      (r) => `run ${r.status}`,
      30_000,
    );
    if (run.status === MonitoringRunStatus.FAILED) throw new Error(`run ${run.status}`);
    return started.body.id as string;
  };
  const recommendations = async (auth: string, query = ''): Promise<Rec[]> => (await t.http.get(`/api/v1/recommendations?limit=100${query}`).set('Authorization', auth)).body.items;
  /** The recommendations job follows the run: wait until its count settles at `count`. */
  const waitFor = (auth: string, count: number, query = ''): Promise<Rec[]> =>
    eventually(
      () => recommendations(auth, query),
      (items) => items.length === count,
      (items) => `expected ${count} recommendations, got ${items.length}: ${items.map((i) => i.ruleCode).join(', ')}`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    const { build, r1, m1, m2, o1, o2 } = world;
    const maths: { id: string } = (await t.db.query(`SELECT id FROM subject WHERE code = 'MATH'`))[0];
    const teach = (member: StaffMember) => t.db.query(`INSERT INTO staff_subject (staff_member_id, subject_id) VALUES ($1, $2)`, [member.id, maths.id]);
    const procedure = await build.procedure({ region: r1, municipality: m1 }, { startsOn: '2026-02-01' });
    const alpha = await build.staffMember(o1, { lastName: 'Альфа' });
    await build.result(procedure, alpha, '2026-02-10', { 'PROF.METHODICAL': 40 });
    await build.training(alpha);
    await teach(alpha);
    beta = await build.staffMember(o1, { lastName: 'Бета' });
    await teach(beta);
    gamma = await build.staffMember(o1, { lastName: 'Гамма', category: QualificationCategory.FIRST, categoryAssignedOn: '2021-10-01' });
    await build.training(gamma);
    for (const [lastName, score] of [['Дельта', 80], ['Эпсилон', 40], ['Дзета', 85]] as const) {
      const member = await build.staffMember(o2, { lastName });
      await build.result(procedure, member, '2026-03-01', { 'PROF.METHODICAL': score });
      await build.training(member);
      await teach(member);
    }
    await t.db.query(`INSERT INTO indicator_target (indicator_code, region_id, municipality_id, place_id, year, value) VALUES ('DIAG_COVERAGE', $1, NULL, $1, 2026, 60)`, [r1.id]);

    const other = await build.procedure({ region: r1, municipality: m2 }, { startsOn: '2026-02-01' });
    for (let n = 1; n <= 10; n++) {
      const school = await build.organization(m2, 'SCHOOL' as never, n === 1 ? 'Отстающая' : `Школа M2-${n}`);
      if (n === 1) {
        await build.staffMember(school, { lastName: 'Отстающий', educationLevel: EducationLevel.SECONDARY_VOCATIONAL });
      } else {
        const member = await build.staffMember(school, { category: QualificationCategory.FIRST, categoryAssignedOn: '2024-01-01' });
        await build.result(other, member, '2026-03-01', { 'PROF.METHODICAL': n <= 3 ? 40 : 90 });
        await build.training(member);
        if (n <= 3) await build.teaches(member, 'PHYSICS');
      }
    }

    methodist = `Bearer ${accessTokenFor(t, await build.user(Role.MUNICIPAL_METHODIST, { municipality: m1 }))}`;
    school1 = `Bearer ${accessTokenFor(t, await build.user(Role.SCHOOL_ADMIN, { organization: o1 }))}`;
    const asTeacher = async (member: StaffMember) => {
      const user = await build.user(Role.TEACHER, { organization: o1 });
      user.staffMemberId = member.id;
      return `Bearer ${accessTokenFor(t, user)}`;
    };
    teacherBeta = await asTeacher(beta);
    teacherAlpha = await asTeacher(alpha);
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('issues each rule\'s recommendations to the right addressee, about the right people', async () => {
    await runFor(world.m1.id, methodist);
    // Teacher: Бета's training; Гамма's attestation. School: diagnose, training, attestation. Municipality: the maths topic.
    const all = await waitFor(methodist, 6);
    const summary = all.map((r) => [r.ruleCode, r.addressee, r.subjects.map((s) => s.name.split(' ')[0]).join(',')]).sort();
    expect(summary).toEqual([
      ['category-expiring', 'SCHOOL', 'Гамма'],
      ['category-expiring', 'TEACHER', 'Гамма'],
      ['deficit-topic', 'MUNICIPALITY', 'Методическая'],
      ['diagnose', 'SCHOOL', 'Бета,Гамма'],
      ['training-due', 'SCHOOL', 'Бета'],
      ['training-due', 'TEACHER', 'Бета'],
    ]);
    // The most urgent first: diagnose (coverage not met) and the attestation are high, the rest medium.
    const rank = { HIGH: 0, MEDIUM: 1, LOW: 2 } as Record<string, number>;
    expect(all.map((r) => rank[r.priority])).toEqual([...all.map((r) => rank[r.priority])].sort());
    expect(all[0].priority).toBe('HIGH');
    const byDate = (await recommendations(methodist, '&sort=-createdAt')).map((r) => r.createdAt);
    expect(byDate).toEqual([...byDate].sort().reverse());
    const diagnose = all.find((r) => r.ruleCode === 'diagnose')!;
    expect(diagnose).toMatchObject({ organizationId: world.o1.id, status: RecommendationStatus.ISSUED });
    expect(diagnose.text).toBe('Организуйте диагностику профессиональных дефицитов для 2 педагогов, не проходивших её с 01.01.2026: охват 33,3 % при цели 60 %.');
    expect(all.find((r) => r.ruleCode === 'deficit-topic')!.text).toBe(
      'Включите тему «Методическая компетенция» в план методического объединения (Математика): незакрытый дефицит у 2 из 5 педагогов (40 %).',
    );
    expect(all.find((r) => r.ruleCode === 'category-expiring' && r.addressee === 'TEACHER')!.text).toBe('Подготовьтесь к аттестации: ваша категория «первая» действует до 01.10.2026.');
  });

  it('each addressee sees and moves only theirs: accepted, done, or rejected with a reason', async () => {
    const mine = await recommendations(teacherBeta);
    expect(mine.map((r) => [r.ruleCode, r.staffMemberId, r.canAct])).toEqual([['training-due', beta.id, true]]);
    expect(await recommendations(teacherAlpha)).toEqual([]);
    const schools = await recommendations(school1);
    expect(schools.map((r) => r.addressee).sort()).toEqual(['SCHOOL', 'SCHOOL', 'SCHOOL', 'TEACHER', 'TEACHER']); // not the municipality's
    expect(schools.filter((r) => r.canAct).every((r) => r.addressee === 'SCHOOL')).toBe(true);

    const patch = (id: string, auth: string, body: object) => t.http.patch(`/api/v1/recommendations/${id}`).set('Authorization', auth).send(body);
    // The school sees its teacher's recommendation but only the teacher acts on it.
    expect((await patch(mine[0].id, school1, { status: 'ACCEPTED' })).status).toBe(403);
    expect((await patch(mine[0].id, teacherAlpha, { status: 'ACCEPTED' })).status).toBe(404);
    expect((await patch(mine[0].id, teacherBeta, { status: 'DONE' })).status).toBe(409);
    expect((await patch(mine[0].id, teacherBeta, { status: 'ACCEPTED' })).body.status).toBe('ACCEPTED');
    expect((await patch(mine[0].id, teacherBeta, { status: 'DONE' })).body).toMatchObject({ status: 'DONE', canAct: false });

    const diagnose = schools.find((r) => r.ruleCode === 'diagnose')!;
    const noReason = await patch(diagnose.id, school1, { status: 'REJECTED' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'Укажите причину отклонения' }]);
    const rejected = await patch(diagnose.id, school1, { status: 'REJECTED', reason: 'Диагностика назначена на сентябрь приказом по школе' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejectionReason: 'Диагностика назначена на сентябрь приказом по школе' });
    const audit = await t.db.query(`SELECT changes FROM audit_log WHERE entity = 'recommendation' AND entity_id = $1`, [diagnose.id]);
    expect(audit).toEqual([{ changes: { status: { from: 'ISSUED', to: 'REJECTED' }, rejectionReason: { from: null, to: 'Диагностика назначена на сентябрь приказом по школе' } } }]);
  });

  it('a rule firing again does not duplicate an open recommendation; a closed one may be issued anew', async () => {
    await runFor(world.m1.id, methodist);
    // Open ones stay single; Бета's done training and the school's rejected diagnose come back, as both still hold.
    const all = await waitFor(methodist, 8);
    expect(all.filter((r) => r.ruleCode === 'training-due' && r.addressee === 'TEACHER').map((r) => r.status).sort()).toEqual(['DONE', 'ISSUED']);
    expect(all.filter((r) => r.ruleCode === 'deficit-topic')).toHaveLength(1);
  });

  it('a school in the bottom tenth on three or more indicators is pointed out to the municipality', async () => {
    const m2Methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m2 }))}`;
    await runFor(world.m2.id, m2Methodist);
    const lagging = await waitFor(m2Methodist, 1, '&ruleCode=lagging-org');
    expect(lagging[0].subjects.map((s) => s.name)).toEqual(['Отстающая']);
    // Physics: both of its two teachers lack the methodical competence, but two are too few for a topic.
    expect(await recommendations(m2Methodist, '&ruleCode=deficit-topic')).toEqual([]);
    expect(lagging[0].text).toContain('в нижних 10 % муниципалитета по показателям (4)');
    // The other municipality's recommendations stay out of sight.
    expect((await recommendations(methodist, '&ruleCode=lagging-org'))).toEqual([]);
  });
});
