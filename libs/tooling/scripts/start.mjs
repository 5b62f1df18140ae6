// `npm start`: build what is stale, create/migrate/seed the database, run the API (serving the SPA)
// and the worker side by side. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale, run } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const env = { ...process.env, WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(root, 'apps/web/dist') };
const server = (app) => join(root, 'dist/server/apps', app, 'src');

await run('node', [join(root, 'libs/tooling/scripts/build-server.mjs')], { cwd: root });
await buildWebIfStale(root);
await run('node', ['--enable-source-maps', join(server('api'), 'setup.js')], { cwd: root, env });

const children = ['api', 'worker'].map((app) =>
  spawn('node', ['--enable-source-maps', join(server(app), 'main.js')], { cwd: root, env, stdio: 'inherit' }),
);
let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
}
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
