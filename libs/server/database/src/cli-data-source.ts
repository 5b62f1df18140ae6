// Data source for the TypeORM CLI (migration:generate); the apps build their own from config.
import { loadConfig } from '@sopr/server-core';
import { createDataSource } from './data-source-options';

export default createDataSource(loadConfig().databaseUrl);
