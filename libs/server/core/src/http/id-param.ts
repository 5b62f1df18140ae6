import { Param, ParseUUIDPipe } from '@nestjs/common';
import { fieldError } from '../errors/app-error';

/** A UUID path parameter; a malformed one is a 400 naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => fieldError(name, 'Некорректный идентификатор (ожидается UUID)') }));
