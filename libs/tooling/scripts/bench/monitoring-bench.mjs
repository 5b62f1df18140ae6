// Benchmark: monitoring indicators at national scale (issue 5): about 1,060,000 teachers in 40,000
// organizations of 2,550 municipalities in 85 regions, 3,000,000 diagnostic results, 3,000,000
// trainings (generate-national.sql).
//   npm run bench:monitoring            (needs PostgreSQL and Redis on localhost; generation ~10 minutes)
//   BENCH_SCALE=small npm run bench:monitoring    (~20× fewer staff, for a quick check)
//   BENCH_KEEP_DB=1 npm run bench:monitoring      (reuses sopr_bench_national when it exists: measures only)
//   BENCH_SKIP_SEQUENTIAL=1, BENCH_SKIP_DRAIN=1, BENCH_SKIP_DASHBOARD=1, BENCH_MONITORING_CONCURRENCY=N, BENCH_SECONDS=N: parts and knobs
// Measures the floor (one sequential scan of every table the computation reads), one municipality
// of about 2,000 teachers, and every municipality one after another, and prints a Markdown
// section for BENCHMARKS.md (progress and checks go to stderr).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';
import { benchDatabase, root, signToken } from './setup.mjs';
import { cpuSnapshot, machineLine, measure } from './measure.mjs';

const require = createRequire(import.meta.url);
const database = 'sopr_bench_national';
const { url, admin, env } = benchDatabase(database);
const SMALL = process.env.BENCH_SCALE === 'small';
// Variables of generate-national.sql; the small scale keeps the organization and municipality sizes
// (and the one large municipality) with fewer regions and municipalities.
const SCALE = SMALL
  ? { regions: 17, municipalities_per_region: 7, orgs_per_municipality: 16, staff_per_org: 26, big_municipality_orgs: 83 }
  : { regions: 85, municipalities_per_region: 30, orgs_per_municipality: 16, staff_per_org: 26, big_municipality_orgs: 83 };
const ONE_MUNICIPALITY_RUNS = 5;
const TARGET_TEACHERS = 2000;
// The tables computeMunicipalityIndicators reads (the base population and every numerator).
const FLOOR_TABLES = ['staff_member', 'staff_position', 'staff_subject', 'training_record', 'event_participation', 'event', 'diagnostic_result', 'diagnostic_procedure', 'deficit'];
const log = (line) => process.stderr.write(`${line}\n`);

/** psql with its output on stderr, returning the time of each `\echo == step` of the script (from `\timing`). */
function psqlScript(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('psql', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const steps = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      process.stderr.write(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const step = /^== (.+)$/.exec(line);
        if (step) steps.push({ name: step[1], ms: 0 });
        const time = /^Time: ([\d.]+) ms/.exec(line);
        if (time && steps.length > 0) steps[steps.length - 1].ms += Number(time[1]);
      }
    });
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise(steps) : reject(new Error(`psql ${args.join(' ')} exited with ${code ?? signal}`))));
    child.on('error', reject);
  });
}

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
const adminClient = new pg.Client({ connectionString: admin });
await adminClient.connect();
const exists = (await adminClient.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount > 0;
const keep = process.env.BENCH_KEEP_DB === '1' && exists;
if (!keep) await adminClient.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
await adminClient.end();
// Creates the database when absent and applies pending migrations (also on a kept one).
await run('node', [join(root, 'dist/server/apps/api/src/setup.js')], { cwd: root, env, stdio: ['ignore', 2, 2] });
let generation = null;
if (!keep) {
  const started = Date.now();
  const variables = Object.entries(SCALE).flatMap(([name, value]) => ['-v', `${name}=${value}`]);
  const steps = await psqlScript([url, '-X', '-v', 'ON_ERROR_STOP=1', ...variables, '-f', join(root, 'libs/tooling/scripts/bench/generate-national.sql')]);
  generation = { seconds: (Date.now() - started) / 1000, steps };
} else {
  log(`BENCH_KEEP_DB=1: reusing ${database}`);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const one = async (sql, params = []) => (await client.query(sql, params)).rows[0];
const [{ from, as_of: asOf }] = (await client.query(`SELECT date_trunc('year', current_date)::date::text AS from, current_date::text AS as_of`)).rows;
const period = { from, asOf };

// a. The floor: one sequential scan of each table the computation reads, no parallel workers and
// no index-only shortcut, after a warm-up pass; the best of three passes per table.
await client.query(`SET max_parallel_workers_per_gather = 0; SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off`);
const floor = FLOOR_TABLES.map((table) => ({ table, rows: 0, ms: Infinity }));
for (let pass = 0; pass < 4; pass += 1) {
  for (const entry of floor) {
    const started = performance.now();
    const { n } = await one(`SELECT count(*)::int AS n FROM ${entry.table}`);
    const ms = performance.now() - started;
    entry.rows = n;
    if (pass > 0) entry.ms = Math.min(entry.ms, ms);
  }
}
await client.query('RESET ALL');
const floorMs = floor.reduce((sum, entry) => sum + entry.ms, 0);
const counts = await one(`SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM municipality)::int AS municipalities,
  (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(DISTINCT snils) FROM staff_member)::int AS people,
  (SELECT count(*) FROM diagnostic_result r, jsonb_object_keys(r.scores))::int AS scores`);
const rowsOf = (table) => floor.find((entry) => entry.table === table).rows;

// b. One municipality of about 2,000 teachers (the generator makes one in region 1).
const { createDataSource } = require(join(root, 'dist/server/libs/server/database/src'));
const { computeMunicipalityIndicators, INDICATORS } = require(join(root, 'dist/server/libs/server/indicators/src'));
const dataSource = await createDataSource(url).initialize();
const compute = async (municipalityId) => {
  const started = performance.now();
  const values = await dataSource.transaction((manager) => computeMunicipalityIndicators(manager, municipalityId, period));
  return { ms: performance.now() - started, values };
};
const sample = await one(
  `SELECT m.id, m.name, r.name AS region, count(*)::int AS staff, count(DISTINCT s.organization_id)::int AS organizations
   FROM municipality m JOIN region r ON r.id = m.region_id JOIN staff_member s ON s.municipality_id = m.id
   WHERE s.employment = 'MAIN' AND s.hired_on <= current_date AND (s.dismissed_on IS NULL OR s.dismissed_on > current_date)
   GROUP BY m.id, m.name, r.name ORDER BY abs(count(*) - $1), m.id LIMIT 1`,
  [TARGET_TEACHERS],
);
await compute(sample.id); // warm-up
const sampleRuns = [];
for (let i = 0; i < ONE_MUNICIPALITY_RUNS; i += 1) sampleRuns.push(await compute(sample.id));
const sampleMs = sampleRuns.map((r) => r.ms).sort((a, b) => a - b);
// Municipality totals (a breakdown's rows carry its key).
const isTotal = (v) => v.organizationId === null && v.breakdown == null;
const sampleValues = sampleRuns[0].values.filter(isTotal);
const population = Math.max(...sampleValues.map((v) => v.denominator ?? 0));
log(`\nIndicators of ${sample.name} (${sample.region}), ${period.from} … ${period.asOf}: numerator / denominator = value`);
for (const v of sampleValues) log(`  ${v.code.padEnd(24)} ${String(v.numerator).padStart(7)} / ${String(v.denominator ?? '—').padStart(7)} = ${v.value === null ? '—' : v.value.toFixed(1)}`);

// c. Every municipality one after another, each in its own transaction as a run would be.
const municipalities = (await client.query(`SELECT m.id, m.region_id FROM municipality m JOIN region r ON r.id = m.region_id ORDER BY r.code, m.name`)).rows;
const trivial = new Map(INDICATORS.map((d) => [d.code, { zero: 0, all: 0 }]));
const perMunicipality = [];
const allStarted = performance.now();
// BENCH_SKIP_SEQUENTIAL=1 leaves this part out (to measure the worker alone).
for (const [i, municipality] of (process.env.BENCH_SKIP_SEQUENTIAL === '1' ? [] : municipalities).entries()) {
  const { ms, values } = await compute(municipality.id);
  perMunicipality.push(ms);
  for (const v of values) {
    if (!isTotal(v) || !trivial.has(v.code)) continue;
    if (v.numerator === 0) trivial.get(v.code).zero += 1;
    else if (v.denominator !== null && v.numerator === v.denominator) trivial.get(v.code).all += 1;
  }
  if ((i + 1) % 250 === 0) log(`  ${i + 1} of ${municipalities.length} municipalities, ${((performance.now() - allStarted) / 1000).toFixed(1)} s`);
}
const allSeconds = (performance.now() - allStarted) / 1000;
perMunicipality.sort((a, b) => a - b);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const trivialList = [...trivial].filter(([, t]) => t.zero + t.all > 0).map(([code, t]) => `${code} (0 at ${t.zero}, everybody at ${t.all})`);
if (trivialList.length > 0) log(`Indicators with a trivial numerator somewhere: ${trivialList.join('; ')}`);

// d. Every region's run through the real API and worker: a system administrator starts a region
// run for each region (each fans out into one job per municipality), the worker computes them
// (MONITORING_CONCURRENCY at a time) and rolls each region up when its last municipality is done.
const WORKER_CONCURRENCY = Number(process.env.BENCH_MONITORING_CONCURRENCY ?? 2);
const adminToken = signToken(
  { sub: '00000000-0000-4000-8000-000000000001', role: 'SYSTEM_ADMIN', rid: null, mid: null, oid: null, sid: null }, { expiresIn: 7200 },
);
const authorization = { authorization: `Bearer ${adminToken}` };
const sleep = (msToWait) => new Promise((done) => setTimeout(done, msToWait));

async function startApi(ctx) {
  const port = await freePort();
  const api = spawn('node', [join(ctx.root, 'dist/server/apps/api/src/main.js')], { cwd: ctx.root, env: { ...ctx.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForHttp(`http://127.0.0.1:${port}/api/v1/health/ready`);
  return { api, base: `http://127.0.0.1:${port}/api/v1` };
}

async function allRunsThroughWorker(ctx) {
  // Nothing left in the benchmark's queues from an earlier run.
  await run('sh', ['-c', `redis-cli --scan --pattern '${ctx.database}:*' | xargs -r redis-cli del > /dev/null`]);
  // TRUNCATE, not DELETE: a million dead values would have autovacuum working through the measurement.
  await client.query(`TRUNCATE monitoring_run CASCADE`);
  const { api, base: apiBase } = await startApi(ctx);
  const worker = spawn('node', [join(ctx.root, 'dist/server/apps/worker/src/main.js')], {
    cwd: ctx.root, env: { ...ctx.env, MONITORING_CONCURRENCY: String(WORKER_CONCURRENCY) }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The worker registers every municipality's schedule at start, then serves jobs: wait for that.
  const { Queue } = require('bullmq');
  const queue = new Queue('monitoring', { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: ctx.database });
  while ((await queue.getJobSchedulersCount()) < ctx.municipalities.length) await sleep(500);
  await queue.close();
  await sleep(1000);
  const regions = (await client.query('SELECT id FROM region ORDER BY code')).rows;
  const cpuBefore = cpuSnapshot(worker.pid, ctx.database);
  const started = performance.now();
  for (const region of regions) {
    const response = await fetch(`${apiBase}/monitoring-runs`, {
      method: 'POST', headers: { ...authorization, 'content-type': 'application/json' }, body: JSON.stringify({ regionId: region.id, asOf: ctx.period.asOf }),
    });
    if (response.status !== 202) throw new Error(`region run refused: ${response.status} ${await response.text()}`);
  }
  const postedSeconds = (performance.now() - started) / 1000;
  let state;
  for (;;) {
    state = await one(`SELECT count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
      (SELECT count(*)::int FROM monitoring_run WHERE parent_run_id IS NOT NULL) AS runs FROM monitoring_run WHERE municipality_id IS NULL`);
    if (state.done + state.failed === regions.length) break;
    await sleep(200);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuSnapshot(worker.pid, ctx.database);
  // CPU per municipality's run (ms): of the whole machine, and of the worker's own Node process
  // (its PostgreSQL connections come and go with its pool, so the database's share is not split out).
  const cpu = { machine: (cpuAfter.machine - cpuBefore.machine) / state.runs, worker: (cpuAfter.server - cpuBefore.server) / state.runs };
  log(`CPU per run: ${cpu.machine.toFixed(1)} ms of the machine, of which the worker process ${cpu.worker.toFixed(1)} ms`);
  if (state.failed > 0) throw new Error(`${state.failed} region runs failed`);
  log(`all ${state.runs} municipal runs and ${regions.length} region roll-ups done in ${seconds.toFixed(1)} s (posted in ${postedSeconds.toFixed(1)} s); waiting for recommendations and notes`);
  // What follows each run: its recommendations, then its note (DOCX and PDF); a region run's note after its roll-up.
  for (;;) {
    if (process.env.BENCH_SKIP_DRAIN === '1') break;
    const { notes } = await one(`SELECT count(*)::int AS notes FROM monitoring_note`);
    if (notes === state.runs + regions.length) break;
    await sleep(1000);
  }
  const drainedSeconds = process.env.BENCH_SKIP_DRAIN === '1' ? null : (performance.now() - started) / 1000;
  const values = await one(`SELECT count(*)::int AS n FROM monitoring_value`);
  worker.kill('SIGTERM');
  return { seconds, runs: state.runs, regions: regions.length, drainedSeconds, values: values.n, cpu, api, apiBase };
}

/** e. The dashboards' requests, on the stored values of the runs just made, at 1 and 10 connections. */
async function dashboardRequests(ctx, runs) {
  if (!runs) return [];
  if (process.env.BENCH_SKIP_DASHBOARD === '1') {
    runs.api.kill('SIGTERM');
    return [];
  }
  const { api, apiBase } = runs;
  const region = await one(`SELECT r.id FROM monitoring_run r JOIN region g ON g.id = r.region_id WHERE r.municipality_id IS NULL ORDER BY g.code LIMIT 1`);
  const child = await one(`SELECT id FROM monitoring_run WHERE parent_run_id = $1 ORDER BY id LIMIT 1`, [region.id]);
  const requests = [
    ['municipality run: values (first page)', `/monitoring-runs/${child.id}/values`],
    ['municipality run: an indicator at every organization', `/monitoring-runs/${child.id}/values?indicatorCode=DIAG_COVERAGE&level=ORGANIZATION&limit=100`],
    ['municipality run: values by subject', `/monitoring-runs/${child.id}/values?breakdown=SUBJECT&limit=100`],
    ['municipality run: dynamics', `/monitoring-runs/${child.id}/dynamics`],
    ['region run: municipalities side by side', `/monitoring-runs/${region.id}/comparison`],
    ['region run: an indicator at every municipality', `/monitoring-runs/${region.id}/values?indicatorCode=DIAG_COVERAGE&level=MUNICIPALITY&limit=100`],
    ['runs list', '/monitoring-runs'],
  ];
  const rows = [];
  for (const [name, path] of requests) {
    const check = await fetch(`${apiBase}${path}`, { headers: authorization });
    if (check.status !== 200) throw new Error(`${name}: ${check.status} ${await check.text()}`);
    for (const connections of [1, 10]) {
      await ctx.measure('warm-up', `${apiBase}${path}`, authorization, api.pid, { database: ctx.database, connections, duration: 2 });
      rows.push({ ...(await ctx.measure(name, `${apiBase}${path}`, authorization, api.pid, { database: ctx.database, connections, duration: DASHBOARD_SECONDS })), connections });
    }
  }
  api.kill('SIGTERM');
  return rows;
}
const DASHBOARD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ctx = { root, env, url, database, dataSource, period, municipalities, sample, measure };
const worker = await allRunsThroughWorker(ctx);
const dashboard = await dashboardRequests(ctx, worker);
await dataSource.destroy();
await client.end();

const int = (n) => n.toLocaleString('en-US');
const ms = (n) => n.toFixed(1);
const ratio = (n) => (n / floorMs).toFixed(2);
const scaleLine = `${int(counts.regions)} regions, ${int(counts.municipalities)} municipalities, ${int(counts.organizations)} organizations, `
  + `${int(rowsOf('staff_member'))} staff records (${int(counts.people)} people), ${int(rowsOf('staff_position'))} positions, ${int(rowsOf('staff_subject'))} subjects taught, `
  + `${int(rowsOf('training_record'))} training records, ${int(rowsOf('event'))} events with ${int(rowsOf('event_participation'))} participations, `
  + `${int(rowsOf('diagnostic_procedure'))} diagnostic procedures, ${int(rowsOf('diagnostic_result'))} results with ${int(counts.scores)} scores, ${int(rowsOf('deficit'))} deficit episodes`;
const generationLine = generation
  ? `generated in ${generation.seconds.toFixed(0)} s (${generation.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)}`).join(', ')} s)`
  : 'database kept from an earlier run (BENCH_KEEP_DB=1)';
process.stdout.write([
  `## Monitoring at national scale${SMALL ? ' (small scale)' : ''} (issue 5)`,
  '',
  `Command: \`${SMALL ? 'BENCH_SCALE=small ' : ''}npm run bench:monitoring\`. Machine: ${await machineLine(url)}; the benchmark and the database on the same machine.`,
  `Data (libs/tooling/scripts/bench/generate-national.sql): ${scaleLine}; ${generationLine}.`,
  `Period: ${period.from} … ${period.asOf}, ${INDICATORS.length} indicators. Indicators whose numerator is 0 or everybody at some municipality: ${trivialList.length > 0 ? trivialList.join('; ') : 'none'}.`,
  '',
  'Floor: one sequential scan of each table the computation reads (`SELECT count(*)`, no parallel workers, no index scans; best of three passes after a warm-up pass):',
  '',
  '| table | rows | ms |',
  '| --- | --- | --- |',
  ...floor.map((entry) => `| ${entry.table} | ${int(entry.rows)} | ${ms(entry.ms)} |`),
  `| **sum** | | **${ms(floorMs)}** |`,
  '',
  '| computation | time | ratio to the floor sum |',
  '| --- | --- | --- |',
  `| one municipality (${sample.name}, ${sample.region}: ${int(population)} teachers in ${sample.organizations} organizations), \`computeMunicipalityIndicators\` in a transaction, min / median of ${ONE_MUNICIPALITY_RUNS} | ${ms(sampleMs[0])} / ${ms(pct(sampleMs, 50))} ms | ${ratio(sampleMs[0])} / ${ratio(pct(sampleMs, 50))} |`,
  ...(perMunicipality.length > 0
    ? [`| all ${int(municipalities.length)} municipalities one after another (per municipality: median ${ms(pct(perMunicipality, 50))} ms, p95 ${ms(pct(perMunicipality, 95))} ms, max ${ms(perMunicipality[perMunicipality.length - 1])} ms) | ${allSeconds.toFixed(1)} s | ${ratio(allSeconds * 1000)} |`]
    : []),
  ...(worker
    ? [
      `| all ${int(worker.runs)} municipalities' runs through the API and the worker: ${worker.regions} region runs posted, each fanned out and rolled up (MONITORING_CONCURRENCY=${WORKER_CONCURRENCY}); ${int(worker.values)} values stored; CPU of the whole machine per run ${ms(worker.cpu.machine)} ms (the worker process ${ms(worker.cpu.worker)} ms) | ${worker.seconds.toFixed(1)} s | ${ratio(worker.seconds * 1000)} |`,
      ...(worker.drainedSeconds === null ? [] : [`| … and until every run's recommendations and analytical note (DOCX and PDF) are written | ${worker.drainedSeconds.toFixed(1)} s | ${ratio(worker.drainedSeconds * 1000)} |`]),
    ]
    : []),
  '',
  ...(dashboard.length > 0
    ? [
      '| dashboard request | connections | req/s | p50, ms | p95, ms | p99, ms | errors | p50 / floor sum | CPU per request, ms: server / PostgreSQL / load generator / other |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...dashboard.map((r) => `| ${r.name} | ${r.connections ?? ''} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} | ${ratio(r.p50)} | ${[r.cpu.server, r.cpu.postgres, r.cpu.loadGenerator, r.cpu.other].map(ms).join(' / ')} |`),
      '',
    ]
    : []),
].join('\n'));
