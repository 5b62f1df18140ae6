import { IsEmail, IsEnum, IsInt, Max, MinLength, ValidateNested, validate } from 'class-validator';
import { Type } from 'class-transformer';
import { toFieldErrors } from './validation-messages';

enum Color { RED = 'RED', GREEN = 'GREEN' }

class Inner {
  @IsInt() @Max(100) limit: number;
}

class Outer {
  @IsEmail() email: string;
  @MinLength(10) password: string;
  @IsEnum(Color) color: string;
  @ValidateNested() @Type(() => Inner) inner: Inner;
}

describe('toFieldErrors', () => {
  it('translates constraints into Russian and keeps nested field paths', async () => {
    const value = Object.assign(new Outer(), { email: 'x', password: 'short', color: 'BLUE', inner: Object.assign(new Inner(), { limit: 500 }) });
    const errors = toFieldErrors(await validate(value));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Некорректный адрес электронной почты' },
        { field: 'password', message: 'Не короче 10 символов' },
        { field: 'color', message: 'Допустимые значения: RED, GREEN' },
        { field: 'inner.limit', message: 'Не больше 100' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });
});
