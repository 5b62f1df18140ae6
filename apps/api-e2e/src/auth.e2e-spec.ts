import { Role } from '@sopr/shared';
import { User } from '@sopr/server-identity';
import { accessTokenFor, login } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { PASSWORD, World, buildWorld } from './support/world';

describe('authentication', () => {
  let t: TestApp;
  let world: World & { build: import('./support/world').Builder };
  let teacher: User;

  beforeAll(async () => {
    // Low limits so throttling is observable in a few requests.
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '40' });
    world = await buildWorld(t.db);
    teacher = await world.build.user(Role.TEACHER, { organization: world.o1 });
  });
  afterAll(() => t.close());

  it('logs in with e-mail and password and returns the profile with scope names', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: teacher.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.tokenType).toBe('Bearer');
    expect(response.body.expiresIn).toBeLessThanOrEqual(900);
    expect(response.body.user).toMatchObject({ id: teacher.id, role: 'TEACHER', organizationName: 'Школа O1', municipalityName: 'Муниципалитет M1', regionName: 'Регион один' });
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(teacher.email);
  });

  it('refuses a wrong password with the same message as an unknown account', async () => {
    const user = await world.build.user(Role.TEACHER, { organization: world.o1 });
    const wrong = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password' });
    const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@test.sopr.ru', password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Неверный адрес электронной почты или пароль' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers 401 TOKEN_EXPIRED for an expired access token and 401 for a forged one', async () => {
    const expired = accessTokenFor(t, teacher, -10);
    const response = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${expired}`);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('TOKEN_EXPIRED');
    const forged = accessTokenFor(t, teacher).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`)).status).toBe(401);
    expect((await t.http.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('rotates refresh tokens and revokes the whole family when a used one comes back', async () => {
    const first = await login(t, teacher.email);
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);

    const replay = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The thief's replay also ended the legitimate holder's session.
    const legit = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(legit.status).toBe(401);
    // Another login (another family) is untouched.
    const other = await login(t, teacher.email);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken })).status).toBe(200);
  });

  it('logout revokes the session', async () => {
    const session = await login(t, teacher.email);
    expect((await t.http.post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
    const after = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(after.status).toBe(401);
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 });
    const other = await login(t, user.email);
    const current = await login(t, user.email);
    const wrongCurrent = await t.http.post('/api/v1/auth/change-password').set('Authorization', `Bearer ${current.accessToken}`).send({ currentPassword: 'nope-nope-nope', newPassword: 'Brand-new-password-1' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.errors).toEqual([{ field: 'currentPassword', message: 'Текущий пароль указан неверно' }]);
    const changed = await t.http.post('/api/v1/auth/change-password').set('Authorization', `Bearer ${current.accessToken}`).send({ currentPassword: PASSWORD, newPassword: 'Brand-new-password-1' });
    expect(changed.status).toBe(200);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken })).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'Brand-new-password-1' })).status).toBe(200);
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const user = await world.build.user(Role.TEACHER, { organization: world.o1 });
    for (let i = 0; i < 3; i += 1) {
      expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password' })).status).toBe(401);
    }
    const blocked = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.body.message).toMatch(/Слишком много попыток входа/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are not affected by this account's lock.
    expect((await t.http.post('/api/v1/auth/login').send({ email: teacher.email, password: PASSWORD })).status).toBe(200);
  });

  it('refuses a blocked account at login and at refresh', async () => {
    const user = await world.build.user(Role.TEACHER, { organization: world.o1 });
    const session = await login(t, user.email);
    await t.db.getRepository(User).update({ id: user.id }, { active: false });
    expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(401);
    const refresh = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('accepts a valid API key, refuses it once revoked, and shows a created key only once', async () => {
    const admin = await world.build.user(Role.MUNICIPAL_ADMIN, { municipality: world.m1 });
    const token = accessTokenFor(t, admin);
    const created = await t.http.post('/api/v1/api-keys').set('Authorization', `Bearer ${token}`).send({ name: 'Портал', municipalityId: world.m1.id });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^sopr_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    const listed = await t.http.get('/api/v1/api-keys').set('Authorization', `Bearer ${token}`);
    expect(listed.body.items.find((k: { id: string }) => k.id === created.body.id)).not.toHaveProperty('key');

    const withKey = await t.http.get('/api/v1/organizations').set('X-API-Key', created.body.key);
    expect(withKey.status).toBe(200);
    expect(withKey.body.items.map((o: { name: string }) => o.name).sort()).toEqual(['Детский сад O2', 'Школа O1']);

    expect((await t.http.delete(`/api/v1/api-keys/${created.body.id}`).set('Authorization', `Bearer ${token}`)).status).toBe(204);
    const revoked = await t.http.get('/api/v1/organizations').set('X-API-Key', created.body.key);
    expect(revoked.status).toBe(401);
    expect((await t.http.get('/api/v1/organizations').set('X-API-Key', `${created.body.key.slice(0, -1)}x`)).status).toBe(401);
  });
});

describe('authentication limits per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '4' });
  });
  afterAll(() => t.close());

  it('throttles an IP that tries many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await t.http.post('/api/v1/auth/login').send({ email: `user${i}@test.sopr.ru`, password: 'whatever-password' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});

describe('when Redis is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A port where nothing listens: the real client, really failing to connect.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:6399' });
  });
  afterAll(() => t.close());

  it('answers 503 quickly instead of hanging', async () => {
    const started = Date.now();
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'someone@test.sopr.ru', password: 'whatever-password' });
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5000);
    const ready = await t.http.get('/api/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.message).toContain('redis');
    expect((await t.http.get('/api/v1/health/live')).status).toBe(200);
  });
});
