import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueName } from '@sopr/server-jobs';
import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { buildWorld } from './support/world';

describe('one address: SPA at /, API at /api/v1, Bull Board for system admins', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sopr-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>СОПР</title><div id="root"></div>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(() => t.close());

  it('serves the SPA, its assets, and index.html for client-side routes', async () => {
    expect((await t.http.get('/')).text).toContain('<title>СОПР</title>');
    expect((await t.http.get('/app.js')).text).toBe('console.log(1)');
    expect((await t.http.get('/api-keys')).text).toContain('<div id="root">');
    const deep = await t.http.get('/organizations/123');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('<div id="root">');
    const api = await t.http.get('/api/v1/unknown');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('NOT_FOUND');
  });

  it('opens Bull Board only through a system admin session', async () => {
    const world = await buildWorld(t.db);
    expect((await t.http.get('/api/admin/queues')).status).toBe(403);
    const regional = accessTokenFor(t, await world.build.user(Role.REGIONAL_ADMIN, { region: world.r1 }));
    expect((await t.http.post('/api/v1/admin/queues/session').set('Authorization', `Bearer ${regional}`)).status).toBe(403);

    const admin = accessTokenFor(t, await world.build.user(Role.SYSTEM_ADMIN));
    const session = await t.http.post('/api/v1/admin/queues/session').set('Authorization', `Bearer ${admin}`);
    expect(session.status).toBe(204);
    const cookie = session.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^sopr_queue_board=.+; Path=\/api\/admin\/queues; HttpOnly; SameSite=Strict; Max-Age=900/);
    const board = await t.http.get('/api/admin/queues').set('Cookie', cookie.split(';')[0]);
    expect(board.status).toBe(200);
    expect(board.text).toContain('СОПР: очереди');
    const queues = await t.http.get('/api/admin/queues/api/queues').set('Cookie', cookie.split(';')[0]);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(Object.values(QueueName).sort());
  });
});

describe('configuration is validated at start', () => {
  it('stops with one line naming the bad variable', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../api/src/main.ts')], {
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: PORT must be an integer from 1 to 65535, got "abc"');
  });

  it('refuses the default JWT secret in production', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../api/src/main.ts')], {
      env: { ...process.env, NODE_ENV: 'production', JWT_SECRET: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: JWT_SECRET must be set to a random string of at least 32 characters in production');
  });

  it('says in one line how to start PostgreSQL when it is unreachable', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../api/src/main.ts')], {
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5499/sopr' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^PostgreSQL недоступен по postgres:\/\/postgres@127\.0\.0\.1:5499\/sopr .*Запустите его/);
  });

  it('says in one line how to start Redis when it is unreachable', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../api/src/main.ts')], {
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:6399' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Redis недоступен по redis:\/\/127\.0\.0\.1:6399.*Запустите его/);
  });
});
