import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy as BaseStrategy } from 'passport-strategy';
import { Actor } from '@sopr/server-core';
import { ApiKeysService } from './api-keys.service';

export const API_KEY_STRATEGY = 'api-key';
export const API_KEY_HEADER = 'x-api-key';

type Verify = (key: string, ip: string, done: (error: unknown, actor?: unknown) => void) => void;

/** Reads `X-API-Key`; fails (so the next strategy may answer) when it is absent or unknown. */
class HeaderApiKeyStrategy extends BaseStrategy {
  constructor(private readonly verify: Verify) {
    super();
  }

  override authenticate(request: { headers: Record<string, unknown>; ip?: string }): void {
    const key = request.headers[API_KEY_HEADER];
    if (typeof key !== 'string' || key === '') {
      this.fail({ message: 'no api key' }, 401);
      return;
    }
    this.verify(key, request.ip ?? '', (error, actor) => {
      if (error) this.error(error as Error);
      else if (actor) this.success(actor);
      else this.fail({ message: 'invalid api key' }, 401);
    });
  }
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(HeaderApiKeyStrategy, API_KEY_STRATEGY) {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  validate(key: string, ip: string): Promise<Actor | null> {
    return this.apiKeys.authenticate(key, ip);
  }
}
