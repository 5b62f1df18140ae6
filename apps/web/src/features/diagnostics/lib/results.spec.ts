import dayjs from 'dayjs';
import { resultFieldErrors, resultFormOf, toPutResultBody } from './results';

const competences = [
  { id: 'c1', code: 'PROF.METHODICAL', name: 'Методическая' },
  { id: 'c2', code: 'FL.MATH', name: 'Математическая' },
  { id: 'c3', code: 'FL.READING', name: 'Читательская' },
];

const apiError = (errors: { field: string; message: string }[], message = 'Проверьте правильность заполнения полей') => ({
  message,
  status: 400,
  body: { statusCode: 400, code: 'VALIDATION', message, errors },
});

describe('resultFormOf', () => {
  it('starts today without scores', () => {
    const values = resultFormOf(null, dayjs('2026-05-04T15:00:00'));
    expect(values.takenOn?.format('YYYY-MM-DD')).toBe('2026-05-04');
    expect(values.scores).toEqual({});
  });

  it('fills the scores of a result by competence', () => {
    const values = resultFormOf({
      id: 'r', procedureId: 'p', staffMemberId: 's', staffName: 'Иванова', organizationId: 'o', organizationName: 'СШ', takenOn: '2026-04-01', source: 'MANUAL',
      scores: [{ competenceId: 'c2', competenceCode: 'FL.MATH', score: 42.5, belowThreshold: true }],
    });
    expect(values).toMatchObject({ staffMemberId: 's', scores: { c2: 42.5 } });
    expect(values.takenOn?.format('YYYY-MM-DD')).toBe('2026-04-01');
  });
});

describe('toPutResultBody', () => {
  it('sends the given scores in the procedure order and remembers whose they are', () => {
    const { body, order } = toPutResultBody({ takenOn: dayjs('2026-04-01'), scores: { c3: 70, c1: 0, c2: null } }, competences);
    expect(body).toEqual({ takenOn: '2026-04-01', scores: [{ competenceId: 'c1', score: 0 }, { competenceId: 'c3', score: 70 }] });
    expect(order).toEqual(['c1', 'c3']);
  });
});

describe('resultFieldErrors', () => {
  it('places score errors on the input of the competence sent at that index', () => {
    const error = apiError([
      { field: 'scores[1].score', message: 'Балл вне шкалы процедуры (0–100)' },
      { field: 'scores.0.competenceId', message: 'Компетенция указана дважды' },
      { field: 'takenOn', message: 'Дата результата не может быть в будущем' },
    ]);
    expect(resultFieldErrors(error, ['c1', 'c3'])).toEqual({
      fields: [
        { name: ['scores', 'c3'], errors: ['Балл вне шкалы процедуры (0–100)'] },
        { name: ['scores', 'c1'], errors: ['Компетенция указана дважды'] },
        { name: ['takenOn'], errors: ['Дата результата не может быть в будущем'] },
      ],
      message: null,
    });
  });

  it('reports what has no input as a message', () => {
    const error = apiError([
      { field: 'scores', message: 'Укажите хотя бы один балл' },
      { field: 'scores[5].score', message: 'Вне шкалы' },
      { field: 'takenOn', message: 'Нет даты' },
    ]);
    const result = resultFieldErrors(error, ['c1']);
    expect(result.fields).toEqual([{ name: ['takenOn'], errors: ['Нет даты'] }]);
    expect(result.message).toBe('Укажите хотя бы один балл; Вне шкалы');
  });

  it('uses the main message without field errors, and a fallback for non-API errors', () => {
    expect(resultFieldErrors({ message: 'x', status: 404, body: { message: 'Сотрудник не найден' } }, [])).toEqual({ fields: [], message: 'Сотрудник не найден' });
    expect(resultFieldErrors(new Error('boom'), []).message).toBe('Не удалось выполнить действие. Повторите попытку позже.');
  });
});
