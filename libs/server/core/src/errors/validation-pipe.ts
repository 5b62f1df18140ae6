import { ValidationPipe } from '@nestjs/common';
import { BadRequestError } from './app-error';
import { toFieldErrors } from './validation-messages';

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestError('Проверьте правильность заполнения полей', toFieldErrors(errors)),
  });
}
