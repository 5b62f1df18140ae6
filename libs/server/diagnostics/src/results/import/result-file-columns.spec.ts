import { Competence } from '../../framework/competence.entity';
import { DiagnosticProcedure } from '../../procedures/diagnostic-procedure.entity';
import { MatchKey, ResultFileRows, mappingErrors, suggestMapping } from './result-file-columns';

const competences = [
  { id: 'c-1', code: 'PROF.METHODICAL', name: 'Методическая компетенция' },
  { id: 'c-2', code: 'FL.MATH', name: 'Математическая грамотность' },
] as Competence[];
const procedure = { scaleMin: '0', scaleMax: '100' } as DiagnosticProcedure;

describe('suggestMapping', () => {
  it('recognises usual headers loosely and score columns by a competence code or name', () => {
    const mapping = suggestMapping(['№', ' ФИО участника ', 'СНИЛС:', 'Дата рождения', 'Дата', 'МЕТОДИЧЕСКАЯ КОМПЕТЕНЦИЯ', 'fl.math'], competences, null);
    expect(mapping).toEqual({
      externalId: null, snils: 'СНИЛС:', fullName: ' ФИО участника ', lastName: null, firstName: null, middleName: null, birthDate: 'Дата рождения', takenOn: 'Дата',
      defaultTakenOn: null, scores: [{ competenceCode: 'PROF.METHODICAL', column: 'МЕТОДИЧЕСКАЯ КОМПЕТЕНЦИЯ' }, { competenceCode: 'FL.MATH', column: 'fl.math' }],
    });
  });

  it('prefers the mapping saved for the procedure where its columns are in the file', () => {
    const saved = { snils: 'Номер СНИЛС', takenOn: 'Когда', defaultTakenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', column: 'Балл М' }, { competenceCode: 'PROF.METHODICAL', column: 'Нет в файле' }] };
    const mapping = suggestMapping(['Номер СНИЛС', 'Балл М', 'Методическая компетенция'], competences, saved);
    expect(mapping.snils).toBe('Номер СНИЛС');
    expect(mapping.takenOn).toBeNull();
    expect(mapping.defaultTakenOn).toBe('2026-10-01');
    expect(mapping.scores).toEqual([{ competenceCode: 'PROF.METHODICAL', column: 'Методическая компетенция' }, { competenceCode: 'FL.MATH', column: 'Балл М' }]);
  });
});

describe('mappingErrors', () => {
  const headers = ['Фамилия', 'Имя', 'Дата рождения', 'Балл'];
  it('accepts a surname, a name and a birth date as the key, with one date for all rows', () => {
    expect(mappingErrors({ lastName: 'Фамилия', firstName: 'Имя', birthDate: 'Дата рождения', defaultTakenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', column: 'Балл' }] }, headers, competences, '2026-11-22')).toEqual([]);
  });

  it('wants a first name with a surname, a date that is not in the future, and each competence once', () => {
    const errors = mappingErrors(
      { lastName: 'Фамилия', birthDate: 'Дата рождения', defaultTakenOn: '2026-12-01', scores: [{ competenceCode: 'FL.MATH', column: 'Балл' }, { competenceCode: 'FL.MATH', column: 'Балл' }] },
      headers, competences, '2026-11-22',
    );
    expect(errors).toEqual([
      { field: 'firstName', message: 'Укажите столбец с именем' },
      { field: 'defaultTakenOn', message: 'Дата результата не может быть в будущем' },
      { field: 'scores[1].competenceCode', message: 'Компетенция FL.MATH указана дважды' },
    ]);
  });
});

describe('mappingErrors: one column, one competence', () => {
  it('refuses a score column chosen for two competences', () => {
    const errors = mappingErrors(
      { snils: 'Фамилия', defaultTakenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', column: 'Балл' }, { competenceCode: 'PROF.METHODICAL', column: 'Балл' }] },
      ['Фамилия', 'Имя', 'Дата рождения', 'Балл'], competences, '2026-11-22',
    );
    expect(errors).toEqual([{ field: 'scores[1].column', message: 'Столбец «Балл» уже выбран для компетенции FL.MATH' }]);
  });
});

describe('ResultFileRows', () => {
  const headers = ['ФИО', 'СНИЛС', 'Дата рождения', 'Дата', 'М', 'Ф'];
  const rows = new ResultFileRows(headers, {
    fullName: 'ФИО', snils: 'СНИЛС', birthDate: 'Дата рождения', takenOn: 'Дата', defaultTakenOn: '2026-10-01',
    scores: [{ competenceCode: 'PROF.METHODICAL', column: 'М' }, { competenceCode: 'FL.MATH', column: 'Ф' }],
  }, procedure, '2026-11-22');

  it('reads SNILS in any spelling, decimal commas, empty cells as not assessed, and the default date', () => {
    expect(rows.check(2, ['Иванова Мария Петровна', '112 233 445 95', '', '', ' 72,5 ', ''])).toEqual({
      row: { line: 2, key: MatchKey.SNILS, externalId: null, snils: '11223344595', lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', birthDate: null, takenOn: '2026-10-01', scores: [72.5, null] },
    });
  });

  it('falls back to the full name with the birth date when there is no SNILS', () => {
    const checked = rows.check(3, ['Петров  Пётр', '', '02.03.1979', '2026-10-12', '60', '61']);
    expect(checked).toEqual({ row: expect.objectContaining({ key: MatchKey.NAME, lastName: 'Петров', firstName: 'Пётр', middleName: null, birthDate: '1979-03-02', takenOn: '2026-10-12' }) });
  });

  it('names every wrong cell of a row under its column', () => {
    expect(rows.check(4, ['Иванова', '112-233-445 96', '31.02.1980', '01.01.2030', '101', 'сорок'])).toEqual({ errors: [
      { row: 4, column: 'СНИЛС', message: 'СНИЛС указан с ошибкой (11 цифр, контрольное число должно сходиться)' },
      { row: 4, column: 'Дата рождения', message: 'Такой даты не существует' },
      { row: 4, column: 'Дата', message: 'Дата результата не может быть в будущем' },
      { row: 4, column: 'М', message: 'Балл вне шкалы процедуры (0–100)' },
      { row: 4, column: 'Ф', message: 'Балл должен быть числом' },
    ] });
  });
});
