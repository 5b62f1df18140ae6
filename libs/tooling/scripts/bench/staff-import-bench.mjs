// Benchmark: a 100,000-row staff file imported end to end through the real API and worker — upload,
// background check, apply — as XLSX and as CSV, with the worker's peak memory, against a plain
// `psql \copy` of the same rows into a table (the floor).
//   npm run bench:staff-import            (needs PostgreSQL and Redis on localhost; ~3 minutes)
// BENCH_ROWS changes the number of rows. Prints a Markdown table for BENCHMARKS.md.
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, run, waitForHttp } from '../lib.mjs';
import { benchDatabase, root, signToken } from './setup.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SCHOOLS = 200;
const database = 'sopr_bench_import';
const { url, admin, env } = benchDatabase(database, { IMPORT_MAX_BYTES: String(200 * 2 ** 20) });
const work = mkdtempSync(join(tmpdir(), 'sopr-import-bench-'));

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await run('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
await run('node', [join(root, 'dist/server/apps/api/src/setup.js')], { cwd: root, env });

const client = new pg.Client({ connectionString: url });
await client.connect();
const [{ id: regionId }] = (await client.query(`INSERT INTO region (code, name) VALUES ('98', 'Нагрузочная область') RETURNING id`)).rows;
const [{ id: municipalityId }] = (await client.query(`INSERT INTO municipality (region_id, name) VALUES ($1, 'Нагрузочный район') RETURNING id`, [regionId])).rows;
const schools = (await client.query(`
  INSERT INTO organization (region_id, municipality_id, name, short_name, inn, kind, active)
  SELECT $1, $2, 'Средняя школа № ' || n, 'СШ № ' || n, (4300000000 + n)::text, 'SCHOOL', true FROM generate_series(1, ${SCHOOLS}) n
  RETURNING inn`, [regionId, municipalityId])).rows.map((r) => r.inn);
const subjects = (await client.query('SELECT name FROM subject ORDER BY code')).rows.map((r) => r.name);

// The file: realistic shapes (template headers, Russian dates and words, valid SNILS, a school by INN).
const HEADERS = ['Внешний идентификатор', 'Организация', 'СНИЛС', 'Фамилия', 'Имя', 'Отчество', 'Пол', 'Дата рождения', 'Электронная почта', 'Уровень образования',
  'Начало педагогического стажа', 'Квалификационная категория', 'Дата присвоения категории', 'Вид занятости', 'Дата приёма', 'Должности', 'Недельная нагрузка, ч', 'Предметы'];
const SURNAMES = ['Иванова', 'Смирнова', 'Кузнецова', 'Попова', 'Васильева', 'Петрова', 'Соколова', 'Михайлова', 'Новикова', 'Фёдорова', 'Морозова', 'Волкова'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана'];
const PATRONYMICS = ['Ивановна', 'Сергеевна', 'Александровна', 'Николаевна', 'Владимировна'];
const snilsOf = (n) => {
  const digits = String(200_000_000 + n).padStart(9, '0');
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (9 - i), 0);
  const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(check).padStart(2, '0')}`;
};
const date = (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
function rowOf(n) {
  const born = 1960 + (n % 40);
  const since = born + 22 + (n % 5);
  const category = ['высшая', 'первая', 'без категории', 'соответствие'][n % 4];
  return [`bench-${n}`, schools[n % SCHOOLS], snilsOf(n), SURNAMES[n % SURNAMES.length], NAMES[n % NAMES.length], PATRONYMICS[n % PATRONYMICS.length], 'ж',
    date(born, 1 + (n % 12), 1 + (n % 28)), `teacher${n}@school.ru`, n % 7 === 0 ? 'среднее профессиональное' : 'высшее', date(since, 9, 1), category,
    category === 'без категории' ? '' : date(2022, 1 + (n % 12), 10), 'основное', date(since, 9, 1), 'Учитель', '18',
    `${subjects[n % subjects.length]}, ${subjects[(n + 3) % subjects.length]}`];
}

async function writeXlsx(file, from) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Педагоги');
  sheet.addRow(HEADERS).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(rowOf(from + i)).commit();
  await workbook.commit();
}
const quote = (cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
function writeCsv(file, from) {
  const lines = [HEADERS.join(';')];
  for (let i = 0; i < ROWS; i++) lines.push(rowOf(from + i).map(quote).join(';'));
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}
const xlsxFile = join(work, 'staff.xlsx');
const csvFile = join(work, 'staff.csv');
await writeXlsx(xlsxFile, 0);
writeCsv(csvFile, ROWS); // other people: the CSV run adds to the registry the XLSX run filled

// The floor: psql \copy of the same CSV rows into a plain table of text columns.
await client.query(`CREATE TABLE copy_floor (${HEADERS.map((_, i) => `c${i} text`).join(', ')})`);
let started = performance.now();
await run('psql', [url, '-qc', `\\copy copy_floor FROM '${csvFile}' WITH (FORMAT csv, HEADER true, DELIMITER ';')`]);
const copySeconds = (performance.now() - started) / 1000;
await client.query('DROP TABLE copy_floor');

const token = signToken({ sub: '00000000-0000-4000-8000-000000000001', role: 'SYSTEM_ADMIN', rid: null, mid: null, oid: null, sid: null }, { expiresIn: 3600 });
const port = await freePort();
const serverEnv = { ...env, PORT: String(port), HOST: '127.0.0.1' };
const api = spawn('node', [join(root, 'dist/server/apps/api/src/main.js')], { cwd: root, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const worker = spawn('node', [join(root, 'dist/server/apps/worker/src/main.js')], { cwd: root, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const peakMiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const apiUrl = `http://127.0.0.1:${port}/api/v1`;
const headers = { authorization: `Bearer ${token}` };

async function until(id, statuses) {
  for (;;) {
    const state = await fetch(`${apiUrl}/staff/imports/${id}`, { headers }).then((r) => r.json());
    if (statuses.includes(state.status)) return state;
    if (['INVALID', 'FAILED'].includes(state.status)) throw new Error(`import ${id}: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function importFile(name, file, contentType) {
  const body = readFileSync(file);
  const t0 = performance.now();
  const started = await fetch(`${apiUrl}/staff/imports?fileName=${encodeURIComponent(name)}`, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body }).then((r) => r.json());
  const t1 = performance.now();
  const checked = await until(started.id, ['VALIDATED']);
  const t2 = performance.now();
  await fetch(`${apiUrl}/staff/imports/${started.id}/apply`, { method: 'POST', headers });
  const applied = await until(started.id, ['APPLIED']);
  const t3 = performance.now();
  if (checked.toCreate !== ROWS || applied.toCreate !== ROWS) throw new Error(`expected ${ROWS} new rows: ${JSON.stringify(applied)}`);
  return { name, size: statSync(file).size, upload: (t1 - t0) / 1000, check: (t2 - t1) / 1000, apply: (t3 - t2) / 1000, total: (t3 - t0) / 1000 };
}

let results;
try {
  await waitForHttp(`${apiUrl}/health/ready`);
  results = [await importFile('staff.xlsx', xlsxFile, 'application/octet-stream'), await importFile('staff.csv', csvFile, 'text/csv')];
  results.workerPeak = peakMiB(worker.pid);
  results.apiPeak = peakMiB(api.pid);
} finally {
  api.kill('SIGTERM');
  worker.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
const [{ n: staffCount }] = (await client.query('SELECT count(*)::int AS n FROM staff_member')).rows;
const [{ v: pgVersion }] = (await client.query('SELECT split_part(version(), \' on \', 1) AS v')).rows;
await client.end();

const s = (value) => value.toFixed(1);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
process.stdout.write([
  '',
  `- Machine: ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${pgVersion}; API, worker and database share the cores.`,
  `- Data: ${ROWS.toLocaleString('en')} rows per file (${HEADERS.length} template columns, ${SCHOOLS} schools named by INN, 2 subjects each); registry after both runs: ${staffCount.toLocaleString('en')} staff.`,
  `- Floor: \`psql \\copy\` of the CSV into a table of text columns: ${s(copySeconds)} s.`,
  '',
  '| file | size, MB | upload, s | check (worker), s | apply (worker), s | end to end, s | ratio to \\copy |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${mb(r.size)} | ${s(r.upload)} | ${s(r.check)} | ${s(r.apply)} | ${s(r.total)} | ${(r.total / copySeconds).toFixed(0)}× |`),
  '',
  `Peak resident memory (VmHWM): worker ${results.workerPeak.toFixed(0)} MiB, API ${results.apiPeak.toFixed(0)} MiB.`,
  '',
].join('\n'));
