import { HttpException, Logger } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueryFailedError } from 'typeorm';
import { AppError, FieldError } from './app-error';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'Некорректный адрес электронной почты' }) message: string;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiProperty({ example: 'Проверьте правильность заполнения полей' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const STATUS_CODES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'Некорректный запрос'],
  401: ['UNAUTHORIZED', 'Требуется вход в систему'],
  403: ['FORBIDDEN', 'Недостаточно прав для этого действия'],
  404: ['NOT_FOUND', 'Запись не найдена'],
  405: ['METHOD_NOT_ALLOWED', 'Метод не поддерживается'],
  409: ['CONFLICT', 'Конфликт с существующими данными'],
  413: ['PAYLOAD_TOO_LARGE', 'Слишком большой запрос'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Неподдерживаемый тип содержимого (ожидается application/json)'],
  429: ['TOO_MANY_REQUESTS', 'Слишком много запросов, повторите позже'],
  503: ['SERVICE_UNAVAILABLE', 'Сервис временно недоступен, повторите попытку позже'],
};

/** Fastify's own errors (parsing, limits) arrive before Nest and carry a FST_ code. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON', 'Тело запроса не является корректным JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON', 'Пустое тело запроса при Content-Type: application/json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'Слишком большой запрос'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Неподдерживаемый тип содержимого (ожидается application/json)'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', 'Некорректная длина тела запроса'],
};

const logger = new Logger('Errors');

function isRedisUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Stream isn't writeable|enableOfflineQueue|Connection is closed|ECONNREFUSED .*6379|MaxRetriesPerRequest/i.test(message);
}

/** Map any thrown value to the one error body. Unknown errors are logged and become a 500. */
export function toErrorBody(error: unknown): ErrorBodyDto & { retryAfterSeconds?: number } {
  if (error instanceof AppError) {
    const body: ErrorBodyDto & { retryAfterSeconds?: number } = { statusCode: error.statusCode, code: error.code, message: error.message };
    if (error.errors && error.errors.length > 0) body.errors = error.errors;
    if ('retryAfterSeconds' in error) body.retryAfterSeconds = (error as { retryAfterSeconds: number }).retryAfterSeconds;
    return body;
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest wraps Fastify's body-parser errors in an HttpException that keeps the parser's message.
    if (status === 400 && /JSON/i.test(error.message)) {
      return { statusCode: 400, code: 'INVALID_JSON', message: 'Тело запроса не является корректным JSON' };
    }
    const [code, message] = STATUS_CODES[status] ?? ['HTTP_ERROR', error.message];
    return { statusCode: status, code, message };
  }
  const fastifyCode = (error as { code?: string })?.code;
  if (fastifyCode && FASTIFY_CODES[fastifyCode]) {
    const [statusCode, code, message] = FASTIFY_CODES[fastifyCode];
    return { statusCode, code, message };
  }
  const fastifyStatus = (error as { statusCode?: number })?.statusCode;
  if (error instanceof SyntaxError && fastifyStatus === 400) {
    return { statusCode: 400, code: 'INVALID_JSON', message: 'Тело запроса не является корректным JSON' };
  }
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const [code, message] = STATUS_CODES[fastifyStatus] ?? ['BAD_REQUEST', 'Некорректный запрос'];
    return { statusCode: fastifyStatus, code, message };
  }
  if (error instanceof QueryFailedError) {
    const pgCode = (error as unknown as { driverError?: { code?: string } }).driverError?.code;
    if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
      return { statusCode: 400, code: 'BAD_REQUEST', message: 'Некорректное значение в запросе' };
    }
    if (pgCode === '23505') {
      return { statusCode: 409, code: 'CONFLICT', message: 'Запись с такими данными уже существует' };
    }
    if (pgCode === '23503') {
      return { statusCode: 409, code: 'CONFLICT', message: 'Запись связана с другими данными' };
    }
    if (pgCode === '55P03') {
      return { statusCode: 409, code: 'CONFLICT', message: 'Эти данные сейчас записывает другая операция (например, импорт результатов): повторите позже' };
    }
  }
  if (isRedisUnavailable(error)) {
    return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Очередь заданий (Redis) недоступна, повторите попытку позже' };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Внутренняя ошибка сервера' };
}
