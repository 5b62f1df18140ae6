import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@sopr/server-core';
import { assertServicesReachable } from '@sopr/server-database';
import { workerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await assertServicesReachable(config);
  const app = await NestFactory.createApplicationContext(workerModule(config), { logger: ['error', 'warn', 'log'], abortOnError: false });
  app.enableShutdownHooks();
}

main().catch((error: Error) => {
  process.stderr.write(`Worker failed to start: ${error.message}\n`);
  process.exit(1);
});
