// Load measurement shared by the API benchmarks: autocannon with latencies of the 200 answers, and
// the CPU each request cost in the load generator, the server, PostgreSQL and everything else.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';

// CPU time (ms) used so far by the load generator (this process), the server under test, the
// PostgreSQL backends of the benchmark's database and the whole machine, read from /proc: it shows where each request's time goes on a
// machine they share, and how much other processes took during the run.
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const procCpuMs = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0; // the process has ended
  }
};
// The PostgreSQL backends serving the benchmark's database (their process title names it).
const postgresPids = (database) => readdirSync('/proc').filter((pid) => {
  try {
    return /^\d+$/.test(pid) && new RegExp(`^postgres: .* ${database} `).test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
});
const machineCpuMs = () => {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
};
export const cpuSnapshot = (serverPid, database) => {
  const { user, system } = process.cpuUsage();
  return { loadGenerator: (user + system) / 1000, server: procCpuMs(serverPid), postgres: postgresPids(database).reduce((sum, pid) => sum + procCpuMs(pid), 0), machine: machineCpuMs() };
};

export async function measure(name, target, headers, serverPid, { database, connections, duration }) {
  const latencies = [];
  const before = cpuSnapshot(serverPid, database);
  const instance = autocannon({ url: target, connections, duration, headers });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await instance;
  const after = cpuSnapshot(serverPid, database);
  const cpu = Object.fromEntries(Object.keys(before).map((key) => [key, (after[key] - before[key]) / Math.max(1, result.requests.total)]));
  cpu.other = cpu.machine - cpu.server - cpu.postgres - cpu.loadGenerator;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { name, rps: result.requests.average, p50: pct(50), p95: pct(95), p99: pct(99), non2xx: result.non2xx, errors: result.errors, cpu };
}


/** The machine line of a report: cores, memory, Node and PostgreSQL versions. */
export async function machineLine(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  return `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${version}`;
}
