/**
 * The background staff import as the pages show it: the wizard's step of each status, the progress
 * of a running step, the summary counts, the status tags and the rows of the error table.
 * Pure: no React, no client runtime.
 */
import { IMPORT_IN_PROGRESS, IMPORT_STATUS_TITLES, ImportStatus } from '@sopr/shared';
import type { ImportRowErrorDto, StaffImportDto } from '@sopr/api-client';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** For the file picker. */
export const IMPORT_ACCEPT = `.xlsx,.csv,${XLSX_MIME},text/csv`;
/** How often a page polls an import the worker is still busy with. */
export const IMPORT_POLL_MS = 1000;
/** The errors table's page size (the API gives at most 100 a page). */
export const IMPORT_ERRORS_PAGE_SIZE = 20;

type Status = StaffImportDto['status'];

export function isImportFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name.trim());
}

/** The worker still has something to do: keep polling. */
export function isImportInProgress(status: Status): boolean {
  return IMPORT_IN_PROGRESS.includes(status as ImportStatus);
}

/** react-query's refetchInterval for an import in this status (false: stop polling). */
export function importPollInterval(status: Status | undefined): number | false {
  return status !== undefined && isImportInProgress(status) ? IMPORT_POLL_MS : false;
}

export function importStatusTitle(status: Status): string {
  return IMPORT_STATUS_TITLES[status as ImportStatus] ?? status;
}

const STATUS_COLORS: Record<Status, string> = {
  MAPPING: 'gold',
  QUEUED: 'default',
  VALIDATING: 'processing',
  VALIDATED: 'blue',
  INVALID: 'warning',
  APPLYING: 'processing',
  APPLIED: 'success',
  FAILED: 'error',
  DISCARDED: 'default',
};

/** The antd Tag colour of a status. */
export function importStatusColor(status: Status): string {
  return STATUS_COLORS[status] ?? 'default';
}

/** The wizard's steps: Файл → Проверка → Применение → Готово. */
export const IMPORT_STEPS = [{ title: 'Файл' }, { title: 'Проверка' }, { title: 'Применение' }, { title: 'Готово' }] as const;

export interface ImportStep {
  /** Index in IMPORT_STEPS. */
  current: 0 | 1 | 2 | 3;
  /** antd Steps' status of the current step. */
  status: 'wait' | 'process' | 'finish' | 'error';
}

type StepSource = Pick<StaffImportDto, 'status' | 'validatedAt' | 'errorCount' | 'fileErrors'>;

/** Whether the check found the file clean (it may have been applied, discarded or have failed since). */
function passedCheck(dto: StepSource): boolean {
  return dto.validatedAt !== null && dto.errorCount === 0 && dto.fileErrors.length === 0;
}

/** Where an import stands in the wizard. */
export function importStep(dto: StepSource): ImportStep {
  switch (dto.status) {
    case 'QUEUED':
    case 'VALIDATING':
      return { current: 1, status: 'process' };
    case 'INVALID':
      return { current: 1, status: 'error' };
    case 'VALIDATED':
    case 'APPLYING':
      return { current: 2, status: 'process' };
    case 'APPLIED':
      return { current: 3, status: 'finish' };
    case 'FAILED':
      // validatedAt is set once a check has finished: then it was the apply step that failed.
      return { current: dto.validatedAt === null ? 1 : 2, status: 'error' };
    case 'DISCARDED':
      return { current: passedCheck(dto) ? 2 : 1, status: 'wait' };
    default:
      return { current: 1, status: 'wait' };
  }
}

/** «12 345» */
export function formatCount(value: number): string {
  return value.toLocaleString('ru-RU');
}

/** «512 Б», «12,3 КБ», «4,5 МБ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  const units = ['КБ', 'МБ', 'ГБ'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('ru-RU', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

export interface ImportProgress {
  /** 0–100; null while the total is unknown (the check): an indeterminate indicator. */
  percent: number | null;
  text: string;
}

/** The progress of the step the worker is on; null when it is not on one. */
export function importProgress(dto: Pick<StaffImportDto, 'status' | 'rowsRead' | 'totalRows'>): ImportProgress | null {
  switch (dto.status) {
    case 'QUEUED':
      return { percent: null, text: 'Файл в очереди: проверка начнётся, как только освободится обработчик' };
    case 'VALIDATING':
      return { percent: null, text: `Прочитано строк: ${formatCount(dto.rowsRead)}` };
    case 'APPLYING': {
      const total = dto.totalRows ?? 0;
      if (total <= 0) return { percent: null, text: `Прочитано строк: ${formatCount(dto.rowsRead)}` };
      const percent = Math.min(100, Math.floor((dto.rowsRead * 100) / total));
      return dto.rowsRead >= total
        ? { percent, text: 'Все строки прочитаны, записываем изменения…' }
        : { percent, text: `Обработано строк: ${formatCount(dto.rowsRead)} из ${formatCount(total)}` };
    }
    default:
      return null;
  }
}

export interface ImportCounts {
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
}

/** The counts of an import for the summary, in the order shown; future tense until applied. */
export function importSummary(counts: ImportCounts, applied: boolean) {
  return [
    { key: 'totalRows', title: 'Всего строк', value: counts.totalRows },
    { key: 'toCreate', title: applied ? 'Создано' : 'Будет создано', value: counts.toCreate },
    { key: 'toUpdate', title: applied ? 'Изменено' : 'Будет изменено', value: counts.toUpdate },
    { key: 'unchanged', title: 'Без изменений', value: counts.unchanged },
  ] as const;
}

/** The counts once the file has been read through (null before: nothing to sum up yet). */
export function importCounts(dto: Pick<StaffImportDto, 'totalRows' | 'toCreate' | 'toUpdate' | 'unchanged'>): ImportCounts | null {
  return dto.totalRows === null ? null : { totalRows: dto.totalRows, toCreate: dto.toCreate, toUpdate: dto.toUpdate, unchanged: dto.unchanged };
}

/**
 * Whether the counts of what would change (toCreate, toUpdate, unchanged) mean something: the file
 * has been read through without errors. With errors nothing changes, whatever the counts say.
 */
export function importPlanKnown(dto: Pick<StaffImportDto, 'totalRows' | 'errorCount' | 'fileErrors'>): boolean {
  return dto.totalRows !== null && dto.errorCount === 0 && dto.fileErrors.length === 0;
}

/** A checked file without errors that would change nothing. */
export function importChangesNothing(dto: Pick<StaffImportDto, 'toCreate' | 'toUpdate'>): boolean {
  return dto.toCreate + dto.toUpdate === 0;
}

export interface ImportErrorRow extends ImportRowErrorDto {
  /** Unique within the whole list, across pages. */
  key: string;
}

/** A page of GET …/errors as table rows (the server sends them in file order). */
export function importErrorRows(page: { items: ImportRowErrorDto[]; offset: number }): ImportErrorRow[] {
  return page.items.map((error, index) => ({ ...error, key: String(page.offset + index) }));
}

/** What an import's page passes to /staff/import (router state) to load a file again: the organization chosen before. */
export interface ImportAgainState {
  organizationId?: string | null;
}

/** The organization to preselect from the router state of /staff/import, if it came from an import's page. */
export function organizationToImportAgain(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const organizationId = (state as ImportAgainState).organizationId;
  return typeof organizationId === 'string' && organizationId !== '' ? organizationId : undefined;
}
