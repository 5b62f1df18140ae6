import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { World, buildWorld } from './support/world';

describe('bad input gets a clear 4xx and writes nothing', () => {
  let t: TestApp;
  let world: World;
  let token: string;
  const auditCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM audit_log'))[0].n);
  const orgCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM organization'))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '4096' });
    world = await buildWorld(t.db);
    const admin = await (world as World & { build: import('./support/world').Builder }).build.user(Role.MUNICIPAL_ADMIN, { municipality: world.m1 });
    token = accessTokenFor(t, admin);
  });
  afterAll(() => t.close());

  const post = (body: string | object, type = 'application/json') =>
    t.http.post('/api/v1/organizations').set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);

  it('malformed JSON', async () => {
    const before = await orgCount();
    const response = await post('{"name": "Школа", ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'Тело запроса не является корректным JSON' });
    expect(await orgCount()).toBe(before);
  });

  it('unknown fields and wrong types name every bad field', async () => {
    const before = await auditCount();
    const response = await post({ municipalityId: world.m1.id, name: 42, kind: 'UNIVERSITY', inn: '12', color: 'red' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'color', message: 'Неизвестное поле' },
        { field: 'name', message: 'Должно быть строкой' },
        { field: 'kind', message: 'Допустимые значения: SCHOOL, PRESCHOOL, ADDITIONAL, METHODICAL_CENTER' },
        { field: 'inn', message: 'ИНН организации — 10 цифр' },
      ]),
    );
    expect(await auditCount()).toBe(before);
  });

  it('a body over the size limit', async () => {
    const response = await post({ municipalityId: world.m1.id, name: 'Ш'.repeat(5000), kind: 'SCHOOL' });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON', async () => {
    const response = await post('<name>Школа</name>', 'application/xml');
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('page sizes over 100, bad offsets and unknown sort fields', async () => {
    const get = (query: string) => t.http.get(`/api/v1/organizations?${query}`).set('Authorization', `Bearer ${token}`);
    expect((await get('limit=101')).body.errors).toEqual([{ field: 'limit', message: 'Не больше 100' }]);
    expect((await get('offset=-1')).body.errors).toEqual([{ field: 'offset', message: 'Не меньше 0' }]);
    expect((await get('limit=abc')).body.errors[0].field).toBe('limit');
    const sort = await get('sort=password');
    expect(sort.status).toBe(400);
    expect(sort.body.errors).toEqual([{ field: 'sort', message: 'Сортировка возможна по полям: name, kind, createdAt' }]);
    const ok = await get('limit=100&sort=-name');
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((o: { name: string }) => o.name)).toEqual(['Школа O1', 'Детский сад O2']);
  });

  it('a malformed id in the path', async () => {
    const response = await t.http.get('/api/v1/organizations/not-a-uuid').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'id', message: 'Некорректный идентификатор (ожидается UUID)' }]);
  });

  it('unknown routes answer a JSON 404', async () => {
    const response = await t.http.get('/api/v1/no-such-thing').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) });
    expect((await t.http.delete('/api/v1/organizations')).status).toBe(404);
  });

  it('a duplicate unique value is a 409 naming the field', async () => {
    const body = { email: 'dup@test.sopr.ru', fullName: 'Дубль', role: 'TEACHER', password: 'Start-password-2026', organizationId: world.o1.id };
    expect((await t.http.post('/api/v1/users').set('Authorization', `Bearer ${token}`).send(body)).status).toBe(201);
    const again = await t.http.post('/api/v1/users').set('Authorization', `Bearer ${token}`).send({ ...body, email: 'DUP@test.sopr.ru' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ field: 'email', message: 'Адрес уже используется' }]);
  });
});
