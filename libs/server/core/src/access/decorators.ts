import { SetMetadata, applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body';
import { Actor } from './actor';
import { Permission } from './permission';

export const PUBLIC_KEY = 'sopr:public';
export const PERMISSION_KEY = 'sopr:permission';

export const BEARER_AUTH = 'bearer';
export const API_KEY_AUTH = 'apiKey';

/** Opts a route out of the deny-by-default guard. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The one decorator a protected route carries: its permission, and the matching OpenAPI security
 * and error responses. `Permission` undefined means "any signed-in account" (e.g. own profile).
 */
export function Authenticated(options: { permission?: Permission } = {}) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, options.permission ?? null),
    ApiBearerAuth(BEARER_AUTH),
    ApiSecurity(API_KEY_AUTH),
    ApiExtension('x-permission', options.permission ?? 'authenticated'),
    ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Ошибка в запросе' }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Требуется вход' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Недостаточно прав' }),
    ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Не найдено или вне области доступа' }),
  );
}

/** The actor the guard attached to the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  // Passport stores the authenticated principal as `request.user`; ours is always an Actor.
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  if (!request.user) throw new Error('CurrentActor used on a route without authentication');
  return request.user;
});
