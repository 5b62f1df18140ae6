import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

describe('regional portal integration: staff batch upsert and change feed', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let key: string;
  const item = (externalId: string, snils: string, overrides: Record<string, unknown> = {}) => ({
    externalId, organizationExternalId: 'org-o1', snils, lastName: 'Порталова', firstName: 'Ольга', gender: 'FEMALE', birthDate: '1988-08-08',
    educationLevel: 'HIGHER', teachingSince: '2010-09-01', hiredOn: '2010-09-01', positions: [{ position: 'TEACHER', weeklyHours: 18 }], subjectCodes: ['MATH'],
    ...overrides,
  });
  const upsert = (items: unknown[]) => t.http.post('/api/v1/staff/batch').set('X-API-Key', key).send({ items });
  const staffCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM staff_member'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    await t.db.query(`UPDATE organization SET external_id = 'org-o1' WHERE id = $1`, [world.o1.id]);
    await t.db.query(`UPDATE organization SET external_id = 'org-o4' WHERE id = $1`, [world.o4.id]);
    key = (await world.build.apiKey(world.r1)).key;
  });
  afterAll(() => t.close());

  it('applies valid records, reports each bad one, and is idempotent', async () => {
    const [a, b] = [validSnils(), validSnils()];
    const batch = [item('p-1', a), item('p-2', b, { lastName: 'Вторая' }), item('p-3', '112-233-445 96'), item('p-4', validSnils(), { organizationExternalId: 'org-o4' }), item('p-1', a)];
    const before = await staffCount();
    const first = await upsert(batch);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'created', 'error', 'error', 'error']);
    expect(first.body.results[2].errors).toEqual([{ field: 'snils', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' }]);
    expect(first.body.results[3].errors).toEqual([{ field: 'organizationExternalId', message: 'Организация не найдена в области доступа ключа' }]);
    expect(first.body.results[4].errors).toEqual([{ field: 'externalId', message: 'Повторяет запись 0 этого пакета' }]);
    expect(await staffCount()).toBe(before + 2);

    const again = await upsert(batch.slice(0, 2));
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(again.body.results[0].id).toBe(first.body.results[0].id);
    expect(await staffCount()).toBe(before + 2);

    const changed = await upsert([item('p-2', b, { lastName: 'Вторая', phone: '+7 900 000-00-01' })]);
    expect(changed.body).toMatchObject({ updated: 1, results: [{ status: 'updated', id: first.body.results[1].id }] });
  });

  it('validates every record on its own and refuses oversized batches', async () => {
    const response = await upsert([{ externalId: 'x', unknown: 1 }]);
    expect(response.status).toBe(200);
    expect(response.body.results[0].status).toBe('error');
    expect(response.body.results[0].errors).toEqual(expect.arrayContaining([{ field: 'unknown', message: 'Неизвестное поле' }, { field: 'snils', message: expect.any(String) }]));
    const tooMany = await upsert(Array.from({ length: 1001 }, (_, i) => ({ externalId: `x${i}` })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([{ field: 'items', message: 'Не больше 1000 элементов' }]);
  });

  it('feeds changes after a cursor, page by page, including dismissals', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const seenIds: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const response = await t.http.get('/api/v1/staff/changes').query(cursor ? { cursor, limit: 1 } : { updatedSince: since, limit: 1 }).set('X-API-Key', key);
      expect(response.status).toBe(200);
      seenIds.push(...response.body.items.map((i: { externalId: string }) => i.externalId));
      cursor = response.body.nextCursor;
      if (!response.body.hasMore) break;
    }
    expect(seenIds).toEqual(['p-1', 'p-2']);
    const dismissed = await upsert([item('p-1', (await t.db.query(`SELECT snils FROM staff_member WHERE external_id = 'p-1'`))[0].snils, { dismissedOn: '2026-01-31' })]);
    expect(dismissed.body.updated).toBe(1);
    const next = await t.http.get('/api/v1/staff/changes').query({ cursor }).set('X-API-Key', key);
    expect(next.body.items.map((i: { externalId: string; dismissedOn: string }) => [i.externalId, i.dismissedOn])).toEqual([['p-1', '2026-01-31']]);
    expect((await t.http.get('/api/v1/staff/changes').query({ cursor: 'garbage' }).set('X-API-Key', key)).status).toBe(400);
  });

  it('upserts staff a school imported from a file without duplicating them', async () => {
    const school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
    const [a, b] = [validSnils(), validSnils()];
    const row = (snils: string, lastName: string) => [snils, lastName, 'Ольга', 'ж', '08.08.1988', 'высшее', '01.09.2010', '01.09.2010', 'Учитель', '18', 'Математика'].join(';');
    const file = ['СНИЛС;Фамилия;Имя;Пол;Дата рождения;Уровень образования;Начало педагогического стажа;Дата приёма;Должности;Недельная нагрузка, ч;Предметы', row(a, 'Файлова'), row(b, 'Файлов')].join('\n');
    const imported = await t.http.post(`/api/v1/staff/imports/commit?organizationId=${world.o1.id}`).set('Authorization', school).set('Content-Type', 'text/csv').send(Buffer.from(file));
    expect(imported.body).toMatchObject({ applied: true, toCreate: 2 });
    const before = await staffCount();

    // The portal sends the same people with its own ids: matched by SNILS, they gain the external id.
    const first = await upsert([item('file-a', a, { lastName: 'Файлова' }), item('file-b', b, { lastName: 'Файлов' })]);
    expect(first.body).toMatchObject({ created: 0, updated: 2, failed: 0 });
    expect(await staffCount()).toBe(before);
    const ids = await t.db.query(`SELECT external_id FROM staff_member WHERE organization_id = $1 AND last_name IN ('Файлова', 'Файлов') ORDER BY external_id`, [world.o1.id]);
    expect(ids).toEqual([{ external_id: 'file-a' }, { external_id: 'file-b' }]);
    const again = await upsert([item('file-a', a, { lastName: 'Файлова' }), item('file-b', b, { lastName: 'Файлов' })]);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });
});
