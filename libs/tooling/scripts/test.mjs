// `npm test`: the whole suite. Type checks, lint, unit tests, API tests on real PostgreSQL/Redis
// (contract, migrations, access matrix), the generated client's freshness, and browser tests in
// Chromium against the built SPA served by the real API and worker.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale, freePort, run, waitForHttp } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const step = (title) => process.stdout.write(`\n== ${title}\n`);

// `npm test -- --browser [pattern]` runs only the browser stage (optionally the specs matching `pattern`).
const browserOnly = process.argv.includes('--browser');
const browserPattern = process.argv.slice(2).filter((arg) => arg !== '--browser');

if (!browserOnly) {
  step('typecheck');
  await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root });
  if (existsSync(join(root, 'apps/web/tsconfig.json'))) await run(bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit'], { cwd: root });

  step('lint');
  await run(bin('nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  await run(bin('eslint'), ['--max-warnings=0', 'apps', 'libs'], { cwd: root });

  step('generated API client is up to date');
  const scratch = mkdtempSync(join(tmpdir(), 'sopr-client-'));
  await run('npm', ['run', 'api:client', '--silent'], { cwd: root, env: { ...process.env, API_CLIENT_OUT: scratch } });
  const committed = join(root, 'libs/api-client/src/generated');
  const stale = readdirSync(scratch, { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => !existsSync(join(committed, file)) || readFileSync(join(committed, file), 'utf8') !== readFileSync(join(scratch, file), 'utf8'));
  const extra = readdirSync(committed, { recursive: true }).filter((file) => file.endsWith('.ts') && !existsSync(join(scratch, file)));
  rmSync(scratch, { recursive: true, force: true });
  if (stale.length + extra.length > 0) {
    throw new Error(`The generated API client is stale (${[...stale, ...extra].join(', ')}): run npm run api:spec && npm run api:client`);
  }

  step('unit and API tests');
  await run(bin('jest'), ['--selectProjects', 'unit', 'web', 'api-e2e', '--forceExit'], { cwd: root });
}

step('browser tests');
await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await buildWebIfStale(root);
const port = await freePort();
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sopr');
const database = `sopr_browser_${process.pid}`;
const env = {
  ...process.env, PORT: String(port), HOST: '127.0.0.1', WEB_DIST_DIR: join(root, 'apps/web/dist'),
  DATABASE_URL: Object.assign(new URL(base), { pathname: `/${database}` }).toString(), REDIS_PREFIX: `sopr_browser_${process.pid}`,
};
const server = (app) => join(root, 'dist/server/apps', app, 'src');
const dropDatabase = () => run('psql', [Object.assign(new URL(base), { pathname: '/postgres' }).toString(), '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`], { cwd: root });
await dropDatabase();
await run('node', [join(server('api'), 'setup.js')], { cwd: root, env });
const children = ['api', 'worker'].map((app) => spawn('node', [join(server(app), 'main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] }));
try {
  await waitForHttp(`http://127.0.0.1:${port}/api/v1/health/ready`);
  await run(bin('jest'), ['--selectProjects', 'web-e2e', '--runInBand', ...(browserPattern.length ? ['--testPathPatterns', ...browserPattern] : [])], { cwd: root, env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}` } });
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await dropDatabase();
}
process.stdout.write('\nAll test stages passed.\n');
