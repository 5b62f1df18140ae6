// What every benchmark starts from: the repository root, a database of its own beside
// DATABASE_URL's, the environment of the API and worker it starts, and tokens signed with their secret.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const JWT_SECRET = 'benchmark-secret-benchmark-secret-0001';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The benchmark's database `database` (its URL, and the `postgres` database's to create or drop it) and the servers' environment. */
export function benchDatabase(database, extraEnv = {}) {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sopr');
  const url = Object.assign(new URL(base), { pathname: `/${database}` }).toString();
  const admin = Object.assign(new URL(base), { pathname: '/postgres' }).toString();
  const env = { ...process.env, DATABASE_URL: url, SEED_DEMO: 'false', JWT_SECRET, REDIS_PREFIX: database, LOG_LEVEL: 'error', ...extraEnv };
  return { url, admin, env };
}

/** An access token the benchmark's API accepts, for `claims` (sub, role, rid, mid, oid, sid); `options` as JwtService.sign's ({ expiresIn }). */
export function signToken(claims, options) {
  const { JwtService } = require('@nestjs/jwt');
  return new JwtService({ secret: JWT_SECRET }).sign(claims, options);
}
