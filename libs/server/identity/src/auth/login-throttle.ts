import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, REDIS, TooManyRequestsError } from '@sopr/server-core';
import { sha256 } from './secrets';

/**
 * Fixed-window counters in Redis: every attempt counts against the IP, failed ones against the
 * account. The account key is hashed so no e-mail address is stored in Redis.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private ipKey(ip: string): string {
    return `${this.config.redisPrefix}:login:ip:${ip}`;
  }

  private accountKey(email: string): string {
    return `${this.config.redisPrefix}:login:account:${sha256(email)}`;
  }

  /** Counts this attempt against the IP and refuses when the IP or the account is over its limit. */
  async beforeAttempt(ip: string, email: string): Promise<void> {
    const window = this.config.loginWindowSeconds;
    const results = await this.redis
      .multi()
      .incr(this.ipKey(ip))
      .expire(this.ipKey(ip), window, 'NX')
      .ttl(this.ipKey(ip))
      .get(this.accountKey(email))
      .ttl(this.accountKey(email))
      .exec();
    if (!results) throw new Error('Redis transaction aborted');
    const ipAttempts = Number(results[0][1]);
    const ipTtl = Number(results[2][1]);
    const accountFailures = Number(results[3][1] ?? 0);
    const accountTtl = Number(results[4][1]);
    if (ipAttempts > this.config.loginMaxAttemptsPerIp) throw this.refuse(ipTtl);
    if (accountFailures >= this.config.loginMaxAttemptsPerAccount) throw this.refuse(accountTtl);
  }

  async recordFailure(email: string): Promise<void> {
    await this.redis.multi().incr(this.accountKey(email)).expire(this.accountKey(email), this.config.loginWindowSeconds, 'NX').exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  private refuse(ttlSeconds: number): TooManyRequestsError {
    const seconds = ttlSeconds > 0 ? ttlSeconds : this.config.loginWindowSeconds;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new TooManyRequestsError(`Слишком много попыток входа. Повторите через ${minutes} мин.`, seconds);
  }
}
