import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

describe('hierarchy, users and the audit log', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let regional: string, municipal: string, school: string, methodist: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    regional = `Bearer ${accessTokenFor(t, await world.build.user(Role.REGIONAL_ADMIN, { region: world.r1 }))}`;
    municipal = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_ADMIN, { municipality: world.m1 }))}`;
    methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
  });
  afterAll(() => t.close());

  it('a regional admin manages municipalities of the region; the server sets the region', async () => {
    const created = await t.http.post('/api/v1/municipalities').set('Authorization', regional).send({ regionId: world.r1.id, name: 'Новый округ', oktmo: '33607000' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionId: world.r1.id, name: 'Новый округ' });
    const renamed = await t.http.patch(`/api/v1/municipalities/${created.body.id}`).set('Authorization', regional).send({ name: 'Новый муниципальный округ' });
    expect(renamed.body.name).toBe('Новый муниципальный округ');
    expect((await t.http.delete(`/api/v1/municipalities/${created.body.id}`).set('Authorization', regional)).status).toBe(204);
    const inUse = await t.http.delete(`/api/v1/municipalities/${world.m2.id}`).set('Authorization', regional);
    expect(inUse.status).toBe(409);
    expect(inUse.body.message).toBe('Нельзя удалить муниципалитет, в котором есть организации');
  });

  it('a municipal admin manages organizations; region and municipality come from the server', async () => {
    const created = await t.http.post('/api/v1/organizations').set('Authorization', municipal).send({ municipalityId: world.m1.id, name: 'МКОУ СОШ № 7', kind: 'SCHOOL', inn: '4305003860' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionId: world.r1.id, municipalityId: world.m1.id, active: true });
    const deactivated = await t.http.patch(`/api/v1/organizations/${created.body.id}`).set('Authorization', municipal).send({ active: false });
    expect(deactivated.body.active).toBe(false);
    const list = await t.http.get('/api/v1/organizations?active=true&sort=name').set('Authorization', municipal);
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(['Детский сад O2', 'Школа O1']);
    expect((await t.http.post('/api/v1/organizations').set('Authorization', methodist).send({ municipalityId: world.m1.id, name: 'X', kind: 'SCHOOL' })).status).toBe(403);
  });

  it('nobody creates a user above their own role or outside their scope', async () => {
    const teacher = { email: 'new.teacher@test.sopr.ru', fullName: 'Новикова Ирина Павловна', role: 'TEACHER', password: 'Start-password-2026', organizationId: world.o1.id };
    const created = await t.http.post('/api/v1/users').set('Authorization', school).send(teacher);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'TEACHER', organizationId: world.o1.id, municipalityId: world.m1.id, regionId: world.r1.id });
    expect(created.body).not.toHaveProperty('passwordHash');

    const higher = await t.http.post('/api/v1/users').set('Authorization', school).send({ ...teacher, email: 'x1@test.sopr.ru', role: 'MUNICIPAL_METHODIST', municipalityId: world.m1.id });
    expect(higher.status).toBe(403);
    const elsewhere = await t.http.post('/api/v1/users').set('Authorization', school).send({ ...teacher, email: 'x2@test.sopr.ru', organizationId: world.o2.id });
    expect(elsewhere.status).toBe(404);
    const noPlace = await t.http.post('/api/v1/users').set('Authorization', municipal).send({ ...teacher, email: 'x3@test.sopr.ru', role: 'SCHOOL_ADMIN', organizationId: undefined });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.errors).toEqual([{ field: 'organizationId', message: 'Для этой роли укажите организацию' }]);
    const integration = await t.http.post('/api/v1/users').set('Authorization', municipal).send({ ...teacher, email: 'x4@test.sopr.ru', role: 'INTEGRATION' });
    expect(integration.status).toBe(400);
    expect(integration.body.errors[0].field).toBe('role');

    // Blocking ends the user's sessions and keeps the row.
    expect((await t.http.delete(`/api/v1/users/${created.body.id}`).set('Authorization', school)).status).toBe(204);
    expect((await t.http.post('/api/v1/auth/login').send({ email: teacher.email, password: teacher.password })).status).toBe(401);
    expect((await t.http.get(`/api/v1/users/${created.body.id}`).set('Authorization', school)).body.active).toBe(false);
  });

  it('records every change with actor, changed fields, time and IP, readable within scope', async () => {
    const created = await t.http.post('/api/v1/organizations').set('Authorization', municipal).send({ municipalityId: world.m1.id, name: 'Гимназия', kind: 'SCHOOL' });
    await t.http.patch(`/api/v1/organizations/${created.body.id}`).set('Authorization', municipal).send({ name: 'Гимназия № 1', address: 'ул. Мира, 1' });
    const log = await t.http.get(`/api/v1/audit-log?entity=organization&entityId=${created.body.id}`).set('Authorization', municipal);
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(log.body.items[0]).toMatchObject({
      actorRole: 'MUNICIPAL_ADMIN', entity: 'organization', organizationId: created.body.id, municipalityId: world.m1.id,
      changes: { name: { from: 'Гимназия', to: 'Гимназия № 1' }, address: { from: null, to: 'ул. Мира, 1' } },
    });
    expect(log.body.items[0].ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
    expect(new Date(log.body.items[0].occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const filtered = await t.http.get(`/api/v1/audit-log?action=CREATE&from=2020-01-01&to=2099-12-31&limit=100`).set('Authorization', municipal);
    expect(filtered.body.items.every((e: { action: string }) => e.action === 'CREATE')).toBe(true);
    // A school admin sees only its own school's entries.
    const schoolLog = await t.http.get(`/api/v1/audit-log?entityId=${created.body.id}`).set('Authorization', school);
    expect(schoolLog.body.items).toEqual([]);
    expect((await t.http.get('/api/v1/audit-log?action=NOPE').set('Authorization', municipal)).status).toBe(400);
  });

  it('the audit log is append-only in the database itself', async () => {
    await expect(t.db.query(`UPDATE audit_log SET action = 'DELETE'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
