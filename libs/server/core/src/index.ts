export { APP_CONFIG, AppConfig, ConfigError, DEFAULT_JWT_SECRET, loadConfig, loadConfigOrExit } from './config/app-config';
export { ConfigModule } from './config/config.module';
export {
  AppError,
  BadRequestError,
  ConflictError,
  FieldError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  fieldError,
} from './errors/app-error';
export { ErrorBodyDto, FieldErrorDto, toErrorBody } from './errors/error-body';
export { toFieldErrors } from './errors/validation-messages';
export { AllExceptionsFilter, sendError } from './errors/all-exceptions.filter';
export { createValidationPipe } from './errors/validation-pipe';
export { MAX_PAGE_SIZE, PageQueryDto } from './pagination/page-query.dto';
export { ApiPageResponse, Page, PageMetaDto, paginate, paginateByIds } from './pagination/page';
export { Actor, Placement } from './access/actor';
export { Permission, ROLE_PERMISSIONS, ROLE_RANK, hasPermission } from './access/permission';
export { API_KEY_AUTH, Authenticated, BEARER_AUTH, CurrentActor, PERMISSION_KEY, PUBLIC_KEY, Public } from './access/decorators';
export { STAFF_RECORD_SCOPE, ScopeColumns, ScopedRepository, applyScope, assertPlacementInScope, isPlacementInScope, scopeCondition } from './access/scope';
export { AuditAction, AuditLogEntry } from './audit/audit-log-entry.entity';
export { AuditEvent, AuditService, Changes, auditActorColumns, diffFields } from './audit/audit.service';
export { AuditModule } from './audit/audit.module';
export { REDIS, RedisModule, requestPathRedisOptions } from './redis/redis.module';
export { HealthController } from './health/health.controller';
export { SnakeNamingStrategy } from './database/snake-naming.strategy';
export { copyChunks, copyInto, copyLine, copyValue } from './database/copy';
export { waitBrieflyForLocks, withTransaction } from './database/transaction';
export { IdParam } from './http/id-param';
export { FILE_CONTENT_TYPES, XLSX_MIME, XlsxColumn, fileBody, sendXlsx } from './http/xlsx';
export { QueryBoolean } from './http/query-boolean';
