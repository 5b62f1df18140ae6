/**
 * The one place where configuration is read and validated. Every variable has a local default
 * except where production must not have one; a bad value stops the process with one line naming it.
 */
export const DEFAULT_JWT_SECRET = 'dev-only-secret-change-me-dev-only-secret';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginWindowSeconds: number;
  loginMaxAttemptsPerAccount: number;
  loginMaxAttemptsPerIp: number;
  bodyLimitBytes: number;
  importMaxBytes: number;
  webDistDir: string | null;
  maintenanceCron: string;
  /** Days an unfinished import keeps its file (personal data) before the maintenance job drops it. */
  importRetentionDays: number;
  /** When a municipality without its own schedule runs its monitoring (cron, UTC). */
  monitoringCron: string;
  /** How far short of its target (in points) an indicator is still «at risk» rather than «not met». */
  monitoringAtRiskPoints: number;
  /** Municipalities' runs a worker process computes at once (each a transaction of its own). */
  monitoringConcurrency: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = str(env, name, fallback);
  if (!allowed.includes(value as T)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function url(env: Env, name: string, protocols: string[], fallback: string): string {
  const value = str(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(' or ')}), got "${value}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return value;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const jwtSecret = str(env, 'JWT_SECRET', DEFAULT_JWT_SECRET);
  if (nodeEnv === 'production' && (jwtSecret === DEFAULT_JWT_SECRET || jwtSecret.length < 32)) {
    throw new ConfigError('JWT_SECRET must be set to a random string of at least 32 characters in production');
  }
  const webDist = str(env, 'WEB_DIST_DIR', '');
  return {
    nodeEnv,
    host: str(env, 'HOST', '0.0.0.0'),
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/sopr'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    redisPrefix: str(env, 'REDIS_PREFIX', 'sopr'),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 900),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    loginMaxAttemptsPerAccount: int(env, 'LOGIN_MAX_ATTEMPTS_PER_ACCOUNT', 5, 1, 1000),
    loginMaxAttemptsPerIp: int(env, 'LOGIN_MAX_ATTEMPTS_PER_IP', 30, 1, 100000),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    importMaxBytes: int(env, 'IMPORT_MAX_BYTES', 52_428_800, 1024, 1_073_741_824),
    webDistDir: webDist === '' ? null : webDist,
    maintenanceCron: str(env, 'MAINTENANCE_CRON', '17 3 * * *'),
    importRetentionDays: int(env, 'IMPORT_RETENTION_DAYS', 7, 1, 365),
    // The months the seeds monitor in: training data January and August, mentoring May, methodical work
    // June, young teachers and deficits September–October, staffing August and October, the effectiveness report December.
    monitoringCron: str(env, 'MONITORING_CRON', '0 4 1 1,5,6,8,9,10,12 *'),
    monitoringAtRiskPoints: int(env, 'MONITORING_AT_RISK_POINTS', 5, 0, 100),
    monitoringConcurrency: int(env, 'MONITORING_CONCURRENCY', 1, 1, 32),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
  };
}

/** Load the config or stop the process with one line naming the bad variable. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
