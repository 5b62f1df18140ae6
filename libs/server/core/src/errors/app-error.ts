/** One error shape for the whole API: { statusCode, code, message, errors?: [{ field, message }] }. */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Запись не найдена') {
    super(404, 'NOT_FOUND', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Недостаточно прав для этого действия') {
    super(403, 'FORBIDDEN', message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Требуется вход в систему', code = 'UNAUTHORIZED') {
    super(401, code, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, errors?: FieldError[]) {
    super(409, 'CONFLICT', message, errors);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, errors?: FieldError[], code = 'VALIDATION_FAILED') {
    super(400, code, message, errors);
  }
}

/** A 400 that names one wrong field. */
export function fieldError(field: string, message: string): BadRequestError {
  return new BadRequestError('Проверьте правильность заполнения полей', [{ field, message }]);
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'TOO_MANY_REQUESTS', message);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'Сервис временно недоступен, повторите попытку позже') {
    super(503, 'SERVICE_UNAVAILABLE', message);
  }
}
