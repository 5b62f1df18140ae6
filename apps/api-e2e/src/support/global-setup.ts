import { runMigrations } from '@sopr/server-database';
import { TEMPLATE_DATABASE, databaseUrl, withAdminClient } from './databases';

/** Builds the migrated template every test database is cloned from. */
export default async function globalSetup(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'sopr_test_%'`);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await runMigrations(databaseUrl(TEMPLATE_DATABASE));
}
