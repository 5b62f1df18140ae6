import { errorMessage, errorStatus, splitFieldErrors, uploadErrorMessage } from './api-errors';

const apiError = (status: number, message: string, errors?: { field: string; message: string }[]) => ({
  message,
  status,
  body: { statusCode: status, code: 'X', message, errors },
});

describe('errorMessage', () => {
  it("takes the API's Russian message", () => {
    expect(errorMessage(apiError(409, 'Нельзя удалить организацию'))).toBe('Нельзя удалить организацию');
    expect(errorStatus(apiError(409, 'x'))).toBe(409);
  });

  it('falls back for anything else', () => {
    expect(errorMessage(new Error('boom'))).toBe('Не удалось выполнить действие. Повторите попытку позже.');
    expect(errorMessage(undefined, 'Ошибка')).toBe('Ошибка');
    expect(errorStatus('x')).toBeUndefined();
  });
});

describe('splitFieldErrors', () => {
  it('places errors of known fields under the fields', () => {
    const error = apiError(400, 'Проверьте правильность заполнения полей', [
      { field: 'email', message: 'Некорректный адрес' },
      { field: 'email', message: 'Адрес уже используется' },
      { field: 'name', message: 'Название уже занято' },
    ]);
    expect(splitFieldErrors(error, ['email', 'name'])).toEqual({
      fields: [
        { name: ['email'], errors: ['Некорректный адрес', 'Адрес уже используется'] },
        { name: ['name'], errors: ['Название уже занято'] },
      ],
      message: null,
    });
  });

  it('reports errors of unknown fields as a message', () => {
    const error = apiError(400, 'Проверьте правильность заполнения полей', [
      { field: 'email', message: 'Некорректный адрес' },
      { field: 'sort', message: 'Сортировка возможна по полям: name' },
    ]);
    const result = splitFieldErrors(error, ['email']);
    expect(result.fields).toEqual([{ name: ['email'], errors: ['Некорректный адрес'] }]);
    expect(result.message).toBe('Сортировка возможна по полям: name');
  });

  it('uses the main message when there are no field errors', () => {
    expect(splitFieldErrors(apiError(409, 'Муниципалитет занят'), ['name'])).toEqual({ fields: [], message: 'Муниципалитет занят' });
  });

  it('turns nested fields into paths', () => {
    const error = apiError(400, 'x', [{ field: 'items.0.name', message: 'Пусто' }]);
    expect(splitFieldErrors(error, ['items']).fields).toEqual([{ name: ['items', 0, 'name'], errors: ['Пусто'] }]);
  });

  it('understands the bracket form of nested fields', () => {
    const error = apiError(400, 'x', [
      { field: 'subjects[0].subjectId', message: 'Нет такого предмета в справочнике' },
      { field: 'positions[1].weeklyHours', message: 'Слишком много' },
      { field: 'positions', message: 'Укажите хотя бы одну должность' },
    ]);
    expect(splitFieldErrors(error, ['subjects', 'positions'])).toEqual({
      fields: [
        { name: ['subjects', 0, 'subjectId'], errors: ['Нет такого предмета в справочнике'] },
        { name: ['positions', 1, 'weeklyHours'], errors: ['Слишком много'] },
        { name: ['positions'], errors: ['Укажите хотя бы одну должность'] },
      ],
      message: null,
    });
  });
});

describe('uploadErrorMessage', () => {
  it('names what is wrong with the file, not the generic request message', () => {
    expect(uploadErrorMessage(apiError(400, 'Проверьте правильность заполнения полей', [{ field: 'file', message: 'Повторяются заголовки столбцов: «Балл»' }]))).toBe(
      'Повторяются заголовки столбцов: «Балл»',
    );
    expect(uploadErrorMessage(apiError(404, 'Процедура не найдена'))).toBe('Процедура не найдена');
  });
});
