import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MonitoringRunStatus, ProcedureKind, Role } from '@sopr/shared';
import { workerModule } from '../../worker/src/worker.module';
import { accessTokenFor } from './support/auth';
import { eventually } from './support/eventually';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

jest.setTimeout(60_000);

/**
 * Region R1 = M1 + M2, as of 2026-06-30, region-wide target for DIAG_COVERAGE 50 %:
 * - M1: O1 with four teachers (the first two diagnosed; the first teaches mathematics), O2 with one (not yet diagnosed);
 * - M2: O3 with two teachers of mathematics, the first diagnosed (by a corporate order; the others by an entry diagnostics).
 * DIAG_COVERAGE: M1 2 of 5 = 40 %, M2 1 of 2 = 50 %, R1 3 of 7 = 42.86 % (not met: more than 5 points short).
 * By subject, mathematics in R1: 2 of 3 = 66.67 % (met).
 */
describe('region monitoring runs: fan-out, roll-up, municipalities side by side, dynamics (worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: World & { build: Builder };
  let regional: string;
  let methodist: string;
  let otherRegion: string;
  let school: string;
  const ids: Record<string, string> = {};

  const get = (path: string, auth = regional) => t.http.get(`/api/v1${path}`).set('Authorization', auth);
  async function finished(id: string): Promise<Record<string, unknown>> {
    const response = await eventually(
      () => get(`/monitoring-runs/${id}`),
      (r) => [MonitoringRunStatus.DONE, MonitoringRunStatus.FAILED].includes(r.body.status),
      (r) => `region run ${id} still ${r.body.status} (${JSON.stringify(r.body.progress)})`,
    );
    return response.body;
  }
  const startRegionRun = () => t.http.post('/api/v1/monitoring-runs').set('Authorization', regional).send({ regionId: world.r1.id, asOf: '2026-06-30' });

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    const { build, r1, r2, m1, o1, o2, o3 } = world;
    regional = `Bearer ${accessTokenFor(t, await build.user(Role.REGIONAL_ADMIN, { region: r1 }))}`;
    methodist = `Bearer ${accessTokenFor(t, await build.user(Role.MUNICIPAL_METHODIST, { municipality: m1 }))}`;
    otherRegion = `Bearer ${accessTokenFor(t, await build.user(Role.REGIONAL_ADMIN, { region: r2 }))}`;
    school = `Bearer ${accessTokenFor(t, await build.user(Role.SCHOOL_ADMIN, { organization: o1 }))}`;
    const procedure = await build.procedure({ region: r1 }, { startsOn: '2026-02-01' });
    const m1Teachers = await Promise.all([1, 2, 3, 4].map((n) => build.staffMember(o1, { lastName: `Учитель${n}` })));
    await build.result(procedure, m1Teachers[0], '2026-02-10', { 'PROF.METHODICAL': 70 });
    await build.result(procedure, m1Teachers[1], '2026-03-10', { 'PROF.METHODICAL': 40 });
    await build.teaches(m1Teachers[0], 'MATH');
    const preschool = await build.staffMember(o2, { lastName: 'Воспитатель' });
    ids['preschool'] = preschool.id;
    const m2Teachers = await Promise.all([1, 2].map((n) => build.staffMember(o3, { lastName: `Математик${n}` })));
    const corporate = await build.procedure({ region: r1 }, { startsOn: '2026-04-01', kind: ProcedureKind.CORPORATE_ORDER });
    await build.result(corporate, m2Teachers[0], '2026-04-10', { 'PROF.METHODICAL': 75 });
    for (const teacher of m2Teachers) await build.teaches(teacher, 'MATH');
    expect((await t.http.put('/api/v1/indicator-targets').set('Authorization', regional).send({ indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 50 })).status).toBe(200);
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('a region run computes every municipality as its own run and rolls them up', async () => {
    const started = await startRegionRun();
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ scope: 'REGION', regionName: 'Регион один', municipalityId: null, municipalityName: null, parentRunId: null });
    expect(started.body.progress).toMatchObject({ total: 2 });
    ids['first'] = started.body.id;
    expect(await finished(started.body.id)).toMatchObject({ status: MonitoringRunStatus.DONE, progress: { total: 2, done: 2, failed: 0 }, failure: null });

    // Its municipalities' runs are listed under it, each a municipality's run like any other.
    const children = await get(`/monitoring-runs?parentRunId=${started.body.id}&sort=municipality`);
    expect(children.body.items.map((r: Record<string, unknown>) => [r['municipalityName'], r['status'], r['parentRunId'], r['scope']])).toEqual([
      ['Муниципалитет M1', 'DONE', started.body.id, 'MUNICIPALITY'],
      ['Муниципалитет M2', 'DONE', started.body.id, 'MUNICIPALITY'],
    ]);
    // At region level the list shows the region run, not its parts.
    expect((await get('/monitoring-runs')).body.items.map((r: { id: string }) => r.id)).toEqual([started.body.id]);

    const coverage = await get(`/monitoring-runs/${started.body.id}/values?indicatorCode=DIAG_COVERAGE&limit=50`);
    expect(coverage.body.items.map((v: Record<string, unknown>) => [v['level'], v['municipalityName'], v['organizationId'] ? 'org' : null, v['numerator'], v['denominator'], v['status']])).toEqual([
      ['REGION', null, null, 3, 7, 'NOT_MET'],
      ['MUNICIPALITY', 'Муниципалитет M1', null, 2, 5, 'NOT_MET'],
      ['MUNICIPALITY', 'Муниципалитет M2', null, 1, 2, 'MET'],
      ['ORGANIZATION', 'Муниципалитет M1', 'org', 0, 1, 'NOT_MET'],
      ['ORGANIZATION', 'Муниципалитет M1', 'org', 2, 4, 'MET'],
      ['ORGANIZATION', 'Муниципалитет M2', 'org', 1, 2, 'MET'],
    ]);
    expect(coverage.body.items[0].value).toBeCloseTo(42.857, 3);
    // A population breakdown is a place of its own: the region's teachers of mathematics, against the same target.
    const bySubject = await get(`/monitoring-runs/${started.body.id}/values?indicatorCode=DIAG_COVERAGE&level=REGION&breakdown=SUBJECT`);
    expect(bySubject.body.items.map((v: Record<string, unknown>) => [v['breakdownKey'], v['breakdownName'], v['numerator'], v['denominator'], v['target'], v['status']])).toEqual([
      ['MATH', 'Математика', 2, 3, 50, 'MET'],
    ]);
    // A numerator's breakdown is over the region's whole population, also where only one municipality has the key.
    const byKind = await get(`/monitoring-runs/${started.body.id}/values?indicatorCode=DIAG_COVERAGE&level=REGION&breakdown=PROCEDURE_KIND`);
    expect(byKind.body.items.map((v: Record<string, unknown>) => [v['breakdownKey'], v['numerator'], v['denominator'], v['target']])).toEqual([
      ['CNPPM_ENTRY', 2, 7, null], ['CORPORATE_ORDER', 1, 7, null],
    ]);
  });

  it('shows the municipalities side by side, and the people behind a municipality\'s value', async () => {
    const comparison = await get(`/monitoring-runs/${ids['first']}/comparison`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Муниципалитет M1', 'Муниципалитет M2']);
    const row = comparison.body.rows.find((r: { indicatorCode: string }) => r.indicatorCode === 'DIAG_COVERAGE');
    expect([row.region, ...row.municipalities].map((c: Record<string, unknown>) => [c['numerator'], c['denominator'], c['target'], c['status']])).toEqual([
      [3, 7, 50, 'NOT_MET'], [2, 5, 50, 'NOT_MET'], [1, 2, 50, 'MET'],
    ]);
    expect(comparison.body.rows[0].indicatorCode).toBe('DIAG_COVERAGE'); // catalogue order

    const people = (query: string) => get(`/monitoring-runs/${ids['first']}/people?indicatorCode=DIAG_COVERAGE&part=numerator${query}`);
    const noMunicipality = await people('');
    expect(noMunicipality.status).toBe(400);
    expect(noMunicipality.body.errors).toEqual([{ field: 'municipalityId', message: 'Выберите муниципалитет: люди показываются по муниципалитету' }]);
    expect((await people(`&municipalityId=${world.m2.id}`)).body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Математик1 Мария Ивановна']);
    expect((await people(`&municipalityId=${world.m3.id}`)).body.total).toBe(0); // not part of this run
    // Behind a breakdown: the teachers of mathematics in M2 (denominator), the diagnosed among them (numerator).
    expect((await get(`/monitoring-runs/${ids['first']}/people?indicatorCode=DIAG_COVERAGE&part=denominator&breakdown=SUBJECT&breakdownKey=MATH&municipalityId=${world.m2.id}`)).body.total).toBe(2);
    expect((await get(`/monitoring-runs/${ids['first']}/people?indicatorCode=DIAG_COVERAGE&part=numerator&breakdown=SUBJECT&breakdownKey=MATH&municipalityId=${world.m1.id}`)).body.total).toBe(1);
    const noSuchBreakdown = await get(`/monitoring-runs/${ids['first']}/people?indicatorCode=YOUNG_SHARE&part=numerator&breakdown=SUBJECT&breakdownKey=MATH&municipalityId=${world.m1.id}`);
    expect(noSuchBreakdown.body.errors).toEqual([{ field: 'breakdown', message: 'У этого показателя нет такого разреза' }]);

    const [child] = (await get(`/monitoring-runs?parentRunId=${ids['first']}&sort=municipality`)).body.items;
    const notRegion = await get(`/monitoring-runs/${child.id}/comparison`);
    expect(notRegion.status).toBe(409);
    expect(notRegion.body.message).toBe('Сравнение муниципалитетов есть только у мониторинга региона');
  });

  it('a later region run shows the change and the dynamics over runs', async () => {
    const procedure = await world.build.procedure({ region: world.r1 }, { startsOn: '2026-05-01' });
    await world.build.result(procedure, { ...(await t.db.query(`SELECT * FROM staff_member WHERE id = $1`, [ids['preschool']]))[0], id: ids['preschool'],
      regionId: world.r1.id, municipalityId: world.m1.id, organizationId: world.o2.id }, '2026-05-15', { 'PROF.METHODICAL': 90 });
    const second = await startRegionRun();
    ids['second'] = second.body.id;
    expect(await finished(second.body.id)).toMatchObject({ status: MonitoringRunStatus.DONE });
    const [region] = (await get(`/monitoring-runs/${second.body.id}/values?indicatorCode=DIAG_COVERAGE&level=REGION`)).body.items;
    expect(region).toMatchObject({ numerator: 4, denominator: 7 });
    expect(region.previousValue).toBeCloseTo(42.857, 3);
    expect(region.change).toBeCloseTo(14.286, 3);

    const dynamics = await get(`/monitoring-runs/${second.body.id}/dynamics`);
    const coverage = dynamics.body.find((d: { indicatorCode: string }) => d.indicatorCode === 'DIAG_COVERAGE');
    expect(coverage.points.map((p: Record<string, unknown>) => [p['runId'], Math.round(Number(p['value']) * 100) / 100, p['target']])).toEqual([
      [ids['first'], 42.86, 50], [second.body.id, 57.14, 50],
    ]);
    // The first run's dynamics end with it: later runs are not part of its history.
    expect((await get(`/monitoring-runs/${ids['first']}/dynamics`)).body.find((d: { indicatorCode: string }) => d.indicatorCode === 'DIAG_COVERAGE').points).toHaveLength(1);
    // A municipality's dynamics: its runs, including those computed as part of region runs; a school sees its own organization.
    const [m1Run] = (await get(`/monitoring-runs?parentRunId=${second.body.id}&sort=municipality`)).body.items;
    const m1Dynamics = await get(`/monitoring-runs/${m1Run.id}/dynamics`, methodist);
    expect(m1Dynamics.body.find((d: { indicatorCode: string }) => d.indicatorCode === 'DIAG_COVERAGE').points.map((p: { value: number }) => p.value)).toEqual([40, 60]);
    const schoolDynamics = await get(`/monitoring-runs/${m1Run.id}/dynamics?organizationId=${world.o2.id}`, school);
    expect(schoolDynamics.body.find((d: { indicatorCode: string }) => d.indicatorCode === 'DIAG_COVERAGE').points.map((p: { value: number }) => p.value)).toEqual([50, 50]); // O1's own, not O2's
  });

  it('a municipality that fails fails the region run, naming how many; a retry recomputes only it', async () => {
    await t.db.query(`CREATE FUNCTION refuse_m2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.municipality_id = '${world.m2.id}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_m2 BEFORE INSERT ON monitoring_value FOR EACH ROW EXECUTE FUNCTION refuse_m2()`);
    const third = await startRegionRun();
    const failed = await finished(third.body.id);
    expect(failed).toMatchObject({
      status: MonitoringRunStatus.FAILED, progress: { total: 2, done: 1, failed: 1 },
      failure: 'Не посчитаны муниципалитеты: 1 из 2. Повторите мониторинг: будут пересчитаны только они',
    });
    expect((await get(`/monitoring-runs/${third.body.id}/values`)).status).toBe(409);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM monitoring_value WHERE run_id = $1`, [third.body.id])).toEqual([{ n: 0 }]);
    const [m1Run] = (await get(`/monitoring-runs?parentRunId=${third.body.id}&sort=municipality`)).body.items;

    await t.db.query(`DROP TRIGGER refuse_m2 ON monitoring_value`);
    const retried = await t.http.post(`/api/v1/monitoring-runs/${third.body.id}/retry`).set('Authorization', regional);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ status: MonitoringRunStatus.RUNNING, failure: null });
    expect(await finished(third.body.id)).toMatchObject({ status: MonitoringRunStatus.DONE, progress: { total: 2, done: 2, failed: 0 } });
    expect((await get(`/monitoring-runs/${m1Run.id}`)).body.finishedAt).toBe(m1Run.finishedAt); // M1 was not computed again
    const [region] = (await get(`/monitoring-runs/${third.body.id}/values?indicatorCode=DIAG_COVERAGE&level=REGION`)).body.items;
    expect(region).toMatchObject({ numerator: 4, denominator: 7 });
  });

  it('region runs stay at region level: a municipality, a school and another region get 404; bad requests name the field', async () => {
    for (const auth of [methodist, school, otherRegion]) expect((await get(`/monitoring-runs/${ids['first']}`, auth)).status).toBe(404);
    expect((await get(`/monitoring-runs/${ids['first']}/comparison`, methodist)).status).toBe(404);
    // The municipality sees its own runs, those computed for region runs included.
    const own = await get('/monitoring-runs?limit=100', methodist);
    expect(own.body.total).toBeGreaterThan(0);
    expect(own.body.items.every((r: { municipalityId: string }) => r.municipalityId === world.m1.id)).toBe(true);
    expect((await t.http.post('/api/v1/monitoring-runs').set('Authorization', methodist).send({ regionId: world.r1.id })).status).toBe(404);
    expect((await t.http.post('/api/v1/monitoring-runs').set('Authorization', otherRegion).send({ regionId: world.r1.id })).status).toBe(404);
    const both = await t.http.post('/api/v1/monitoring-runs').set('Authorization', regional).send({ regionId: world.r1.id, municipalityId: world.m1.id });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([{ field: 'regionId', message: 'Укажите либо муниципалитет, либо регион' }]);
    const neither = await t.http.post('/api/v1/monitoring-runs').set('Authorization', regional).send({});
    expect(neither.body.errors).toEqual([{ field: 'municipalityId', message: 'Укажите либо муниципалитет, либо регион' }]);
  });
});
