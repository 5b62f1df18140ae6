// Benchmark: the scoped staff list (50 rows) on 100,000 staff, through the real API, against a bare
// Fastify + pg endpoint running the same SQL statements (the floor).
//   npm run bench:staff-list            (needs PostgreSQL and Redis on localhost; ~2 minutes)
// Prints a Markdown table for BENCHMARKS.md.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const require = createRequire(import.meta.url);
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sopr');
const database = 'sopr_bench';
const url = Object.assign(new URL(base), { pathname: `/${database}` }).toString();
const admin = Object.assign(new URL(base), { pathname: '/postgres' }).toString();
const JWT_SECRET = 'benchmark-secret-benchmark-secret-0001';
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await run('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
const env = { ...process.env, DATABASE_URL: url, SEED_DEMO: 'false', JWT_SECRET, REDIS_PREFIX: 'sopr_bench', LOG_LEVEL: 'error' };
await run('node', [join(root, 'dist/server/apps/api/src/setup.js')], { cwd: root, env });
let started = Date.now();
await run('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', join(root, 'libs/tooling/scripts/bench/generate-staff.sql')]);
const generateSeconds = (Date.now() - started) / 1000;

const client = new pg.Client({ connectionString: url });
await client.connect();
const [{ n: staffCount }] = (await client.query('SELECT count(*)::int AS n FROM staff_member')).rows;
const [{ region_id: regionId, municipality_id: municipalityId }] = (await client.query(
  `SELECT m.region_id, m.id AS municipality_id FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = '99' ORDER BY m.name LIMIT 1`,
)).rows;
const [{ n: scopedCount }] = (await client.query('SELECT count(*)::int AS n FROM staff_member WHERE municipality_id = $1', [municipalityId])).rows;

// The exact statements the API runs for this request, taken from the compiled service.
const { createDataSource } = require(join(root, 'dist/server/libs/server/database/src'));
const { StaffService } = require(join(root, 'dist/server/libs/server/staff/src/staff.service.js'));
const { StaffMember } = require(join(root, 'dist/server/libs/server/staff/src'));
const dataSource = await createDataSource(url).initialize();
const service = new StaffService(dataSource.getRepository(StaffMember), dataSource, null, null);
const actor = { kind: 'user', id: '00000000-0000-4000-8000-000000000001', role: 'MUNICIPAL_ADMIN', regionId, municipalityId, organizationId: null, staffMemberId: null, ip: '127.0.0.1' };
const query = { limit: 50, offset: 0, asOf: new Date().toISOString().slice(0, 10) };
const filtered = service.filteredQuery(actor, query);
const [countSql, countParams] = filtered.clone().select('COUNT(DISTINCT("s"."id"))', 'cnt').getQueryAndParameters();
const [idsSql, idsParams] = filtered.clone().select('s.id', 'id').orderBy('s.last_name', 'ASC').addOrderBy('s.id', 'ASC').limit(50).offset(0).getQueryAndParameters();
const placeholderIds = Array.from({ length: 50 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const loadQuery = service.selectListColumns(service.staff.query(actor, 's').innerJoin('s.organization', 'o').setParameter('asOf', query.asOf)).andWhere('s.id IN (:...ids)', { ids: placeholderIds });
const [loadSql, loadParams] = loadQuery.getQueryAndParameters();
const idPositions = loadParams.map((value, index) => (placeholderIds.includes(value) ? index : -1)).filter((index) => index >= 0);
await dataSource.destroy();
const statementsFile = join(root, 'tmp-bench-statements.json');
writeFileSync(statementsFile, JSON.stringify({ countSql, countParams, idsSql, idsParams, loadSql, loadParams, idPositions }));
const pageIds = (await client.query(idsSql, idsParams)).rows.map((r) => r.id);
const explainParams = [...loadParams];
idPositions.forEach((position, i) => (explainParams[position] = pageIds[i]));
const plan = (await client.query(`EXPLAIN (ANALYZE, FORMAT TEXT) ${loadSql}`, explainParams)).rows.map((r) => r['QUERY PLAN']);
const pageTime = `rows of the page ${plan.find((line) => line.startsWith('Execution Time'))}`;
await client.end();

const { JwtService } = require('@nestjs/jwt');
const token = new JwtService({ secret: JWT_SECRET }).sign({ sub: actor.id, role: actor.role, rid: regionId, mid: municipalityId, oid: null, sid: null }, { expiresIn: 3600 });

async function measure(name, target, headers) {
  const latencies = [];
  const instance = autocannon({ url: target, connections: CONNECTIONS, duration: DURATION, headers });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { name, rps: result.requests.average, p50: pct(50), p95: pct(95), p99: pct(99), non2xx: result.non2xx, errors: result.errors };
}

async function serve(script, port, extraEnv) {
  const child = spawn('node', script, { cwd: root, env: { ...env, PORT: String(port), HOST: '127.0.0.1', ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

const apiPort = await freePort();
const api = await serve([join(root, 'dist/server/apps/api/src/main.js')], apiPort, {});
await waitForHttp(`http://127.0.0.1:${apiPort}/api/v1/health/ready`);
const target = `/api/v1/staff?limit=50&asOf=${query.asOf}`;
const check = await fetch(`http://127.0.0.1:${apiPort}${target}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
if (check.total !== scopedCount || check.items.length !== 50) throw new Error(`unexpected API answer: total ${check.total}, items ${check.items?.length}`);
await measure('warm-up', `http://127.0.0.1:${apiPort}${target}`, { authorization: `Bearer ${token}` });
const apiResult = await measure('API (NestJS + TypeORM, auth, scope, DTOs)', `http://127.0.0.1:${apiPort}${target}`, { authorization: `Bearer ${token}` });
api.kill('SIGTERM');

const barePort = await freePort();
const bare = await serve([join(root, 'libs/tooling/scripts/bench/bare-staff-list.mjs'), statementsFile], barePort, {});
await waitForHttp(`http://127.0.0.1:${barePort}/ready`);
await measure('warm-up', `http://127.0.0.1:${barePort}/staff`, {});
const bareResult = await measure('Bare Fastify + pg, same three statements', `http://127.0.0.1:${barePort}/staff`, {});
bare.kill('SIGTERM');
await run('rm', ['-f', statementsFile]);

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${(await (async () => {
  const c = new pg.Client({ connectionString: url }); await c.connect(); const v = (await c.query('SHOW server_version')).rows[0].server_version; await c.end(); return `PostgreSQL ${v}`;
})())}`;
const row = (r) => `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx + r.errors} |`;
process.stdout.write([
  `Machine: ${machine}; load generator, API and database on the same machine.`,
  `Data: ${staffCount} staff members (1 region, 50 municipalities, 1,000 schools), generated in ${generateSeconds.toFixed(1)} s; the caller is a municipal admin, scope = ${scopedCount} staff.`,
  `Request: GET ${target} (default sort by name, 50 rows, count of the filtered list), ${CONNECTIONS} connections, ${DURATION} s.`,
  `Statements per request: count, page ids, rows of the page (derived values for 50 ids); ${pageTime} (EXPLAIN ANALYZE).`,
  '',
  '| endpoint | req/s | p50, ms | p95, ms | p99, ms | errors |',
  '| --- | --- | --- | --- | --- | --- |',
  row(apiResult),
  row(bareResult),
  '',
  `Ratio API / floor: ${(apiResult.rps / bareResult.rps).toFixed(2)} of the throughput, p95 ${(apiResult.p95 / Math.max(1, bareResult.p95)).toFixed(2)}×.`,
  '',
].join('\n'));
