import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@sopr/server-core';
import { buildOpenApiDocument, createApp } from './app.factory';

/** Sorts object keys recursively so the written spec is byte-for-byte stable. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}

export const OPENAPI_PATH = join(__dirname, '../../../libs/api-client/openapi.json');

async function main(): Promise<void> {
  const app = await createApp(loadConfig(), { logger: false });
  const document = sortKeys(buildOpenApiDocument(app));
  writeFileSync(process.argv[2] ?? OPENAPI_PATH, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
