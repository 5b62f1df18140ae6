import { ValidationError } from 'class-validator';
import { FieldError } from './app-error';

/** Russian messages for class-validator constraints; a DTO may still give its own message. */
const MESSAGES: Record<string, (args: string[]) => string> = {
  whitelistValidation: () => 'Неизвестное поле',
  isDefined: () => 'Обязательное поле',
  isNotEmpty: () => 'Обязательное поле',
  isString: () => 'Должно быть строкой',
  isBoolean: () => 'Должно быть true или false',
  isInt: () => 'Должно быть целым числом',
  isNumber: () => 'Должно быть числом',
  isEmail: () => 'Некорректный адрес электронной почты',
  isUUID: () => 'Некорректный идентификатор (ожидается UUID)',
  isEnum: (args) => `Допустимые значения: ${args.join(', ')}`,
  isIn: (args) => `Допустимые значения: ${args.join(', ')}`,
  isDateString: () => 'Некорректная дата (ожидается ГГГГ-ММ-ДД)',
  isISO8601: () => 'Некорректная дата (ожидается ГГГГ-ММ-ДД)',
  minLength: (args) => `Не короче ${args[0]} символов`,
  maxLength: (args) => `Не длиннее ${args[0]} символов`,
  min: (args) => `Не меньше ${args[0]}`,
  max: (args) => `Не больше ${args[0]}`,
  matches: () => 'Неверный формат',
  isArray: () => 'Должно быть списком',
  arrayMinSize: (args) => `Нужно указать хотя бы ${args[0]}`,
  arrayMaxSize: (args) => `Не больше ${args[0]} элементов`,
  nestedValidation: () => 'Должно быть объектом',
};

function translate(constraint: string, error: ValidationError, fallback: string): string {
  const make = MESSAGES[constraint];
  if (!make) return fallback;
  // class-validator keeps the constraint arguments in metadata we cannot reach here; parse the
  // default English message only for the bounds it prints.
  const text = fallback.startsWith(error.property) ? fallback.slice(error.property.length) : fallback;
  if (constraint === 'isEnum' || constraint === 'isIn') {
    const list = text.split(': ')[1] ?? '';
    return make(list.split(',').map((s) => s.trim()).filter(Boolean));
  }
  return make(text.match(/-?\d+(\.\d+)?/g) ?? []);
}

/** Flatten nested class-validator errors into `{ field: 'a.b[0].c', message }`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    if (names.length > 0) {
      // One message per field: the first constraint that failed.
      const name = names[names.length - 1];
      const custom = error.contexts?.[name]?.['message'] as string | undefined;
      result.push({ field, message: custom ?? translate(name, error, constraints[name]) });
    }
    if (error.children && error.children.length > 0) {
      result.push(...toFieldErrors(error.children, field));
    }
  }
  return result;
}
