import { runMigrations } from '@sopr/server-database';
import { TEMPLATE_DATABASE, databaseUrl, dropTestDatabases, withAdminClient } from './databases';

/** Builds the migrated template every test database is cloned from. */
export default async function globalSetup(): Promise<void> {
  await withAdminClient(async (client) => {
    await dropTestDatabases(client);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await runMigrations(databaseUrl(TEMPLATE_DATABASE));
}
