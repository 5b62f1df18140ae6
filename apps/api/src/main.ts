import 'reflect-metadata';
import { loadConfigOrExit } from '@sopr/server-core';
import { assertServicesReachable } from '@sopr/server-database';
import { createApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await assertServicesReachable(config);
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`СОПР API: http://localhost:${config.port}/ (Swagger: /api/docs)\n`);
}

void main();
