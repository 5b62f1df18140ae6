import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { MonitoringRunStatus, Role } from '@sopr/shared';
import { MonitoringHandlers } from '@sopr/server-indicators';
import { QueueName, workerConnection } from '@sopr/server-jobs';
import { StaffMember } from '@sopr/server-staff';
import { workerModule } from '../../worker/src/worker.module';
import { accessTokenFor } from './support/auth';
import { eventually } from './support/eventually';
import JSZip from 'jszip';
import { binaryParser, xlsxRows } from './support/binary';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

jest.setTimeout(30_000);

/**
 * M1: O1 with four teachers, two of them diagnosed in 2026; O2 with one teacher, not diagnosed.
 * DIAG_COVERAGE on 2026-06-30: M1 2 of 5 = 40 %, O1 2 of 4 = 50 %, O2 0 of 1 = 0 %.
 */
describe('monitoring runs and targets (worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: World & { build: Builder };
  let methodist: string;
  let municipalAdmin: string;
  let regionalAdmin: string;
  let school2: string;
  let otherMethodist: string;
  let preschoolTeacher: StaffMember;

  async function finished(id: string, auth = methodist): Promise<Record<string, unknown>> {
    const response = await eventually(
      () => t.http.get(`/api/v1/monitoring-runs/${id}`).set('Authorization', auth),
      (r) => r.status !== 200 || [MonitoringRunStatus.DONE, MonitoringRunStatus.FAILED].includes(r.body.status),
      (r) => `run ${id} still ${r.body.status}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  }
  const coverage = async (runId: string, auth = methodist) =>
    (await t.http.get(`/api/v1/monitoring-runs/${runId}/values?indicatorCode=DIAG_COVERAGE&limit=50`).set('Authorization', auth)).body.items as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    const { build, r1, m1, m2, o1, o2 } = world;
    methodist = `Bearer ${accessTokenFor(t, await build.user(Role.MUNICIPAL_METHODIST, { municipality: m1 }))}`;
    municipalAdmin = `Bearer ${accessTokenFor(t, await build.user(Role.MUNICIPAL_ADMIN, { municipality: m1 }))}`;
    regionalAdmin = `Bearer ${accessTokenFor(t, await build.user(Role.REGIONAL_ADMIN, { region: r1 }))}`;
    school2 = `Bearer ${accessTokenFor(t, await build.user(Role.SCHOOL_ADMIN, { organization: o2 }))}`;
    otherMethodist = `Bearer ${accessTokenFor(t, await build.user(Role.MUNICIPAL_METHODIST, { municipality: m2 }))}`;
    const procedure = await build.procedure({ region: r1, municipality: m1 }, { startsOn: '2026-02-01' });
    const teachers = await Promise.all([1, 2, 3, 4].map((n) => build.staffMember(o1, { lastName: `Учитель${n}` })));
    await build.result(procedure, teachers[0], '2026-02-10', { 'PROF.METHODICAL': 70 });
    await build.result(procedure, teachers[1], '2026-03-10', { 'PROF.METHODICAL': 40 });
    preschoolTeacher = await build.staffMember(o2, { lastName: 'Воспитатель' });
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('targets: the region sets one for all, a municipality its own; bad values and foreign places are refused', async () => {
    const regionWide = await t.http.put('/api/v1/indicator-targets').set('Authorization', regionalAdmin).send({ indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 50 });
    expect(regionWide.status).toBe(200);
    expect(regionWide.body).toMatchObject({ municipalityId: null, regionId: world.r1.id, value: 50 });
    const own = await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 45, municipalityId: world.m1.id });
    expect(own.status).toBe(200);
    // Setting it again replaces it.
    const replaced = await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'DIAG_COVERAGE', year: 2026, value: 40, municipalityId: world.m1.id });
    expect(replaced.body).toMatchObject({ id: own.body.id, value: 40 });

    const bad = await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'NO_SUCH', year: 2026, value: 10, municipalityId: world.m1.id });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'indicatorCode', message: 'Показателя с кодом NO_SUCH нет в каталоге' }]);
    const share = await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'YOUNG_SHARE', year: 2026, value: 120, municipalityId: world.m1.id });
    expect(share.body.errors).toEqual([{ field: 'value', message: 'Цель для доли — от 0 до 100 %' }]);
    expect((await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'YOUNG_SHARE', year: 2026, value: 30, municipalityId: world.m2.id })).status).toBe(404);
    // A municipality reads its region's targets but does not set or remove them.
    expect((await t.http.put('/api/v1/indicator-targets').set('Authorization', municipalAdmin).send({ indicatorCode: 'YOUNG_SHARE', year: 2026, value: 30 })).status).toBe(404);
    expect((await t.http.delete(`/api/v1/indicator-targets/${regionWide.body.id}`).set('Authorization', municipalAdmin)).status).toBe(404);
    expect((await t.http.put('/api/v1/indicator-targets').set('Authorization', methodist).send({ indicatorCode: 'YOUNG_SHARE', year: 2026, value: 30 })).status).toBe(403);
    // From a file: every row checked, nothing written while any is wrong; a dry run says what would change.
    const upload = (csv: string, auth: string, dryRun = false) =>
      t.http.post(`/api/v1/indicator-targets/import${dryRun ? '?dryRun=true' : ''}`).set('Authorization', auth).set('Content-Type', 'text/csv').send(Buffer.from(csv, 'utf8'));
    const rows = ['Код показателя;Год;Цель;Муниципалитет', `TRAIN_LAST_3Y;2026;95;${world.m1.name}`, `STAFF_PENSION;2026;20,5;${world.m1.name}`];
    const badFile = await upload([...rows, `NO_SUCH;2026;10;${world.m1.name}`, `YOUNG_SHARE;1999;150;${world.m1.name}`, 'YOUNG_SHARE;2026;10;', `TRAIN_LAST_3Y;2026;90;${world.m1.name}`, `YOUNG_SHARE;2026;10;${world.m2.name}`].join('\n'), municipalAdmin);
    expect(badFile.status).toBe(200);
    expect(badFile.body).toMatchObject({ valid: false, applied: false, totalRows: 7 });
    expect(badFile.body.errors).toEqual([
      { row: 4, column: 'Код показателя', message: 'Показателя с кодом NO_SUCH нет в каталоге' },
      { row: 5, column: 'Год', message: 'Год — число от 2000 до 2100' },
      { row: 5, column: 'Цель', message: 'Цель для доли — от 0 до 100 %' },
      { row: 6, column: 'Муниципалитет', message: 'Цель для всего региона задаёт администратор региона: укажите муниципалитет' },
      { row: 7, column: null, message: 'Повторяет строку 2' },
      { row: 8, column: 'Муниципалитет', message: 'Муниципалитет не найден в вашей области доступа' },
    ]);
    const dry = await upload(rows.join('\n'), municipalAdmin, true);
    expect(dry.body).toMatchObject({ valid: true, applied: false, toCreate: 2, toUpdate: 0 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM indicator_target WHERE indicator_code = 'STAFF_PENSION'`)).toEqual([{ n: 0 }]);
    expect((await upload(rows.join('\n'), municipalAdmin)).body).toMatchObject({ valid: true, applied: true, toCreate: 2 });
    expect((await upload(rows.join('\n'), municipalAdmin, true)).body).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 2 });
    await t.db.query(`DELETE FROM indicator_target WHERE indicator_code IN ('TRAIN_LAST_3Y', 'STAFF_PENSION')`);

    const listed = await t.http.get('/api/v1/indicator-targets?year=2026').set('Authorization', methodist);
    expect(listed.body.map((x: { value: number; municipalityId: string | null }) => [x.municipalityId, x.value])).toEqual([[null, 50], [world.m1.id, 40]]);
  });

  it('a methodist starts a run, watches it finish, and reads values against the targets; a later run shows the change', async () => {
    const started = await t.http.post('/api/v1/monitoring-runs').set('Authorization', methodist).send({ municipalityId: world.m1.id, asOf: '2026-06-30' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: MonitoringRunStatus.QUEUED, periodFrom: '2026-01-01', asOf: '2026-06-30', scheduled: false, municipalityName: world.m1.name, startedByName: 'Тестовый MUNICIPAL_METHODIST' });
    expect(await finished(started.body.id)).toMatchObject({ status: MonitoringRunStatus.DONE, failure: null });

    const first = await coverage(started.body.id);
    // The municipality first, then its organizations by name; the municipality's own target (40) wins over the region's (50).
    expect(first.map((v) => [v['level'], v['organizationId'], v['numerator'], v['denominator'], v['value'], v['target'], v['status'], v['change']])).toEqual([
      ['MUNICIPALITY', null, 2, 5, 40, 40, 'MET', null],
      ['ORGANIZATION', world.o2.id, 0, 1, 0, 40, 'NOT_MET', null], // «Детский сад O2»
      ['ORGANIZATION', world.o1.id, 2, 4, 50, 40, 'MET', null], // «Школа O1»
    ]);

    // The preschool teacher is diagnosed; the next run keeps the first and shows the change.
    const procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { startsOn: '2026-04-01' });
    await world.build.result(procedure, preschoolTeacher, '2026-04-15', { 'PROF.METHODICAL': 90 });
    const second = await t.http.post('/api/v1/monitoring-runs').set('Authorization', municipalAdmin).send({ municipalityId: world.m1.id, asOf: '2026-06-30' });
    await finished(second.body.id, municipalAdmin);
    const after = await coverage(second.body.id);
    expect(after.map((v) => [v['organizationId'], v['value'], v['previousValue'], v['change']])).toEqual([
      [null, 60, 40, 20],
      [world.o2.id, 100, 0, 100],
      [world.o1.id, 50, 50, 0],
    ]);
    expect((await coverage(started.body.id))[0]['value']).toBe(40); // the first run is kept as it was

    // The tables for the analytical note: every indicator at every place, with its parts, target, status and change.
    const download = (auth: string) => t.http.get(`/api/v1/monitoring-runs/${second.body.id}/values.xlsx`).set('Authorization', auth).buffer(true).parse(binaryParser);
    const table = await download(methodist);
    expect(table.status).toBe(200);
    expect(table.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await xlsxRows(table.body as Buffer);
    expect(rows[0]).toEqual(['Уровень', 'Муниципалитет', 'Организация', 'Код', 'Показатель', 'Единица', 'Разрез', 'Значение разреза', 'Числитель', 'Знаменатель', 'Значение', 'Цель', 'Статус', 'Прошлый мониторинг', 'Изменение']);
    expect(rows.find((r) => r[0] === 'Муниципалитет' && r[3] === 'DIAG_COVERAGE' && r[6] === 'итого')).toEqual([
      'Муниципалитет', world.m1.name, undefined, 'DIAG_COVERAGE', 'Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов', 'доля, %', 'итого',
      undefined, 3, 5, 60, 40, 'достигнуто', 40, 20,
    ]);
    // The breakdowns follow the totals: here the kinds of diagnostics (no target for a part of the numerator).
    expect(rows.find((r) => r[3] === 'DIAG_COVERAGE' && r[6] === 'по видам диагностики')).toEqual([
      'Муниципалитет', world.m1.name, undefined, 'DIAG_COVERAGE', 'Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов', 'доля, %',
      'по видам диагностики', 'Входная диагностика ЦНППМ', 3, 5, 60, undefined, 'цель не задана', 40, 20,
    ]);
    const schoolRows = await xlsxRows((await download(school2)).body as Buffer);
    expect(new Set(schoolRows.slice(1).map((r) => r[2]))).toEqual(new Set(['Детский сад O2']));

    // The analytical note: written by the worker after the recommendations, in DOCX and PDF.
    await eventually(() => t.http.get(`/api/v1/monitoring-runs/${second.body.id}`).set('Authorization', methodist), (r) => r.body.noteReady, () => 'no note');
    const note = (format: string, auth = methodist) => t.http.get(`/api/v1/monitoring-runs/${second.body.id}/note.${format}`).set('Authorization', auth).buffer(true).parse(binaryParser);
    const docx = await note('docx');
    expect(docx.status).toBe(200);
    const documentXml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    const text = documentXml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Аналитическая справка по результатам мониторинга');
    expect(text).toContain('Период: 01.01.2026 — 30.06.2026');
    expect(text).toContain('Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов60 %40 %достигнуто+20 п.');
    expect(text).toContain('Из 1 показателя с целевыми значениями достигнуто 1, под угрозой 0, не достигнуто 0.');
    const pdf = await note('pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.body as Buffer).toString('latin1')).toContain('PTSans'); // a font with Cyrillic is embedded
    expect((await note('pdf', school2)).status).toBe(403);

    const runs = await t.http.get(`/api/v1/monitoring-runs?municipalityId=${world.m1.id}`).set('Authorization', methodist);
    expect(runs.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id, started.body.id]);
  });

  it('values belong to a run that exists (checked once per statement) and go with it when it is deleted', async () => {
    const started = await t.http.post('/api/v1/monitoring-runs').set('Authorization', methodist).send({ municipalityId: world.m1.id, asOf: '2026-05-31' });
    await finished(started.body.id);
    const countOf = async (runId: string) => (await t.db.query(`SELECT count(*)::int AS n FROM monitoring_value WHERE run_id = $1`, [runId]))[0].n as number;
    const values = await countOf(started.body.id);
    expect(values).toBeGreaterThan(20); // 21 indicators at the municipality, and more at its organizations

    // A statement with one value of a run that does not exist writes none of its values.
    const unknownRun = '00000000-0000-4000-8000-000000000001';
    const copy = (runIds: string) => t.db.query(
      `INSERT INTO monitoring_value (run_id, region_id, municipality_id, indicator_code, level, numerator)
       SELECT r.id::uuid, v.region_id, v.municipality_id, v.indicator_code, v.level, v.numerator
       FROM monitoring_value v CROSS JOIN unnest($2::text[]) AS r(id) WHERE v.run_id = $1 AND v.organization_id IS NULL AND v.breakdown IS NULL`,
      [started.body.id, runIds.split(',')],
    );
    await expect(copy(`${started.body.id},${unknownRun}`)).rejects.toMatchObject({ code: '23503', message: `monitoring_value: run ${unknownRun} does not exist` });
    expect(await countOf(started.body.id)).toBe(values);
    await expect(t.db.query(`UPDATE monitoring_value SET run_id = $2 WHERE run_id = $1`, [started.body.id, unknownRun])).rejects.toMatchObject({ code: '23503' });

    // Deleted (the product keeps its runs; the database keeps the rule) once the worker is done with it.
    await eventually(() => t.http.get(`/api/v1/monitoring-runs/${started.body.id}`).set('Authorization', methodist), (r) => r.body.noteReady, () => 'no note');
    await t.db.query(`DELETE FROM monitoring_run WHERE id = $1`, [started.body.id]);
    expect(await countOf(started.body.id)).toBe(0);
  });

  it('a school sees its municipality\'s runs and only its own values; another municipality sees nothing', async () => {
    const [latest] = (await t.http.get('/api/v1/monitoring-runs').set('Authorization', school2)).body.items;
    expect(latest).toBeDefined();
    const values = await t.http.get(`/api/v1/monitoring-runs/${latest.id}/values?limit=100`).set('Authorization', school2);
    expect(values.status).toBe(200);
    expect(new Set(values.body.items.map((v: { organizationId: string }) => v.organizationId))).toEqual(new Set([world.o2.id]));
    // Pages of the same list: the same total on every page, also past the end.
    const pageOf = async (offset: number) => (await t.http.get(`/api/v1/monitoring-runs/${latest.id}/values?limit=5&offset=${offset}`).set('Authorization', school2)).body;
    expect(values.body.total).toBe(values.body.items.length);
    expect(await pageOf(5)).toMatchObject({ total: values.body.total, items: values.body.items.slice(5, 10) });
    expect(await pageOf(values.body.total)).toEqual({ total: values.body.total, items: [], limit: 5, offset: values.body.total });
    // The people behind a value: the school's own only; the municipality's methodist sees everyone.
    const people = (auth: string, part: string, extra = '') =>
      t.http.get(`/api/v1/monitoring-runs/${latest.id}/people?indicatorCode=DIAG_COVERAGE&part=${part}${extra}`).set('Authorization', auth);
    expect((await people(school2, 'numerator')).body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Воспитатель Мария Ивановна']);
    expect((await people(school2, 'denominator', `&organizationId=${world.o1.id}`)).body.total).toBe(0);
    const diagnosed = await people(methodist, 'numerator');
    expect(diagnosed.body.total).toBe(3);
    expect(diagnosed.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Воспитатель Мария Ивановна', 'Учитель1 Мария Ивановна', 'Учитель2 Мария Ивановна']);
    expect((await people(methodist, 'denominator', `&organizationId=${world.o1.id}&limit=2`)).body).toMatchObject({ total: 4, limit: 2 });
    const unknown = await people(methodist, 'numerator').query({ indicatorCode: 'NO_SUCH' });
    expect(unknown.status).toBe(400);
    expect((await t.http.get(`/api/v1/monitoring-runs/${latest.id}/people?indicatorCode=DIAG_COVERAGE&part=everyone`).set('Authorization', methodist)).status).toBe(400);
    expect((await t.http.get(`/api/v1/monitoring-runs/${latest.id}`).set('Authorization', otherMethodist)).status).toBe(404);
    expect((await t.http.post('/api/v1/monitoring-runs').set('Authorization', otherMethodist).send({ municipalityId: world.m1.id })).status).toBe(404);
    expect((await t.http.post('/api/v1/monitoring-runs').set('Authorization', school2).send({ municipalityId: world.m1.id })).status).toBe(403);
  });

  it('refuses a run for the future or a period that ends before it starts, naming the field', async () => {
    const future = await t.http.post('/api/v1/monitoring-runs').set('Authorization', methodist).send({ municipalityId: world.m1.id, asOf: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'asOf', message: 'Дата мониторинга не может быть в будущем' }]);
    const backwards = await t.http.post('/api/v1/monitoring-runs').set('Authorization', methodist).send({ municipalityId: world.m1.id, from: '2026-07-01', asOf: '2026-06-30' });
    expect(backwards.body.errors).toEqual([{ field: 'from', message: 'Начало периода позже даты мониторинга' }]);
    const notDone = await t.http.post('/api/v1/monitoring-runs/00000000-0000-4000-8000-000000000000/retry').set('Authorization', methodist);
    expect(notDone.status).toBe(404);
  });

  it('schedules are data: every municipality has one (the default until set), each a job scheduler, changed at once', async () => {
    const queue = new Queue(QueueName.MONITORING, { connection: workerConnection(t.config), prefix: t.config.redisPrefix });
    const registered = async () => Object.fromEntries((await queue.getJobSchedulers()).map((s) => [s.key, s.pattern]));
    try {
      // The worker registered one per municipality at start, with the default pattern.
      const atStart = await registered();
      for (const m of [world.m1, world.m2, world.m3]) expect(atStart[`monitoring.schedule.${m.id}`]).toBe(t.config.monitoringCron);
      const mine = await t.http.get('/api/v1/monitoring-schedules').set('Authorization', methodist);
      expect(mine.body).toEqual([expect.objectContaining({ municipalityId: world.m1.id, cron: t.config.monitoringCron, active: true, isDefault: true })]);
      expect(mine.body[0].nextRunAt).toMatch(/T04:00:00\.000Z$/);

      const bad = await t.http.put(`/api/v1/monitoring-schedules/${world.m1.id}`).set('Authorization', methodist).send({ cron: '0 25 * * *', active: true });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['cron']);
      const set = await t.http.put(`/api/v1/monitoring-schedules/${world.m1.id}`).set('Authorization', methodist).send({ cron: '30 5 1 9,10 *', active: true });
      expect(set.body).toMatchObject({ cron: '30 5 1 9,10 *', isDefault: false, active: true });
      expect((await registered())[`monitoring.schedule.${world.m1.id}`]).toBe('30 5 1 9,10 *');
      await t.http.put(`/api/v1/monitoring-schedules/${world.m1.id}`).set('Authorization', methodist).send({ cron: '30 5 1 9,10 *', active: false });
      expect((await registered())[`monitoring.schedule.${world.m1.id}`]).toBeUndefined();
      expect((await t.http.put(`/api/v1/monitoring-schedules/${world.m1.id}`).set('Authorization', otherMethodist).send({ cron: '0 4 1 * *', active: true })).status).toBe(404);
      expect((await t.http.put(`/api/v1/monitoring-schedules/${world.m1.id}`).set('Authorization', school2).send({ cron: '0 4 1 * *', active: true })).status).toBe(403);
    } finally {
      await queue.close();
    }

    // What a schedule fires: a run as of today that nobody started, computed at once.
    await worker.get(MonitoringHandlers).scheduled({ municipalityId: world.m1.id });
    const [latest] = (await t.http.get(`/api/v1/monitoring-runs?municipalityId=${world.m1.id}`).set('Authorization', methodist)).body.items;
    expect(latest).toMatchObject({ scheduled: true, status: MonitoringRunStatus.DONE, asOf: new Date().toISOString().slice(0, 10) });
  });
});
