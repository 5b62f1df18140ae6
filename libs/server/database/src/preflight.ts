import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from '@sopr/server-core';

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Stops the process with one line when PostgreSQL or Redis cannot be reached, and says how to fix it. */
export async function assertServicesReachable(config: AppConfig): Promise<void> {
  const pg = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '3D000') {
      // 3D000: the database does not exist yet — reachable, `npm start` creates it.
      process.stderr.write(
        `PostgreSQL недоступен по ${redact(config.databaseUrl)} (${(error as Error).message}). Запустите его: pg_ctlcluster <версия> main start, или docker compose up -d postgres\n`,
      );
      process.exit(1);
    }
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    process.stderr.write(
      `Redis недоступен по ${redact(config.redisUrl)} (${(error as Error).message}). Запустите его: redis-server --daemonize yes, или docker compose up -d redis\n`,
    );
    process.exit(1);
  } finally {
    redis.disconnect();
  }
}
