// Benchmark: the municipal bank of difficulties (about 2,000 teachers of one municipality among
// 100,000 in the region, two rounds of diagnostics) through the real API.
//   npm run bench:difficulty-bank       (needs PostgreSQL and Redis on localhost; ~2 minutes)
// Prints a Markdown table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';
import { benchDatabase, root, signToken } from './setup.mjs';
import { machineLine, measure } from './measure.mjs';

const require = createRequire(import.meta.url);
const database = 'sopr_bench_bank';
const { url, admin, env } = benchDatabase(database);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await run('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
await run('node', [join(root, 'dist/server/apps/api/src/setup.js')], { cwd: root, env });
let started = Date.now();
await run('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', join(root, 'libs/tooling/scripts/bench/generate-staff.sql')]);
await run('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', join(root, 'libs/tooling/scripts/bench/generate-diagnostics.sql')]);
// Deficits are derived by the product's own rule, as an import would leave them.
const { createDataSource } = require(join(root, 'dist/server/libs/server/database/src'));
const { recomputeDeficits } = require(join(root, 'dist/server/libs/server/diagnostics/src'));
const dataSource = await createDataSource(url).initialize();
const staffIds = (await dataSource.query('SELECT DISTINCT staff_member_id AS id FROM diagnostic_result')).map((r) => r.id);
await dataSource.transaction((manager) => recomputeDeficits(manager, staffIds));
// As autovacuum would after the bulk load (it also marks the pages all-visible, which index-only scans need).
await dataSource.query('VACUUM (ANALYZE)');
await dataSource.destroy();
const generateSeconds = (Date.now() - started) / 1000;

const client = new pg.Client({ connectionString: url });
await client.connect();
const count = async (sql, params = []) => (await client.query(sql, params)).rows[0].n;
const [{ region_id: regionId, municipality_id: municipalityId }] = (await client.query(
  `SELECT m.region_id, m.id AS municipality_id FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = '99' ORDER BY m.name LIMIT 1`,
)).rows;
const totals = {
  staff: await count('SELECT count(*)::int AS n FROM staff_member'),
  scoped: await count('SELECT count(*)::int AS n FROM staff_member WHERE municipality_id = $1', [municipalityId]),
  results: await count('SELECT count(*)::int AS n FROM diagnostic_result'),
  scores: await count('SELECT count(*)::int AS n FROM diagnostic_result r, jsonb_object_keys(r.scores)'),
  deficits: await count('SELECT count(*)::int AS n FROM deficit'),
};
await client.end();

const token = signToken({ sub: '00000000-0000-4000-8000-000000000002', role: 'MUNICIPAL_METHODIST', rid: regionId, mid: municipalityId, oid: null, sid: null }, { expiresIn: 3600 });
const port = await freePort();
const api = spawn('node', [join(root, 'dist/server/apps/api/src/main.js')], { cwd: root, env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
await waitForHttp(`http://127.0.0.1:${port}/api/v1/health/ready`);
const target = `http://127.0.0.1:${port}/api/v1/difficulty-bank`;
const headers = { authorization: `Bearer ${token}` };
const check = await fetch(target, { headers }).then((r) => r.json());
const teachers = check.teachers?.find((t) => t.organizationId === null && t.subjectId === null)?.teachers;
if (teachers !== totals.scoped || check.cells.length === 0) throw new Error(`unexpected API answer: ${JSON.stringify(check).slice(0, 300)}`);
const rows = [];
for (const connections of [1, 10, 50]) {
  await measure('warm-up', target, headers, api.pid, { database, connections, duration: 3 });
  rows.push({ connections, ...(await measure(`${connections}`, target, headers, api.pid, { database, connections, duration: DURATION })) });
}
api.kill('SIGTERM');

const ms = (value) => value.toFixed(1);
process.stdout.write([
  `Machine: ${await machineLine(url)}; load generator, API and database on the same machine.`,
  `Data: ${totals.staff} staff in one region (50 municipalities), ${totals.results} results with ${totals.scores} scores, ${totals.deficits} deficit episodes; generated in ${generateSeconds.toFixed(1)} s.`,
  `Request: GET /api/v1/difficulty-bank as a municipal methodist (scope ${totals.scoped} teachers, ${check.cells.length} cells, ${check.organizations.length} organizations), ${DURATION} s per row.`,
  '',
  '| connections | req/s | p50, ms | p95, ms | p99, ms | errors | CPU per request, ms: server / PostgreSQL / load generator / other |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.connections} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} | ${[r.cpu.server, r.cpu.postgres, r.cpu.loadGenerator, r.cpu.other].map(ms).join(' / ')} |`),
  '',
].join('\n'));
