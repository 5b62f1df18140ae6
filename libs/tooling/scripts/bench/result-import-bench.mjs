// Benchmark: a 500,000-row diagnostics results file (one row per teacher, five competence scores)
// imported end to end through the real API and worker — upload, mapping, background check, apply
// with deficits derived — as CSV and as XLSX, each into its own procedure.
//   npm run bench:result-import            (needs PostgreSQL and Redis on localhost; ~10 minutes)
// BENCH_ROWS changes the number of rows, BENCH_FORMATS the files (csv,xlsx). Prints Markdown for BENCHMARKS.md.
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';
import { benchDatabase, root, signToken } from './setup.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 500_000);
const FORMATS = (process.env.BENCH_FORMATS ?? 'csv,xlsx').split(',');
const SCHOOLS = 500;
const COMPETENCES = ['PROF.SUBJECT', 'PROF.METHODICAL', 'PROF.PSYCHOLOGICAL', 'FL.READING', 'FL.MATH'];
const database = 'sopr_bench_results';
const { url, admin, env } = benchDatabase(database, { IMPORT_MAX_BYTES: String(400 * 2 ** 20) });
const work = mkdtempSync(join(tmpdir(), 'sopr-result-import-bench-'));

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await run('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
await run('node', [join(root, 'dist/server/apps/api/src/setup.js')], { cwd: root, env });

// The registry: one teacher per file row, SNILS with a valid checksum (the same rule as snilsOf below).
const client = new pg.Client({ connectionString: url });
await client.connect();
let started = performance.now();
const [{ id: regionId }] = (await client.query(`INSERT INTO region (code, name) VALUES ('98', 'Нагрузочная область') RETURNING id`)).rows;
const [{ id: municipalityId }] = (await client.query(`INSERT INTO municipality (region_id, name) VALUES ($1, 'Нагрузочный район') RETURNING id`, [regionId])).rows;
await client.query(`INSERT INTO organization (region_id, municipality_id, name, kind) SELECT $1, $2, 'Школа № ' || n, 'SCHOOL' FROM generate_series(1, ${SCHOOLS}) n`, [regionId, municipalityId]);
await client.query(`
  INSERT INTO staff_member (region_id, municipality_id, organization_id, snils, last_name, first_name, middle_name, gender, birth_date, education_level,
                            teaching_since, category, employment, hired_on)
  SELECT o.region_id, o.municipality_id, o.id, d || lpad((CASE WHEN s < 100 THEN s WHEN s IN (100, 101) THEN 0 WHEN s % 101 = 100 THEN 0 ELSE s % 101 END)::text, 2, '0'),
         'Фамилия' || n, 'Имя', 'Отчество', 'FEMALE', date '1960-01-01' + (n % 15000), 'HIGHER', date '1990-09-01', 'NONE', 'MAIN', date '1990-09-01'
  FROM generate_series(0, ${ROWS - 1}) n
  CROSS JOIN LATERAL (SELECT lpad((200000000 + n)::text, 9, '0') AS d) digits
  CROSS JOIN LATERAL (SELECT sum(substr(digits.d, i, 1)::int * (10 - i)) AS s FROM generate_series(1, 9) i) checksum
  JOIN (SELECT id, region_id, municipality_id, row_number() OVER (ORDER BY id) - 1 AS k FROM organization WHERE municipality_id = $1) o ON o.k = n % ${SCHOOLS}`,
  [municipalityId]);
await client.query('VACUUM (ANALYZE)');
const generateSeconds = (performance.now() - started) / 1000;

const snilsOf = (n) => {
  const digits = String(200_000_000 + n).padStart(9, '0');
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (9 - i), 0);
  const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(check).padStart(2, '0')}`;
};
// The layout platforms export: participant, SNILS, date, a score per competence (decimal commas, some cells empty);
// scores 40–100, so about a third of them fall under the threshold of 60 and open a deficit.
const HEADERS = ['№', 'ФИО участника', 'СНИЛС', 'Дата прохождения', ...COMPETENCES];
const rowOf = (n) => [n + 1, `Фамилия${n} Имя Отчество`, snilsOf(n), '12.10.2026', ...COMPETENCES.map((_, c) => ((n * 7 + c * 13) % 97 === 0 ? '' : `${40 + ((n * 31 + c * 17) % 60)},5`))];

async function writeCsv(file) {
  const out = createWriteStream(file);
  out.write(`${HEADERS.join(';')}\r\n`);
  for (let n = 0; n < ROWS; n++) {
    if (!out.write(`${rowOf(n).join(';')}\r\n`)) await new Promise((r) => out.once('drain', r));
  }
  await finished(out.end());
}
async function writeXlsx(file) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Результаты');
  sheet.addRow(HEADERS).commit();
  for (let n = 0; n < ROWS; n++) sheet.addRow(rowOf(n)).commit();
  await workbook.commit();
}

const token = signToken({ sub: '00000000-0000-4000-8000-000000000001', role: 'SYSTEM_ADMIN', rid: null, mid: null, oid: null, sid: null }, { expiresIn: 7200 });
const port = await freePort();
const serverEnv = { ...env, PORT: String(port), HOST: '127.0.0.1' };
const api = spawn('node', [join(root, 'dist/server/apps/api/src/main.js')], { cwd: root, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const worker = spawn('node', [join(root, 'dist/server/apps/worker/src/main.js')], { cwd: root, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const peakMiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const apiUrl = `http://127.0.0.1:${port}/api/v1`;
const headers = { authorization: `Bearer ${token}` };
const call = async (method, path, body) => {
  const response = body === undefined
    ? await fetch(`${apiUrl}${path}`, { method, headers })
    : await fetch(`${apiUrl}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
};

async function until(procedureId, id, statuses) {
  for (;;) {
    const state = await call('GET', `/diagnostic-procedures/${procedureId}/result-imports/${id}`);
    if (statuses.includes(state.status)) return state;
    if (['INVALID', 'FAILED'].includes(state.status)) throw new Error(`import ${id}: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function importFile(format) {
  const file = join(work, `results.${format}`);
  await (format === 'csv' ? writeCsv(file) : writeXlsx(file));
  const procedure = await call('POST', '/diagnostic-procedures', {
    name: `Нагрузочная диагностика (${format})`, kind: 'EXTERNAL_FIOKO', competenceCodes: COMPETENCES, startsOn: '2026-10-01', threshold: 60, owner: 'REGION', ownerId: regionId,
  });
  const body = readFileSync(file);
  const t0 = performance.now();
  const upload = await fetch(`${apiUrl}/diagnostic-procedures/${procedure.id}/result-imports?fileName=results.${format}`, {
    method: 'POST', headers: { authorization: headers.authorization, 'content-type': 'application/octet-stream' }, body,
  }).then((r) => r.json());
  const t1 = performance.now();
  await call('POST', `/diagnostic-procedures/${procedure.id}/result-imports/${upload.id}/check`, upload.mapping);
  const checked = await until(procedure.id, upload.id, ['VALIDATED']);
  const t2 = performance.now();
  await call('POST', `/diagnostic-procedures/${procedure.id}/result-imports/${upload.id}/apply`);
  const applied = await until(procedure.id, upload.id, ['APPLIED']);
  const t3 = performance.now();
  if (upload.mapping.scores.length !== COMPETENCES.length || checked.toCreate !== ROWS || applied.toCreate !== ROWS) throw new Error(`expected ${ROWS} new results: ${JSON.stringify(applied)}`);
  rmSync(file);
  return { name: `results.${format}`, size: body.length, upload: (t1 - t0) / 1000, check: (t2 - t1) / 1000, apply: (t3 - t2) / 1000, total: (t3 - t0) / 1000 };
}

const results = [];
let peaks;
try {
  await waitForHttp(`${apiUrl}/health/ready`);
  for (const format of FORMATS) results.push(await importFile(format));
  peaks = { worker: peakMiB(worker.pid), api: peakMiB(api.pid) };
} finally {
  api.kill('SIGTERM');
  worker.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
const count = async (sql) => (await client.query(sql)).rows[0].n;
const totals = {
  results: await count('SELECT count(*)::int AS n FROM diagnostic_result'),
  scores: await count('SELECT count(*)::int AS n FROM diagnostic_result r, jsonb_object_keys(r.scores)'),
  deficits: await count('SELECT count(*)::int AS n FROM deficit'),
};
const [{ v: pgVersion }] = (await client.query(`SELECT split_part(version(), ' on ', 1) AS v`)).rows;
await client.end();

const s = (value) => value.toFixed(1);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
process.stdout.write([
  '',
  `- Machine: ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${pgVersion}; API, worker and database share the cores.`,
  `- Data: ${ROWS.toLocaleString('en')} teachers in ${SCHOOLS} schools (generated in ${s(generateSeconds)} s); each file has ${ROWS.toLocaleString('en')} rows of ${HEADERS.length} columns`
    + ` (${COMPETENCES.length} scores, about 1 % of cells empty), matched by SNILS; afterwards ${totals.results.toLocaleString('en')} results, ${totals.scores.toLocaleString('en')} scores, ${totals.deficits.toLocaleString('en')} deficit episodes.`,
  '',
  '| file | size, MB | upload + header, s | check (worker), s | apply (worker), s | end to end, s |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${mb(r.size)} | ${s(r.upload)} | ${s(r.check)} | ${s(r.apply)} | ${s(r.total)} |`),
  '',
  `Peak resident memory (VmHWM): worker ${peaks.worker.toFixed(0)} MiB, API ${peaks.api.toFixed(0)} MiB.`,
  '',
].join('\n'));
