import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@sopr/server-core';

/**
 * Test databases live next to the configured one (TEST_DATABASE_URL or DATABASE_URL) and are named
 * with TEST_DB_PREFIX, so two checkouts on one machine can run their suites side by side.
 */
export const TEST_DB_PREFIX = process.env['TEST_DB_PREFIX'] ?? 'sopr_test';
export const TEMPLATE_DATABASE = `${TEST_DB_PREFIX}_template`;

/** Test databases left by this prefix (a crashed run leaves some; each run starts by dropping them). */
export async function dropTestDatabases(client: Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${TEST_DB_PREFIX}\\_%`]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
}

export function serverUrl(): URL {
  return new URL(process.env['TEST_DATABASE_URL'] ?? loadConfig().databaseUrl);
}

export function databaseUrl(name: string): string {
  return Object.assign(serverUrl(), { pathname: `/${name}` }).toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: fast and isolated per test file. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${TEST_DB_PREFIX}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
