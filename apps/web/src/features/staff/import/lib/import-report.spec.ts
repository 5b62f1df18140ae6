import { importContentType, importErrorRows, importSummary, isImportFileName, problemsOfCommitError, problemsOfReport, XLSX_MIME } from './import-report';

const apiError = (status: number, body: { code?: string; message: string; errors?: { field: string; message: string }[] }) => ({
  message: body.message,
  status,
  body,
});

describe('import files', () => {
  it('accepts .xlsx and .csv in any case', () => {
    expect(isImportFileName('Педагоги.XLSX')).toBe(true);
    expect(isImportFileName('staff.csv')).toBe(true);
    expect(isImportFileName('staff.xls')).toBe(false);
    expect(isImportFileName('csv')).toBe(false);
  });

  it('sends the Content-Type the API parses', () => {
    expect(importContentType('a.csv')).toBe('text/csv');
    expect(importContentType('a.xlsx')).toBe(XLSX_MIME);
    expect(importContentType('a.bin')).toBe('application/octet-stream');
  });
});

describe('importErrorRows', () => {
  it('lists row errors by row, keeping the server order within a row, with unique keys', () => {
    const rows = importErrorRows({
      errors: [
        { row: 5, column: 'СНИЛС', message: 'Неверная контрольная сумма' },
        { row: 3, column: 'Дата рождения', message: 'Такой даты не существует' },
        { row: 5, column: null, message: 'Повторяет строку 3' },
      ],
    });
    expect(rows.map((row) => [row.row, row.column, row.message])).toEqual([
      [3, 'Дата рождения', 'Такой даты не существует'],
      [5, 'СНИЛС', 'Неверная контрольная сумма'],
      [5, null, 'Повторяет строку 3'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('keeps file errors apart from row errors', () => {
    const problems = problemsOfReport({ fileErrors: ['Нет обязательных столбцов: «СНИЛС»'], errors: [] });
    expect(problems).toEqual({ fileErrors: ['Нет обязательных столбцов: «СНИЛС»'], rows: [] });
  });
});

describe('problemsOfCommitError', () => {
  it('maps rows[n].column, rows[n] and file fields of IMPORT_INVALID', () => {
    const problems = problemsOfCommitError(
      apiError(400, {
        code: 'IMPORT_INVALID',
        message: 'Файл не применён: ошибок — 3',
        errors: [
          { field: 'rows[7].Дата рождения', message: 'Такой даты не существует' },
          { field: 'rows[2]', message: 'Повторяет строку 1' },
          { field: 'file', message: 'В файле нет строк с данными' },
        ],
      }),
    );
    expect(problems?.fileErrors).toEqual(['В файле нет строк с данными']);
    expect(problems?.rows.map((row) => [row.row, row.column, row.message])).toEqual([
      [2, null, 'Повторяет строку 1'],
      [7, 'Дата рождения', 'Такой даты не существует'],
    ]);
  });

  it('falls back to the message when IMPORT_INVALID carries no errors', () => {
    expect(problemsOfCommitError(apiError(400, { code: 'IMPORT_INVALID', message: 'Файл не применён' }))).toEqual({
      fileErrors: ['Файл не применён'],
      rows: [],
    });
  });

  it('is null for other failures', () => {
    expect(problemsOfCommitError(apiError(400, { code: 'VALIDATION_ERROR', message: 'x', errors: [] }))).toBeNull();
    expect(problemsOfCommitError(apiError(404, { code: 'NOT_FOUND', message: 'Не найдено' }))).toBeNull();
    expect(problemsOfCommitError(new Error('boom'))).toBeNull();
  });
});

describe('importSummary', () => {
  it('speaks of the future before commit and of the past after', () => {
    const report = { totalRows: 3, toCreate: 2, toUpdate: 1, unchanged: 0 };
    expect(importSummary(report, false).map((item) => `${item.title}: ${item.value}`)).toEqual([
      'Всего строк: 3', 'Будет создано: 2', 'Будет изменено: 1', 'Без изменений: 0',
    ]);
    expect(importSummary(report, true)[1].title).toBe('Создано');
  });
});
