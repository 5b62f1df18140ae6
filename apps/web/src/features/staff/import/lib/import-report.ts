/**
 * The staff import's reports as the wizard shows them: the row-error table of a dry run and the
 * same table rebuilt from a commit's 400 IMPORT_INVALID body (`rows[5].СНИЛС` → row 5, «СНИЛС»).
 * Pure: no React, no client runtime.
 */
import type { StaffImportReportDto } from '@sopr/api-client';
import { isApiErrorLike } from '../../../../shared/lib/api-errors';

export const IMPORT_INVALID = 'IMPORT_INVALID';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** For the file picker. */
export const IMPORT_ACCEPT = `.xlsx,.csv,${XLSX_MIME},text/csv`;

export interface ImportErrorRow {
  /** Unique within the table. */
  key: string;
  /** The line in the file (the header is line 1); null for an error of the whole file. */
  row: number | null;
  /** The column's header; null when the whole row is wrong. */
  column: string | null;
  message: string;
}

/** What the wizard shows about bad input: file-level messages above, row errors in a table. */
export interface ImportProblems {
  fileErrors: string[];
  rows: ImportErrorRow[];
}

export function isImportFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name.trim());
}

/** The Content-Type the API takes for a file: text/csv, the XLSX type, or plain bytes. */
export function importContentType(name: string): string {
  if (/\.csv$/i.test(name)) return 'text/csv';
  if (/\.xlsx$/i.test(name)) return XLSX_MIME;
  return 'application/octet-stream';
}

/** The dry run's row errors in file order (by row, then as the server listed them). */
export function importErrorRows(report: Pick<StaffImportReportDto, 'errors'>): ImportErrorRow[] {
  return report.errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.row - b.error.row || a.index - b.index)
    .map(({ error, index }) => ({ key: `${error.row}:${index}`, row: error.row, column: error.column, message: error.message }));
}

export function problemsOfReport(report: Pick<StaffImportReportDto, 'errors' | 'fileErrors'>): ImportProblems {
  return { fileErrors: [...report.fileErrors], rows: importErrorRows(report) };
}

const ROW_FIELD = /^rows\[(\d+)\](?:\.(.+))?$/;

/**
 * The problems of a commit refused with 400 IMPORT_INVALID (`errors: [{ field, message }]`, the
 * field `rows[5].СНИЛС`, `rows[5]` or `file`); null for any other failure.
 */
export function problemsOfCommitError(error: unknown): ImportProblems | null {
  if (!isApiErrorLike(error) || error.status !== 400 || error.body.code !== IMPORT_INVALID) return null;
  const fileErrors: string[] = [];
  const rows: ImportErrorRow[] = [];
  (error.body.errors ?? []).forEach((item, index) => {
    const match = ROW_FIELD.exec(item.field);
    if (match) {
      rows.push({ key: `${match[1]}:${index}`, row: Number(match[1]), column: match[2] ?? null, message: item.message });
    } else {
      fileErrors.push(item.message);
    }
  });
  rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (fileErrors.length === 0 && rows.length === 0) fileErrors.push(error.body.message);
  return { fileErrors, rows };
}

/** The counts of a report for the summary, in the order shown. */
export function importSummary(report: Pick<StaffImportReportDto, 'totalRows' | 'toCreate' | 'toUpdate' | 'unchanged'>, applied: boolean) {
  return [
    { key: 'totalRows', title: 'Всего строк', value: report.totalRows },
    { key: 'toCreate', title: applied ? 'Создано' : 'Будет создано', value: report.toCreate },
    { key: 'toUpdate', title: applied ? 'Изменено' : 'Будет изменено', value: report.toUpdate },
    { key: 'unchanged', title: 'Без изменений', value: report.unchanged },
  ] as const;
}
