import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import { Employment, IMPORT_IN_PROGRESS, ImportStatus, Role } from '@sopr/shared';
import { DiagnosticProcedure } from '@sopr/server-diagnostics';
import { StaffMember } from '@sopr/server-staff';
import { MaintenanceHandlers } from '../../worker/src/handlers/maintenance.handlers';
import { workerModule } from '../../worker/src/worker.module';
import { accessTokenFor } from './support/auth';
import { eventually } from './support/eventually';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

/** The layout a diagnostics platform exports: one row per participant, a column per competence. */
const HEADERS = ['№', 'ФИО участника', 'СНИЛС', 'ID участника', 'Дата рождения', 'Дата прохождения', 'Методика, балл', 'FL.MATH'];

async function xlsx(rows: (string | number)[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Результаты');
  [headers, ...rows].forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (rows: (string | number)[][], headers = HEADERS) => Buffer.from(`${[headers, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');

jest.setTimeout(30_000);

describe('results file import (worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: World & { build: Builder };
  let methodist: string;
  let school: string;
  let procedure: DiagnosticProcedure;
  let teachers: Record<'bySnils' | 'byExternalId' | 'byName' | 'twoJobs' | 'twoJobsPartTime', StaffMember>;

  const base = () => `/api/v1/diagnostic-procedures/${procedure.id}/result-imports`;
  const upload = (body: Buffer, auth = methodist, fileName = 'результаты.xlsx') =>
    t.http.post(`${base()}?fileName=${encodeURIComponent(fileName)}`).set('Authorization', auth).set('Content-Type', 'application/octet-stream').send(body);
  const resultCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM diagnostic_result WHERE procedure_id = $1', [procedure.id]))[0].n);

  async function settled(id: string, auth = methodist): Promise<Record<string, unknown>> {
    const response = await eventually(
      () => t.http.get(`${base()}/${id}`).set('Authorization', auth),
      (r) => r.status !== 200 || !IMPORT_IN_PROGRESS.includes(r.body.status),
      (r) => `import ${id} still ${r.body.status}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Uploads, confirms the mapping (the suggested one with the given changes) and waits for the check. */
  async function checked(body: Buffer, changes: Record<string, unknown> = {}, auth = methodist) {
    const started = await upload(body, auth);
    expect(started.status).toBe(201);
    const check = await t.http.post(`${base()}/${started.body.id}/check`).set('Authorization', auth).send({ ...started.body.mapping, ...changes });
    expect(check.status).toBe(202);
    return settled(started.body.id, auth);
  }

  const methodicalColumn = { scores: [{ competenceCode: 'PROF.METHODICAL', column: 'Методика, балл' }, { competenceCode: 'FL.MATH', column: 'FL.MATH' }] };

  beforeAll(async () => {
    t = await startTestApp();
    worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    world = await buildWorld(t.db);
    methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o2 }))}`;
    procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'ФИОКО 2026', startsOn: '2026-10-01' });
    const twoJobsSnils = validSnils();
    teachers = {
      bySnils: await world.build.staffMember(world.o1, { lastName: 'Снилсова', firstName: 'Анна', middleName: 'Петровна' }),
      byExternalId: await world.build.staffMember(world.o2, { lastName: 'Идова', firstName: 'Ольга', externalId: 'fioko-17' }),
      byName: await world.build.staffMember(world.o1, { lastName: 'Фёдорова', firstName: 'Алёна', middleName: 'Сергеевна', birthDate: '1979-03-02' }),
      twoJobs: await world.build.staffMember(world.o1, { lastName: 'Совместитель', firstName: 'Иван', snils: twoJobsSnils, gender: 'MALE' as never }),
      twoJobsPartTime: await world.build.staffMember(world.o2, { lastName: 'Совместитель', firstName: 'Иван', snils: twoJobsSnils, gender: 'MALE' as never, employment: Employment.PART_TIME }),
    };
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('reads the header, suggests a mapping, checks in the background, applies all results and derives the deficits', async () => {
    const rows = [
      [1, 'Снилсова Анна Петровна', teachers.bySnils.snils, '', '', '12.10.2026', '55', 80],
      [2, 'Идова Ольга', '', 'fioko-17', '', '12.10.2026', '72,5', 40],
      // Found by full name and birth date; ё and е are the same letter in a name.
      [3, 'Федорова Алена Сергеевна', '', '', '02.03.1979', '12.10.2026', '90', ''],
      [4, 'Совместитель Иван', teachers.twoJobs.snils, '', '', '13.10.2026', '61', 59.5],
    ];
    const started = await upload(await xlsx(rows));
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: ImportStatus.MAPPING, fileName: 'результаты.xlsx', headers: HEADERS, totalRows: null });
    // Known headers are recognised; a score column is recognised by a competence's code; «Методика, балл» is not.
    expect(started.body.mapping).toEqual({
      externalId: 'ID участника', snils: 'СНИЛС', fullName: 'ФИО участника', lastName: null, firstName: null, middleName: null, birthDate: 'Дата рождения',
      takenOn: 'Дата прохождения', defaultTakenOn: null, scores: [{ competenceCode: 'FL.MATH', column: 'FL.MATH' }],
    });

    const check = await t.http.post(`${base()}/${started.body.id}/check`).set('Authorization', methodist).send({ ...started.body.mapping, ...methodicalColumn });
    expect(check.status).toBe(202);
    expect(check.body.status).toBe(ImportStatus.QUEUED);
    const report = await settled(started.body.id);
    expect(report).toMatchObject({ status: ImportStatus.VALIDATED, totalRows: 4, rowsRead: 4, toCreate: 4, toUpdate: 0, unchanged: 0, errorCount: 0, fileErrors: [] });
    expect(await resultCount()).toBe(0); // a check changes nothing

    const applying = await t.http.post(`${base()}/${started.body.id}/apply`).set('Authorization', methodist);
    expect(applying.status).toBe(202);
    expect(await settled(started.body.id)).toMatchObject({ status: ImportStatus.APPLIED, toCreate: 4 });

    const results = await t.http.get(`/api/v1/diagnostic-procedures/${procedure.id}/results?limit=10`).set('Authorization', methodist);
    const byStaff = Object.fromEntries(results.body.items.map((r: { staffMemberId: string }) => [r.staffMemberId, r]));
    expect(results.body.total).toBe(4);
    expect(byStaff[teachers.bySnils.id]).toMatchObject({ source: 'IMPORT', takenOn: '2026-10-12', scores: [
      { competenceCode: 'PROF.METHODICAL', score: 55, belowThreshold: true }, { competenceCode: 'FL.MATH', score: 80, belowThreshold: false },
    ] });
    expect(byStaff[teachers.byExternalId.id].scores.map((s: { score: number }) => s.score)).toEqual([72.5, 40]);
    // An empty cell is a competence not assessed, not a zero.
    expect(byStaff[teachers.byName.id].scores).toEqual([expect.objectContaining({ competenceCode: 'PROF.METHODICAL', score: 90 })]);
    // A person with two jobs gets the result at the main one.
    expect(byStaff[teachers.twoJobs.id]).toMatchObject({ organizationId: world.o1.id, takenOn: '2026-10-13' });
    expect(byStaff[teachers.twoJobsPartTime.id]).toBeUndefined();

    const deficits = await t.http.get(`/api/v1/deficits?limit=20`).set('Authorization', methodist);
    expect(deficits.status).toBe(200);
    const open = (deficits.body.items as { staffMemberId: string; competenceCode: string; status: string }[]).map((d) => [d.staffMemberId, d.competenceCode, d.status]);
    expect(open.sort()).toEqual([
      [teachers.byExternalId.id, 'FL.MATH', 'OPEN'],
      [teachers.bySnils.id, 'PROF.METHODICAL', 'OPEN'],
      [teachers.twoJobs.id, 'FL.MATH', 'OPEN'],
    ].sort());
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'diagnosticResult' AND changes->'source'->>'to' = 'IMPORT'`);
    expect(audit[0].n).toBe(4);

    // The mapping is remembered for the procedure: the next file of the same layout needs no changes, and repeating it changes nothing.
    const next = await upload(await xlsx(rows));
    expect(next.body.mapping.scores).toEqual(methodicalColumn.scores);
    await t.http.post(`${base()}/${next.body.id}/check`).set('Authorization', methodist).send(next.body.mapping);
    expect(await settled(next.body.id)).toMatchObject({ status: ImportStatus.VALIDATED, toCreate: 0, toUpdate: 0, unchanged: 4 });

    // A corrected file: one score changed. The check counts one update; applying it replaces that result's
    // scores, audits what changed, and the deficit its old score opened is gone.
    const corrected = rows.map((row) => (row[0] === 1 ? [...row.slice(0, 6), '65', 80] : row));
    const fix = await upload(await xlsx(corrected));
    await t.http.post(`${base()}/${fix.body.id}/check`).set('Authorization', methodist).send(fix.body.mapping);
    expect(await settled(fix.body.id)).toMatchObject({ status: ImportStatus.VALIDATED, toCreate: 0, toUpdate: 1, unchanged: 3 });
    await t.http.post(`${base()}/${fix.body.id}/apply`).set('Authorization', methodist);
    expect(await settled(fix.body.id)).toMatchObject({ status: ImportStatus.APPLIED, toUpdate: 1 });
    const fixed = (await t.http.get(`/api/v1/diagnostic-procedures/${procedure.id}/results?limit=10`).set('Authorization', methodist)).body.items
      .find((r: { staffMemberId: string }) => r.staffMemberId === teachers.bySnils.id);
    expect(fixed.scores).toEqual([
      expect.objectContaining({ competenceCode: 'PROF.METHODICAL', score: 65, belowThreshold: false }), expect.objectContaining({ competenceCode: 'FL.MATH', score: 80 }),
    ]);
    const [update] = await t.db.query(`SELECT changes FROM audit_log WHERE entity = 'diagnosticResult' AND entity_id = $1 AND action = 'UPDATE'`, [fixed.id]);
    expect(Object.values(update.changes.scores.from)).toEqual(expect.arrayContaining([55, 80]));
    expect(Object.values(update.changes.scores.to)).toEqual(expect.arrayContaining([65, 80]));
    const after = await t.http.get(`/api/v1/deficits?limit=20`).set('Authorization', methodist);
    expect(after.body.items.filter((d: { staffMemberId: string }) => d.staffMemberId === teachers.bySnils.id)).toEqual([]);
  });

  it('lists every bad row with its column, applies nothing, and lets the user check the same file again with another mapping', async () => {
    const before = await resultCount();
    const stranger = await world.build.staffMember(world.o3, { lastName: 'Чужая' }); // another municipality
    await world.build.staffMember(world.o1, { lastName: 'Двойникова', firstName: 'Ирина', birthDate: '1990-01-01' });
    await world.build.staffMember(world.o2, { lastName: 'Двойникова', firstName: 'Ирина', birthDate: '1990-01-01' });
    const rows = [
      [1, 'Снилсова Анна Петровна', teachers.bySnils.snils, '', '', '12.10.2026', '120', 50],
      [2, 'Нет Такого', validSnils(), '', '', '12.10.2026', '50', 50],
      [3, 'Ошибочный СНИЛС', '112-233-445 96', '', '', '12.10.2026', '50', 50],
      [4, 'Чужая Мария', stranger.snils, '', '', '12.10.2026', '50', 50],
      [5, 'Двойникова Ирина', '', '', '01.01.1990', '12.10.2026', '50', 50],
      [6, 'Снилсова Анна', teachers.bySnils.snils, '', '', '01.01.1980', '50', 'много'],
      [7, 'Идова Ольга', '', 'fioko-17', '', '31.12.2099', '50', 50],
      [8, 'Без Ключа', '', '', '', '12.10.2026', '50', 50],
      [9, 'Идова Ольга', '', 'fioko-17', '', '12.10.2026', '', ''],
    ];
    const report = await checked(csv(rows), methodicalColumn);
    expect(report).toMatchObject({ status: ImportStatus.INVALID, totalRows: 9, errorCount: 9 });
    const errors = await t.http.get(`${base()}/${report['id']}/errors?limit=50`).set('Authorization', methodist);
    expect(errors.body.items).toEqual([
      { row: 2, column: 'Методика, балл', message: 'Балл вне шкалы процедуры (0–100)' },
      { row: 3, column: 'СНИЛС', message: 'Педагог с таким СНИЛС не найден среди работающих ваших педагогов' },
      { row: 4, column: 'СНИЛС', message: 'СНИЛС указан с ошибкой (11 цифр, контрольное число должно сходиться)' },
      { row: 5, column: 'СНИЛС', message: 'Педагог с таким СНИЛС не найден среди работающих ваших педагогов' },
      { row: 6, column: 'ФИО участника', message: 'Найдено несколько педагогов с такими ФИО и датой рождения: укажите СНИЛС' },
      { row: 7, column: 'FL.MATH', message: 'Балл должен быть числом' },
      { row: 8, column: 'Дата прохождения', message: 'Дата результата не может быть в будущем' },
      { row: 9, column: null, message: 'Педагог не указан: нужен внешний идентификатор, СНИЛС или ФИО с датой рождения' },
      { row: 10, column: null, message: 'В строке нет ни одного балла' },
    ]);
    expect((await t.http.post(`${base()}/${report['id']}/apply`).set('Authorization', methodist)).status).toBe(409);
    expect(await resultCount()).toBe(before);

    // The same upload checked again: SNILS ignored, so the first row is found by name and birth date — which it lacks.
    const again = await t.http.post(`${base()}/${report['id']}/check`).set('Authorization', methodist).send({ ...methodicalColumn, fullName: 'ФИО участника', birthDate: 'Дата рождения', takenOn: 'Дата прохождения' });
    expect(again.status).toBe(202);
    expect(await settled(String(report['id']))).toMatchObject({ status: ImportStatus.INVALID, totalRows: 9 });
  });

  it('finds a result dated before the teacher was born, and a teacher named twice in one file', async () => {
    const rows = [
      [1, 'Снилсова Анна', teachers.bySnils.snils, '', '', '01.01.1980', '50', 50],
      [2, 'Идова Ольга', '', 'fioko-17', '', '12.10.2026', '50', 50],
      [3, 'Идова Ольга', '', 'fioko-17', '', '12.10.2026', '51', 50],
    ];
    const report = await checked(csv(rows), methodicalColumn);
    const errors = await t.http.get(`${base()}/${report['id']}/errors`).set('Authorization', methodist);
    expect(errors.body.items).toEqual([
      { row: 2, column: 'Дата прохождения', message: 'Дата результата раньше даты рождения педагога' },
      { row: 4, column: 'ID участника', message: 'Этот педагог уже есть в файле (строка 3): один результат на процедуру' },
    ]);
  });

  it('refuses a mapping that cannot work, naming each field, and files it cannot read', async () => {
    const started = await upload(await xlsx([[1, 'Снилсова Анна', teachers.bySnils.snils, '', '', '12.10.2026', '55', 80]]));
    const bad = await t.http.post(`${base()}/${started.body.id}/check`).set('Authorization', methodist).send({
      externalId: null, snils: null, fullName: 'ФИО участника', birthDate: null, takenOn: 'Дата сдачи',
      scores: [{ competenceCode: 'FL.READING', column: 'FL.MATH' }, { competenceCode: 'PROF.METHODICAL', column: 'Нет такого' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'takenOn', message: 'Столбца «Дата сдачи» нет в файле' },
      { field: 'snils', message: 'Укажите столбец с внешним идентификатором, СНИЛС или ФИО вместе с датой рождения: по ним находится педагог' },
      { field: 'scores[0].competenceCode', message: 'Компетенция FL.READING не оценивается в этой процедуре' },
      { field: 'scores[1].column', message: 'Столбца «Нет такого» нет в файле' },
    ]);
    const noScores = await t.http.post(`${base()}/${started.body.id}/check`).set('Authorization', methodist).send({ snils: 'СНИЛС', defaultTakenOn: '2026-13-01', scores: [] });
    expect(noScores.status).toBe(400);
    expect(noScores.body.errors.map((e: { field: string }) => e.field)).toEqual(['defaultTakenOn']);
    const empty = await t.http.post(`${base()}/${started.body.id}/check`).set('Authorization', methodist).send({ snils: 'СНИЛС', defaultTakenOn: '2026-10-01', scores: [] });
    expect(empty.body.errors).toEqual([{ field: 'scores', message: 'Выберите хотя бы один столбец с баллами' }]);
    expect((await settled(started.body.id)).status).toBe(ImportStatus.MAPPING);

    const garbage = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3]));
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors).toEqual([{ field: 'file', message: 'Файл не похож на книгу Excel (XLSX) или повреждён' }]);
    const repeated = await upload(csv([], ['СНИЛС', 'Балл', 'Балл']));
    expect(repeated.body.errors).toEqual([{ field: 'file', message: 'Повторяются заголовки столбцов: «Балл»' }]);
  });

  it('a school finds only its own teachers, sees only its own imports, and a procedure changed after the check is not applied', async () => {
    const mine = await world.build.staffMember(world.o2, { lastName: 'Садовая' });
    const rows = [[1, 'Садовая', mine.snils, '', '', '12.10.2026', '70', 70], [2, 'Снилсова Анна', teachers.bySnils.snils, '', '', '12.10.2026', '70', 70]];
    const report = await checked(csv(rows), methodicalColumn, school);
    expect(report).toMatchObject({ status: ImportStatus.INVALID, errorCount: 1 });
    const errors = await t.http.get(`${base()}/${report['id']}/errors`).set('Authorization', school);
    expect(errors.body.items).toEqual([{ row: 3, column: 'СНИЛС', message: 'Педагог с таким СНИЛС не найден среди работающих ваших педагогов' }]);
    // The methodist above sees the school's import; the school does not see the methodist's.
    const listed = await t.http.get(`${base()}?limit=50`).set('Authorization', school);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([report['id']]);
    expect((await t.http.get(`${base()}/${report['id']}`).set('Authorization', methodist)).status).toBe(200);
    const methodistsImport = (await t.http.get(`${base()}?limit=50`).set('Authorization', methodist)).body.items.find((i: { createdById: string; id: string }) => i.id !== report['id']).id;
    for (const [method, path] of [['get', ''], ['get', '/errors'], ['post', '/check'], ['post', '/apply'], ['delete', '']] as const) {
      const response = await (t.http[method] as (url: string) => import('supertest').Test)(`${base()}/${methodistsImport}${path}`).set('Authorization', school).send(method === 'post' ? methodicalColumn : undefined);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
    }

    const own = await checked(csv([rows[0]]), methodicalColumn, school);
    expect(own).toMatchObject({ status: ImportStatus.VALIDATED, toCreate: 1 });
    await t.db.query(`UPDATE diagnostic_procedure SET threshold = 70, updated_at = now() WHERE id = $1`, [procedure.id]);
    await t.http.post(`${base()}/${own['id']}/apply`).set('Authorization', school);
    expect(await settled(String(own['id']), school)).toMatchObject({
      status: ImportStatus.INVALID, fileErrors: ['Процедуру изменили после проверки файла (шкала, порог или компетенции): проверьте файл ещё раз'],
    });
    expect(Number((await t.db.query('SELECT count(*) AS n FROM diagnostic_result WHERE staff_member_id = $1', [mine.id]))[0].n)).toBe(0);
    const discarded = await t.http.delete(`${base()}/${own['id']}`).set('Authorization', school);
    expect(discarded.status).toBe(204);
    expect((await t.http.get(`${base()}/${own['id']}`).set('Authorization', school)).body.status).toBe(ImportStatus.DISCARDED);
  });

  it('drops the files of imports left unfinished for longer than the retention; recent ones keep theirs', async () => {
    const row = [[1, 'Снилсова Анна', teachers.bySnils.snils, '', '', '12.10.2026', '55', 80]];
    const stale = (await upload(await xlsx(row))).body.id;
    const recent = (await upload(await xlsx(row))).body.id;
    await t.db.query(`UPDATE result_import SET updated_at = now() - interval '8 days' WHERE id = $1`, [stale]);
    const files = async (id: string) => Number((await t.db.query('SELECT count(*) AS n FROM result_import_file WHERE import_id = $1', [id]))[0].n);
    expect(await worker.get(MaintenanceHandlers).purgeStaleImports({ olderThanDays: 7 })).toEqual({ discarded: 1 });
    expect(await settled(stale)).toMatchObject({ status: ImportStatus.DISCARDED, failure: 'Файл удалён: импорт не применили за 7 дн.' });
    expect(await files(stale)).toBe(0);
    expect(await files(recent)).toBe(1);
    expect((await t.http.post(`${base()}/${stale}/check`).set('Authorization', methodist).send(methodicalColumn)).status).toBe(409);
  });
});
