export { ALL_ENTITIES } from './entities';
export { createDataSource, dataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { ensureDatabase, pendingSchemaChanges, runMigrations } from './setup';
export { assertServicesReachable } from './preflight';
