import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import { IMPORT_IN_PROGRESS, ImportStatus, Role } from '@sopr/shared';
import { workerModule } from '../../worker/src/worker.module';
import { accessTokenFor } from './support/auth';
import { eventually } from './support/eventually';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

const HEADERS = ['Внешний идентификатор', 'СНИЛС', 'Фамилия', 'Имя', 'Пол', 'Дата рождения', 'Уровень образования', 'Начало педагогического стажа', 'Дата приёма', 'Должности', 'Недельная нагрузка, ч', 'Предметы'];

/** A data row of HEADERS: a teacher of mathematics. */
const person = (snils: string, lastName: string, externalId = '') =>
  [externalId, snils, lastName, 'Анна', 'ж', '12.04.1990', 'высшее', '01.09.2013', '01.09.2013', 'Учитель', '18', 'Математика'];

const csv = (rows: string[][]) => Buffer.from(`${[HEADERS, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Педагоги');
  [HEADERS, ...rows].forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

jest.setTimeout(30_000);

describe('background staff import (worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let world: World & { build: Builder };
  let school: string;
  let otherSchool: string;
  let colleague: string;
  const staffCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM staff_member WHERE organization_id = $1', [world.o1.id]))[0].n);
  const filesKept = async (id: string) => Number((await t.db.query('SELECT count(*) AS n FROM staff_import_file WHERE import_id = $1', [id]))[0].n);
  const start = (body: Buffer, fileName = 'педагоги.csv', auth = school) =>
    t.http.post(`/api/v1/staff/imports?organizationId=${world.o1.id}&fileName=${encodeURIComponent(fileName)}`).set('Authorization', auth).set('Content-Type', 'application/octet-stream').send(body);

  /** Polls the import the way the SPA does until the worker has finished its step. */
  async function settled(id: string, auth = school): Promise<Record<string, unknown>> {
    const response = await eventually(
      () => t.http.get(`/api/v1/staff/imports/${id}`).set('Authorization', auth),
      (r) => r.status !== 200 || !IMPORT_IN_PROGRESS.includes(r.body.status),
      (r) => `import ${id} still ${r.body.status}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    world = await buildWorld(t.db);
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
    otherSchool = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o2 }))}`;
    colleague = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('checks an XLSX in the background, applies it on request, and keeps no file afterwards', async () => {
    const before = await staffCount();
    const rows = [person(validSnils(), 'Фонова', 'bg-1'), person(validSnils(), 'Фонов'), person(validSnils(), 'Третья')];
    const started = await start(await xlsx(rows), 'педагоги-школа-1.xlsx');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: ImportStatus.QUEUED, fileName: 'педагоги-школа-1.xlsx', totalRows: null });

    const checked = await settled(started.body.id);
    expect(checked).toMatchObject({ status: ImportStatus.VALIDATED, totalRows: 3, rowsRead: 3, toCreate: 3, toUpdate: 0, unchanged: 0, errorCount: 0, fileErrors: [] });
    expect(checked['validatedAt']).not.toBeNull();
    expect(await staffCount()).toBe(before);
    expect(await filesKept(started.body.id)).toBe(1);

    const applying = await t.http.post(`/api/v1/staff/imports/${started.body.id}/apply`).set('Authorization', school);
    expect(applying.status).toBe(202);
    expect(applying.body.status).toBe(ImportStatus.APPLYING);
    const applied = await settled(started.body.id);
    expect(applied).toMatchObject({ status: ImportStatus.APPLIED, toCreate: 3, rowsRead: 3 });
    expect(await staffCount()).toBe(before + 3);
    expect(await filesKept(started.body.id)).toBe(0);

    const list = await t.http.get('/api/v1/staff?q=Фонова').set('Authorization', school);
    expect(list.body.items).toEqual([expect.objectContaining({ fullName: 'Фонова Анна', positions: ['TEACHER'], subjects: ['Математика'] })]);
    const audit = await t.db.query(`SELECT action, changes FROM audit_log WHERE entity = 'staffMember' AND entity_id = $1`, [list.body.items[0].id]);
    // A created record's entry names its source; its values are the record's own.
    expect(audit).toEqual([{ action: 'CREATE', changes: { source: { from: null, to: 'импорт файла' } } }]);

    const again = await t.http.post(`/api/v1/staff/imports/${started.body.id}/apply`).set('Authorization', school);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Импорт уже применяется или применён');
  });

  it('lists every bad row page by page, applies nothing and drops the file', async () => {
    const before = await staffCount();
    const good = validSnils();
    const started = await start(csv([
      person(good, 'Верная'),
      person('112-233-445 96', 'Плохой'),
      [...person(validSnils(), 'Будущая').slice(0, 5), '01.01.2090', ...person('', '').slice(6)],
      person(good, 'Верная'),
    ]));
    const checked = await settled(started.body.id);
    expect(checked).toMatchObject({ status: ImportStatus.INVALID, totalRows: 4, errorCount: 3, toCreate: 1 });
    const firstPage = await t.http.get(`/api/v1/staff/imports/${started.body.id}/errors?limit=2`).set('Authorization', school);
    expect(firstPage.body).toMatchObject({ total: 5, limit: 2, offset: 0 });
    expect(firstPage.body.items).toEqual([
      { row: 3, column: 'СНИЛС', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' },
      { row: 4, column: 'Дата рождения', message: 'Дата рождения не может быть в будущем' },
    ]);
    const rest = await t.http.get(`/api/v1/staff/imports/${started.body.id}/errors?limit=10&offset=2`).set('Authorization', school);
    expect(rest.body.items.map((e: { row: number }) => e.row)).toEqual([4, 4, 5]);
    expect(rest.body.items[2]).toEqual({ row: 5, column: null, message: 'Повторяет строку 2' });
    expect(await filesKept(started.body.id)).toBe(0);
    const apply = await t.http.post(`/api/v1/staff/imports/${started.body.id}/apply`).set('Authorization', school);
    expect(apply.status).toBe(409);
    expect(apply.body.message).toBe('Применить можно только проверенный файл без ошибок');
    expect(await staffCount()).toBe(before);
  });

  it('refuses at apply time what became invalid after the check, and reports it', async () => {
    const snils = validSnils();
    const started = await start(csv([person(snils, 'Новая', 'ext-taken')]));
    expect((await settled(started.body.id)).status).toBe(ImportStatus.VALIDATED);
    // Meanwhile a portal gives this external id to a worker of another school.
    await world.build.staffMember(world.o2, { externalId: 'ext-taken' });
    await t.http.post(`/api/v1/staff/imports/${started.body.id}/apply`).set('Authorization', school).expect(202);
    const outcome = await settled(started.body.id);
    expect(outcome).toMatchObject({ status: ImportStatus.INVALID, errorCount: 1, appliedAt: null });
    const errors = await t.http.get(`/api/v1/staff/imports/${started.body.id}/errors`).set('Authorization', school);
    expect(errors.body.items).toEqual([{ row: 2, column: 'Внешний идентификатор', message: 'Этот идентификатор уже у работника другой организации' }]);
    expect(Number((await t.db.query('SELECT count(*) AS n FROM staff_member WHERE snils = $1', [snils.replace(/\D/g, '')]))[0].n)).toBe(0);
  });

  it('updates by external id (SNILS included, masked in the audit) and reports two rows of one person', async () => {
    const member = await world.build.staffMember(world.o1, { externalId: 'bg-upd', lastName: 'Прежняя' });
    const newSnils = validSnils();
    const started = await start(csv([person(newSnils, 'Прежняя', 'bg-upd'), person(member.snils, 'Двойник')]));
    const checked = await settled(started.body.id);
    expect(checked).toMatchObject({ status: ImportStatus.INVALID, errorCount: 1, toUpdate: 1 });
    const errors = await t.http.get(`/api/v1/staff/imports/${started.body.id}/errors`).set('Authorization', school);
    expect(errors.body.items).toEqual([{ row: 3, column: 'СНИЛС', message: 'Описывает того же работника, что и строка 2' }]);

    const fixed = await start(csv([person(newSnils, 'Прежняя', 'bg-upd')]));
    expect(await settled(fixed.body.id)).toMatchObject({ status: ImportStatus.VALIDATED, toUpdate: 1 });
    await t.http.post(`/api/v1/staff/imports/${fixed.body.id}/apply`).set('Authorization', school).expect(202);
    expect((await settled(fixed.body.id)).status).toBe(ImportStatus.APPLIED);
    const [row] = await t.db.query('SELECT snils, birth_date::text AS birth FROM staff_member WHERE id = $1', [member.id]);
    expect(row).toEqual({ snils: newSnils.replace(/\D/g, ''), birth: '1990-04-12' });
    const [audit] = await t.db.query(`SELECT changes FROM audit_log WHERE entity = 'staffMember' AND entity_id = $1 AND action = 'UPDATE'`, [member.id]);
    expect(audit.changes.snils).toEqual({ from: `***-***-*** ${member.snils.slice(9)}`, to: `***-***-*** ${newSnils.slice(-2)}` });
    expect(audit.changes.birthDate).toEqual({ from: '1985-05-20', to: '1990-04-12' });
    expect(JSON.stringify(audit.changes)).not.toContain(member.snils);
  });

  it('is seen by the uploader\'s school only, discarded on request', async () => {
    const started = await start(csv([person(validSnils(), 'Отменная')]));
    await settled(started.body.id);
    expect((await t.http.get(`/api/v1/staff/imports/${started.body.id}`).set('Authorization', otherSchool)).status).toBe(404);
    const colleagueList = await t.http.get('/api/v1/staff/imports?limit=100').set('Authorization', colleague);
    expect(colleagueList.body.items.map((i: { id: string }) => i.id)).toContain(started.body.id);
    const otherList = await t.http.get('/api/v1/staff/imports?limit=100').set('Authorization', otherSchool);
    expect(otherList.body.items).toEqual([]);

    expect((await t.http.delete(`/api/v1/staff/imports/${started.body.id}`).set('Authorization', school)).status).toBe(204);
    expect(await settled(started.body.id)).toMatchObject({ status: ImportStatus.DISCARDED });
    expect(await filesKept(started.body.id)).toBe(0);
    expect((await t.http.post(`/api/v1/staff/imports/${started.body.id}/apply`).set('Authorization', school)).status).toBe(409);
  });

  it('takes files the synchronous endpoints refuse as too large, and reports file errors', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => person(validSnils(), `Массовая${String.fromCharCode(1072 + (i % 32))}`, `bulk-${i}`));
    const sync = await t.http.post(`/api/v1/staff/imports/dry-run?organizationId=${world.o1.id}`).set('Authorization', school).set('Content-Type', 'text/csv').send(csv(rows));
    expect(sync.body.fileErrors).toEqual(['В файле больше 5000 строк: такой файл загружайте фоновым импортом (POST /api/v1/staff/imports)']);
    const started = await start(csv(rows));
    expect(await settled(started.body.id)).toMatchObject({ status: ImportStatus.VALIDATED, totalRows: 5001, rowsRead: 5001, toCreate: 5001 });

    const empty = await start(Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'file', message: 'Файл пустой' }]);
    const notTable = await start(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect(await settled(notTable.body.id)).toMatchObject({ status: ImportStatus.INVALID, fileErrors: ['Файл не похож на таблицу: ожидается XLSX или CSV'] });
    const outside = await t.http.post(`/api/v1/staff/imports?organizationId=${world.o2.id}`).set('Authorization', school).set('Content-Type', 'text/csv').send(csv([]));
    expect(outside.status).toBe(404);
  });
});
