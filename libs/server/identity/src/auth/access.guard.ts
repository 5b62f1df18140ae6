import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor, ForbiddenError, PERMISSION_KEY, PUBLIC_KEY, Permission, UnauthorizedError, hasPermission } from '@sopr/server-core';
import { API_KEY_STRATEGY } from '../api-keys/api-key.strategy';
import { JWT_STRATEGY } from './jwt.strategy';

/**
 * The global guard: deny by default. A route passes only when it is @Public(), or when the caller
 * is authenticated (bearer JWT or X-API-Key) and its role has the route's permission.
 */
@Injectable()
export class AccessGuard extends AuthGuard([JWT_STRATEGY, API_KEY_STRATEGY]) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | null | undefined>(PERMISSION_KEY, targets);
    if (permission === undefined) {
      throw new ForbiddenError('Маршрут не объявил правила доступа');
    }
    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (permission !== null && !hasPermission(actor.role, permission)) throw new ForbiddenError();
    return true;
  }

  override handleRequest<T>(error: unknown, actor: T, info: unknown): T {
    if (error) throw error;
    if (!actor) {
      const infos = Array.isArray(info) ? info : [info];
      const expired = infos.some((i) => (i as { name?: string } | undefined)?.name === 'TokenExpiredError');
      throw expired
        ? new UnauthorizedError('Срок действия токена истёк', 'TOKEN_EXPIRED')
        : new UnauthorizedError('Требуется вход в систему или действующий ключ API');
    }
    return actor;
  }
}
