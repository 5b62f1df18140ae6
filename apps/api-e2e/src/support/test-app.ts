import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@sopr/server-core';
import { createApp } from '../../../api/src/app.factory';
import { TEST_DB_PREFIX, createTestDatabase } from './databases';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  db: DataSource;
  config: AppConfig;
  close: () => Promise<void>;
}

/**
 * The real API on a fresh database and its own Redis key prefix: real PostgreSQL, real Redis.
 * `overrides` change configuration (e.g. lower login limits) the way environment variables would.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const prefix = `${TEST_DB_PREFIX}_${randomBytes(4).toString('hex')}`;
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, REDIS_PREFIX: prefix, WEB_DIST_DIR: '', ...overrides });
  const app = await createApp(config, { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(DataSource);
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    config,
    close: async () => {
      await app.close();
      await clearRedisPrefix(config.redisUrl, prefix);
      await database.drop();
    },
  };
}

async function clearRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis may be deliberately unreachable in a test; nothing to clean then.
  } finally {
    redis.disconnect();
  }
}
