import { ImportStatus } from '@sopr/shared';
import type { StaffImportDto } from '@sopr/api-client';
import {
  formatFileSize,
  importChangesNothing,
  importCounts,
  importErrorRows,
  importPlanKnown,
  importPollInterval,
  importProgress,
  importStatusColor,
  importStatusTitle,
  importStep,
  importSummary,
  IMPORT_POLL_MS,
  isImportFileName,
  isImportInProgress,
  organizationToImportAgain,
} from './import-report';

const NBSP = /[\s\u00a0\u202f]/g;

function dto(overrides: Partial<StaffImportDto> = {}): StaffImportDto {
  return {
    id: 'i1',
    fileName: 'педагоги.csv',
    fileSize: 1234,
    status: 'QUEUED',
    rowsRead: 0,
    totalRows: null,
    toCreate: 0,
    toUpdate: 0,
    unchanged: 0,
    errorCount: 0,
    fileErrors: [],
    failure: null,
    defaultOrganizationId: null,
    createdById: 'u1',
    createdAt: '2026-01-05T09:07:00.000Z',
    validatedAt: null,
    appliedAt: null,
    ...overrides,
  };
}

describe('import files', () => {
  it('accepts .xlsx and .csv in any case', () => {
    expect(isImportFileName('Педагоги.XLSX')).toBe(true);
    expect(isImportFileName('staff.csv')).toBe(true);
    expect(isImportFileName('staff.xls')).toBe(false);
    expect(isImportFileName('csv')).toBe(false);
  });

  it('formats the size in Russian units', () => {
    expect(formatFileSize(512)).toBe('512 Б');
    expect(formatFileSize(12_595)).toBe('12,3 КБ');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5 МБ');
  });
});

describe('statuses', () => {
  it('polls exactly while the worker has something to do', () => {
    const polled = Object.values(ImportStatus).filter((status) => importPollInterval(status) !== false);
    expect(polled).toEqual(['QUEUED', 'VALIDATING', 'APPLYING']);
    expect(importPollInterval('APPLYING')).toBe(IMPORT_POLL_MS);
    expect(importPollInterval(undefined)).toBe(false);
    expect(isImportInProgress('VALIDATED')).toBe(false);
  });

  it('has a Russian title and a tag colour for every status', () => {
    for (const status of Object.values(ImportStatus)) {
      expect(importStatusTitle(status)).toMatch(/[А-Яа-я]/);
      expect(importStatusColor(status)).toBeTruthy();
    }
    expect(importStatusTitle('INVALID')).toBe('Есть ошибки');
    expect(importStatusColor('APPLIED')).toBe('success');
  });
});

describe('importStep', () => {
  const step = (overrides: Partial<StaffImportDto>) => importStep(dto(overrides));

  it('follows the import through Проверка, Применение and Готово', () => {
    expect(step({ status: 'QUEUED' })).toEqual({ current: 1, status: 'process' });
    expect(step({ status: 'VALIDATING' })).toEqual({ current: 1, status: 'process' });
    expect(step({ status: 'INVALID', validatedAt: '2026-01-05T09:08:00Z', errorCount: 2 })).toEqual({ current: 1, status: 'error' });
    expect(step({ status: 'VALIDATED', validatedAt: '2026-01-05T09:08:00Z' })).toEqual({ current: 2, status: 'process' });
    expect(step({ status: 'APPLYING', validatedAt: '2026-01-05T09:08:00Z' })).toEqual({ current: 2, status: 'process' });
    expect(step({ status: 'APPLIED', validatedAt: '2026-01-05T09:08:00Z' })).toEqual({ current: 3, status: 'finish' });
  });

  it('tells a failed check from a failed apply', () => {
    expect(step({ status: 'FAILED' })).toEqual({ current: 1, status: 'error' });
    expect(step({ status: 'FAILED', validatedAt: '2026-01-05T09:08:00Z' })).toEqual({ current: 2, status: 'error' });
  });

  it('stops a discarded import where it was', () => {
    expect(step({ status: 'DISCARDED', validatedAt: '2026-01-05T09:08:00Z' })).toEqual({ current: 2, status: 'wait' });
    expect(step({ status: 'DISCARDED', validatedAt: '2026-01-05T09:08:00Z', errorCount: 1 })).toEqual({ current: 1, status: 'wait' });
    expect(step({ status: 'DISCARDED', validatedAt: '2026-01-05T09:08:00Z', fileErrors: ['Нет столбца «СНИЛС»'] })).toEqual({ current: 1, status: 'wait' });
  });
});

describe('importProgress', () => {
  it('is indeterminate while checking, with the rows read so far', () => {
    expect(importProgress(dto({ status: 'QUEUED' }))?.percent).toBeNull();
    const checking = importProgress(dto({ status: 'VALIDATING', rowsRead: 12_000 }));
    expect(checking?.percent).toBeNull();
    expect(checking?.text.replace(NBSP, ' ')).toBe('Прочитано строк: 12 000');
  });

  it('is a percentage while applying, since the total is known', () => {
    const applying = importProgress(dto({ status: 'APPLYING', rowsRead: 2000, totalRows: 6000 }));
    expect(applying?.percent).toBe(33);
    expect(applying?.text.replace(NBSP, ' ')).toBe('Обработано строк: 2 000 из 6 000');
    expect(importProgress(dto({ status: 'APPLYING', rowsRead: 6000, totalRows: 6000 }))).toEqual({
      percent: 100,
      text: 'Все строки прочитаны, записываем изменения…',
    });
  });

  it('is null when nothing runs', () => {
    expect(importProgress(dto({ status: 'VALIDATED', rowsRead: 10, totalRows: 10 }))).toBeNull();
    expect(importProgress(dto({ status: 'APPLIED', rowsRead: 10, totalRows: 10 }))).toBeNull();
  });
});

describe('summary', () => {
  it('speaks of the future before apply and of the past after', () => {
    const counts = { totalRows: 3, toCreate: 2, toUpdate: 1, unchanged: 0 };
    expect(importSummary(counts, false).map((item) => `${item.title}: ${item.value}`)).toEqual([
      'Всего строк: 3', 'Будет создано: 2', 'Будет изменено: 1', 'Без изменений: 0',
    ]);
    expect(importSummary(counts, true)[1].title).toBe('Создано');
  });

  it('has no counts before the file has been read through', () => {
    expect(importCounts(dto({ status: 'VALIDATING', rowsRead: 50 }))).toBeNull();
    expect(importCounts(dto({ status: 'VALIDATED', totalRows: 3, toCreate: 2, unchanged: 1 }))).toEqual({ totalRows: 3, toCreate: 2, toUpdate: 0, unchanged: 1 });
  });

  it('trusts the counts of changes only for a file read through without errors', () => {
    expect(importPlanKnown(dto({ status: 'VALIDATED', totalRows: 3 }))).toBe(true);
    expect(importPlanKnown(dto({ status: 'VALIDATING' }))).toBe(false);
    expect(importPlanKnown(dto({ status: 'INVALID', totalRows: 3, errorCount: 1 }))).toBe(false);
    expect(importPlanKnown(dto({ status: 'DISCARDED', totalRows: 1, fileErrors: ['Нет столбца «СНИЛС»'] }))).toBe(false);
  });

  it('knows a clean file that changes nothing', () => {
    expect(importChangesNothing(dto({ unchanged: 5 }))).toBe(true);
    expect(importChangesNothing(dto({ toUpdate: 1 }))).toBe(false);
  });
});

describe('importErrorRows', () => {
  it('keys the rows of a page by their place in the whole list', () => {
    const rows = importErrorRows({
      offset: 20,
      items: [
        { row: 5, column: 'СНИЛС', message: 'Неверная контрольная сумма' },
        { row: 5, column: null, message: 'Повторяет строку 3' },
      ],
    });
    expect(rows).toEqual([
      { key: '20', row: 5, column: 'СНИЛС', message: 'Неверная контрольная сумма' },
      { key: '21', row: 5, column: null, message: 'Повторяет строку 3' },
    ]);
  });
});

describe('organizationToImportAgain', () => {
  it('takes the organization from an import page\'s router state only', () => {
    expect(organizationToImportAgain({ organizationId: 'o1' })).toBe('o1');
    expect(organizationToImportAgain({ organizationId: null })).toBeUndefined();
    expect(organizationToImportAgain(null)).toBeUndefined();
    expect(organizationToImportAgain('o1')).toBeUndefined();
  });
});
