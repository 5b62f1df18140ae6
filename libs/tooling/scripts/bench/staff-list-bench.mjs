// Benchmark: the scoped staff list (50 rows) on 100,000 staff, through the real API, against a bare
// Fastify + pg endpoint running the same SQL statements (the floor).
//   npm run bench:staff-list            (needs PostgreSQL and Redis on localhost; ~2 minutes)
// Prints a Markdown table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';
import { benchDatabase, root, signToken } from './setup.mjs';
import { machineLine, measure } from './measure.mjs';

const require = createRequire(import.meta.url);
const database = 'sopr_bench';
const { url, admin, env } = benchDatabase(database);
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await run('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
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

// The exact statements the API runs for this request: the compiled service's list(), with every
// statement it sends through pg captured (text, parameters, and the name of a prepared one).
const { createDataSource } = require(join(root, 'dist/server/libs/server/database/src'));
const { StaffService } = require(join(root, 'dist/server/libs/server/staff/src/staff.service.js'));
const { StaffMember } = require(join(root, 'dist/server/libs/server/staff/src'));
const dataSource = await createDataSource(url).initialize();
const captured = [];
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  captured.push(typeof config === 'string' ? { sql: config, params: values ?? [] } : { name: config.name, sql: config.text, params: config.values ?? [] });
  return clientQuery.call(this, config, values, callback);
};
const service = new StaffService(dataSource.getRepository(StaffMember), dataSource, null, null);
const actor = { kind: 'user', id: '00000000-0000-4000-8000-000000000001', role: 'MUNICIPAL_ADMIN', regionId, municipalityId, organizationId: null, staffMemberId: null, ip: '127.0.0.1' };
const query = { limit: 50, offset: 0, asOf: new Date().toISOString().slice(0, 10) };
const page = await service.list(actor, query);
pg.Client.prototype.query = clientQuery;
await dataSource.destroy();
const pageIds = page.items.map((item) => item.id);
const load = captured.find((statement) => statement.params.some((param) => Array.isArray(param) && param.join() === pageIds.join()));
const count = captured.find((statement) => statement !== load && /^SELECT COUNT\(\*\)/.test(statement.sql));
const ids = captured.find((statement) => statement !== load && statement !== count);
if (captured.length !== 3 || !load || !count || !ids) throw new Error(`expected count, page ids and rows of the page, captured:\n${captured.map((c) => c.sql).join('\n')}`);
const idsPosition = load.params.findIndex((param) => Array.isArray(param));
const statementsFile = join(root, 'tmp-bench-statements.json');
writeFileSync(statementsFile, JSON.stringify({ count, ids, load, idsPosition }));
// A prepared statement is explained as the API runs it: EXECUTE, after the executions that let
// PostgreSQL settle on its cached plan.
const literal = (value) => client.escapeLiteral(Array.isArray(value) ? `{${value.join(',')}}` : String(value));
const explain = async (name, { name: prepared, sql, params }) => {
  if (prepared) for (let i = 0; i < 6; i++) await client.query({ name: prepared, text: sql, values: params });
  const [statement, values] = prepared ? [`EXECUTE ${prepared}(${params.map(literal).join(', ')})`, []] : [sql, params];
  const times = [];
  for (let i = 0; i < 5; i++) {
    const plan = (await client.query(`EXPLAIN (ANALYZE, SUMMARY) ${statement}`, values)).rows.map((r) => r['QUERY PLAN']);
    const ms = (label) => Number(plan.find((line) => line.startsWith(label)).match(/([\d.]+) ms/)[1]);
    times.push({ planning: ms('Planning Time'), execution: ms('Execution Time') });
  }
  const median = (key) => times.map((t) => t[key]).sort((a, b) => a - b)[2].toFixed(2);
  return `${name}${prepared ? ' (prepared)' : ''} ${median('planning')} + ${median('execution')} ms`;
};
const statementTimes = [await explain('count', count), await explain('page ids', ids), await explain('rows of the page', load)].join(', ');
await client.end();

const token = signToken({ sub: actor.id, role: actor.role, rid: regionId, mid: municipalityId, oid: null, sid: null }, { expiresIn: 3600 });

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
const loadOptions = { database, connections: CONNECTIONS, duration: DURATION };
await measure('warm-up', `http://127.0.0.1:${apiPort}${target}`, { authorization: `Bearer ${token}` }, api.pid, loadOptions);
const apiResult = await measure('API (NestJS + TypeORM, auth, scope, DTOs)', `http://127.0.0.1:${apiPort}${target}`, { authorization: `Bearer ${token}` }, api.pid, loadOptions);
api.kill('SIGTERM');

const barePort = await freePort();
const bare = await serve([join(root, 'libs/tooling/scripts/bench/bare-staff-list.mjs'), statementsFile], barePort, {});
await waitForHttp(`http://127.0.0.1:${barePort}/ready`);
await measure('warm-up', `http://127.0.0.1:${barePort}/staff`, {}, bare.pid, loadOptions);
const bareResult = await measure('Bare Fastify + pg, same three statements', `http://127.0.0.1:${barePort}/staff`, {}, bare.pid, loadOptions);
bare.kill('SIGTERM');
await run('rm', ['-f', statementsFile]);

const machine = await machineLine(url);
const ms = (value) => value.toFixed(1);
const row = (r) => `| ${r.name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} | ${ms(r.cpu.server)} / ${ms(r.cpu.postgres)} / ${ms(r.cpu.loadGenerator)} / ${ms(r.cpu.other)} |`;
process.stdout.write([
  `Machine: ${machine}; load generator, API and database on the same machine.`,
  `Data: ${staffCount} staff members (1 region, 50 municipalities, 1,000 schools), generated in ${generateSeconds.toFixed(1)} s; the caller is a municipal admin, scope = ${scopedCount} staff.`,
  `Request: GET ${target} (default sort by name, 50 rows, count of the filtered list), ${CONNECTIONS} connections, ${DURATION} s.`,
  `Statements per request, planning + execution (EXPLAIN ANALYZE, median of 5): ${statementTimes}.`,
  '',
  '| endpoint | req/s | p50, ms | p95, ms | p99, ms | errors | CPU per request, ms: server / PostgreSQL / load generator / other processes |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  row(apiResult),
  row(bareResult),
  '',
  `Ratio API / floor: ${(apiResult.rps / bareResult.rps).toFixed(2)} of the throughput, p95 ${(apiResult.p95 / Math.max(1, bareResult.p95)).toFixed(2)}×.`,
  '',
].join('\n'));
