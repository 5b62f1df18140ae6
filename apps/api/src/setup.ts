import 'reflect-metadata';
import { loadConfigOrExit } from '@sopr/server-core';
import { assertServicesReachable, createDataSource, ensureDatabase, runMigrations } from '@sopr/server-database';
import { seedDemo } from '@sopr/server-demo';

/** `npm start` step: create the database if absent, migrate, and seed the demo into an empty one. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await assertServicesReachable(config);
  if (await ensureDatabase(config.databaseUrl)) process.stdout.write('База данных создана\n');
  const applied = await runMigrations(config.databaseUrl);
  if (applied.length > 0) process.stdout.write(`Применены миграции: ${applied.join(', ')}\n`);
  if (process.env['SEED_DEMO'] !== 'false') {
    const dataSource = await createDataSource(config.databaseUrl).initialize();
    try {
      if (await seedDemo(dataSource, config.monitoringAtRiskPoints)) process.stdout.write('Загружены демонстрационные данные\n');
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Setup failed: ${error.message}\n`);
  process.exit(1);
});
