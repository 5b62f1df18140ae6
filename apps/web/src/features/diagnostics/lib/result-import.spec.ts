import type { ResultImportDto } from '@sopr/api-client';
import { ImportStatus } from '@sopr/shared';
import dayjs from 'dayjs';
import {
  canCheckAgain, canDiscard, changesNothing, mappingFacts, mappingFieldErrors, mappingFormOf, resultImportCounts, resultImportPath, resultImportStep,
  resultImportSummary, toMappingDto, unusedHeaders,
} from './result-import';

const competences = [
  { id: 'c1', code: 'PROF.METHODICAL', name: 'Методическая компетенция' },
  { id: 'c2', code: 'FL.MATH', name: 'Математическая грамотность' },
  { id: 'c3', code: 'FL.READING', name: 'Читательская грамотность' },
];
const headers = ['№', 'ФИО участника', 'СНИЛС', 'Дата прохождения', 'Методика, балл', 'FL.MATH', 'Чтение'];

const apiError = (errors: { field: string; message: string }[], message = 'Проверьте сопоставление столбцов') => ({
  message,
  status: 400,
  body: { statusCode: 400, code: 'VALIDATION', message, errors },
});

function dto(overrides: Partial<ResultImportDto> = {}): ResultImportDto {
  return {
    id: 'i1', procedureId: 'p1', fileName: 'результаты.xlsx', fileSize: 1000, status: 'MAPPING', headers, rowsRead: 0, totalRows: null, toCreate: 0, toUpdate: 0,
    unchanged: 0, errorCount: 0, fileErrors: [], failure: null, createdById: 'u1', createdAt: '2026-01-05T09:00:00Z', validatedAt: null, appliedAt: null,
    mapping: { scores: [] },
    ...overrides,
  };
}

describe('mappingFormOf', () => {
  it('fills the suggested columns, the default date and a column per competence', () => {
    const values = mappingFormOf(
      {
        externalId: null, snils: 'СНИЛС', fullName: 'ФИО участника', lastName: null, takenOn: 'Дата прохождения', defaultTakenOn: '2026-10-01',
        scores: [{ competenceCode: 'FL.MATH', column: 'FL.MATH' }, { competenceCode: 'OTHER', column: 'Чтение' }],
      },
      headers,
      competences,
    );
    expect(values).toMatchObject({
      externalId: undefined, snils: 'СНИЛС', fullName: 'ФИО участника', lastName: undefined, birthDate: undefined, takenOn: 'Дата прохождения',
      scores: { 'PROF.METHODICAL': undefined, 'FL.MATH': 'FL.MATH', 'FL.READING': undefined },
    });
    expect(values.defaultTakenOn?.format('YYYY-MM-DD')).toBe('2026-10-01');
  });

  it('drops columns the file does not have', () => {
    const values = mappingFormOf({ snils: 'СНИЛС участника', scores: [{ competenceCode: 'FL.MATH', column: 'Математика' }] }, headers, competences);
    expect(values.snils).toBeUndefined();
    expect(values.scores['FL.MATH']).toBeUndefined();
    expect(values.defaultTakenOn).toBeNull();
  });
});

describe('toMappingDto', () => {
  it('sends every field (null when empty) and the scores in the procedure order', () => {
    const { body, order } = toMappingDto(
      {
        snils: 'СНИЛС', fullName: 'ФИО участника', birthDate: '', takenOn: undefined, defaultTakenOn: dayjs('2026-10-12'),
        scores: { 'FL.READING': 'Чтение', 'PROF.METHODICAL': 'Методика, балл', 'FL.MATH': undefined },
      },
      competences,
    );
    expect(body).toEqual({
      externalId: null, snils: 'СНИЛС', fullName: 'ФИО участника', lastName: null, firstName: null, middleName: null, birthDate: null, takenOn: null,
      defaultTakenOn: '2026-10-12',
      scores: [{ competenceCode: 'PROF.METHODICAL', column: 'Методика, балл' }, { competenceCode: 'FL.READING', column: 'Чтение' }],
    });
    expect(order).toEqual(['PROF.METHODICAL', 'FL.READING']);
  });

  it('round-trips the form of a mapping', () => {
    const mapping = {
      externalId: null, snils: 'СНИЛС', fullName: 'ФИО участника', lastName: null, firstName: null, middleName: null, birthDate: null, takenOn: 'Дата прохождения',
      defaultTakenOn: null, scores: [{ competenceCode: 'PROF.METHODICAL', column: 'Методика, балл' }, { competenceCode: 'FL.MATH', column: 'FL.MATH' }],
    };
    expect(toMappingDto(mappingFormOf(mapping, headers, competences), competences).body).toEqual(mapping);
  });
});

describe('mappingFieldErrors', () => {
  it('places the errors of the fields and of each score column sent', () => {
    const error = apiError([
      { field: 'takenOn', message: 'Столбца «Дата сдачи» нет в файле' },
      { field: 'snils', message: 'Укажите столбец с внешним идентификатором, СНИЛС или ФИО вместе с датой рождения: по ним находится педагог' },
      { field: 'scores[0].competenceCode', message: 'Компетенция FL.READING не оценивается в этой процедуре' },
      { field: 'scores[1].column', message: 'Столбца «Нет такого» нет в файле' },
      { field: 'defaultTakenOn', message: 'Дата результата не может быть в будущем' },
    ]);
    expect(mappingFieldErrors(error, ['FL.MATH', 'FL.READING'])).toEqual({
      fields: [
        { name: ['takenOn'], errors: ['Столбца «Дата сдачи» нет в файле'] },
        { name: ['snils'], errors: ['Укажите столбец с внешним идентификатором, СНИЛС или ФИО вместе с датой рождения: по ним находится педагог'] },
        { name: ['scores', 'FL.MATH'], errors: ['Компетенция FL.READING не оценивается в этой процедуре'] },
        { name: ['scores', 'FL.READING'], errors: ['Столбца «Нет такого» нет в файле'] },
        { name: ['defaultTakenOn'], errors: ['Дата результата не может быть в будущем'] },
      ],
      scores: null,
      message: null,
    });
  });

  it('keeps the error of the scores as a whole apart', () => {
    expect(mappingFieldErrors(apiError([{ field: 'scores', message: 'Выберите хотя бы один столбец с баллами' }]), [])).toEqual({
      fields: [],
      scores: 'Выберите хотя бы один столбец с баллами',
      message: null,
    });
  });

  it('reports what has no control, and errors without fields, as a message', () => {
    expect(mappingFieldErrors(apiError([{ field: 'scores[5].column', message: 'Столбца нет' }]), ['FL.MATH']).message).toBe('Столбца нет');
    expect(mappingFieldErrors({ message: 'x', status: 409, body: { message: 'Файл уже проверяется: дождитесь окончания' } }, []).message).toBe(
      'Файл уже проверяется: дождитесь окончания',
    );
    expect(mappingFieldErrors(new Error('network'), []).message).toMatch(/Не удалось/);
  });
});

describe('unusedHeaders', () => {
  it('lists the headers no field takes, ignoring blank ones', () => {
    expect(unusedHeaders({ snils: 'СНИЛС', fullName: 'ФИО участника', scores: { 'FL.MATH': 'FL.MATH' } }, [...headers, ' '])).toEqual([
      '№', 'Дата прохождения', 'Методика, балл', 'Чтение',
    ]);
    expect(unusedHeaders(undefined, ['A'])).toEqual(['A']);
  });
});

describe('mappingFacts', () => {
  it('says which column gave what', () => {
    const facts = mappingFacts(
      { snils: 'СНИЛС', fullName: 'ФИО участника', takenOn: 'Дата прохождения', defaultTakenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', column: 'FL.MATH' }] },
      competences.slice(0, 2),
      (value) => value.split('-').reverse().join('.'),
    );
    expect(facts).toEqual([
      { key: 'person', label: 'Педагог', value: 'СНИЛС — «СНИЛС», ФИО целиком — «ФИО участника»' },
      { key: 'takenOn', label: 'Дата прохождения', value: 'столбец «Дата прохождения», для строк без даты — 01.10.2026' },
      { key: 'score-PROF.METHODICAL', label: 'Методическая компетенция', value: 'не импортируется' },
      { key: 'score-FL.MATH', label: 'Математическая грамотность', value: '«FL.MATH»' },
    ]);
  });
});

describe('resultImportStep', () => {
  const validatedAt = '2026-01-05T09:08:00Z';
  const step = (overrides: Partial<ResultImportDto>, editing = false) => resultImportStep(dto(overrides), editing);

  it('follows the import through Сопоставление, Проверка, Применение and Готово', () => {
    expect(step({ status: 'MAPPING' })).toEqual({ current: 1, status: 'process' });
    expect(step({ status: 'QUEUED' })).toEqual({ current: 2, status: 'process' });
    expect(step({ status: 'VALIDATING' })).toEqual({ current: 2, status: 'process' });
    expect(step({ status: 'INVALID', validatedAt, errorCount: 1 })).toEqual({ current: 2, status: 'error' });
    expect(step({ status: 'VALIDATED', validatedAt })).toEqual({ current: 3, status: 'process' });
    expect(step({ status: 'APPLYING', validatedAt })).toEqual({ current: 3, status: 'process' });
    expect(step({ status: 'APPLIED', validatedAt })).toEqual({ current: 4, status: 'finish' });
  });

  it('goes back to the mapping while the user edits it', () => {
    expect(step({ status: 'INVALID', validatedAt, errorCount: 1 }, true)).toEqual({ current: 1, status: 'process' });
  });

  it('tells a failed check from a failed apply, and stops a discarded import where it was', () => {
    expect(step({ status: 'FAILED' })).toEqual({ current: 2, status: 'error' });
    expect(step({ status: 'FAILED', validatedAt })).toEqual({ current: 3, status: 'error' });
    expect(step({ status: 'DISCARDED' })).toEqual({ current: 1, status: 'wait' });
    expect(step({ status: 'DISCARDED', validatedAt, errorCount: 2 })).toEqual({ current: 2, status: 'wait' });
    expect(step({ status: 'DISCARDED', validatedAt })).toEqual({ current: 3, status: 'wait' });
  });
});

describe('actions by status', () => {
  it('checks again only an upload that is not running and not closed', () => {
    expect(Object.values(ImportStatus).filter(canCheckAgain)).toEqual(['MAPPING', 'VALIDATED', 'INVALID']);
  });

  it('discards anything not running, not applied and not discarded yet', () => {
    expect(Object.values(ImportStatus).filter(canDiscard)).toEqual(['MAPPING', 'VALIDATED', 'INVALID', 'FAILED']);
  });
});

describe('summary', () => {
  it('has the counts once the file is read through, future tense until applied', () => {
    expect(resultImportCounts(dto())).toBeNull();
    const counts = resultImportCounts(dto({ totalRows: 3, toCreate: 2, toUpdate: 1 }));
    expect(counts).toEqual({ totalRows: 3, toCreate: 2, toUpdate: 1, unchanged: 0 });
    expect(resultImportSummary(counts!, false).map((item) => `${item.title}: ${item.value}`)).toEqual([
      'Строк в файле: 3', 'Новых: 2', 'Заменятся: 1', 'Без изменений: 0',
    ]);
    expect(resultImportSummary(counts!, true).map((item) => item.title)).toEqual(['Строк в файле', 'Добавлено новых', 'Заменено', 'Без изменений']);
    expect(changesNothing(dto({ unchanged: 4 }))).toBe(true);
    expect(changesNothing(dto({ toUpdate: 1 }))).toBe(false);
  });

  it('builds the wizard addresses', () => {
    expect(resultImportPath('p1', 'i1')).toBe('/diagnostics/procedures/p1/import/i1');
  });
});

