import { Injectable } from '@nestjs/common';
import { Actor, BadRequestError } from '@sopr/server-core';
import { StaffImportReportDto } from '../dto/staff-import.dto';
import { IMPORT_COLUMNS, ImportColumn } from './staff-import.columns';
import { StaffFileImportService } from './staff-file-import.service';

/** Larger files go to the background import, which shows progress. */
export const SYNC_IMPORT_MAX_ROWS = 5000;

/**
 * The synchronous import for small files: a dry run lists every bad row and what would be created,
 * updated or left unchanged; a commit reads the same file again and applies all of it in one
 * transaction, or nothing. Rows match existing staff by external id, else by SNILS + organization +
 * employment, so importing the same file twice changes nothing.
 */
@Injectable()
export class StaffImportService {
  constructor(private readonly files: StaffFileImportService) {}

  async dryRun(actor: Actor, bytes: Buffer, organizationId?: string): Promise<StaffImportReportDto> {
    return (await this.files.run(actor, bytes, { organizationId, apply: false, maxRows: SYNC_IMPORT_MAX_ROWS })).report;
  }

  async commit(actor: Actor, bytes: Buffer, organizationId?: string): Promise<StaffImportReportDto> {
    const { report } = await this.files.run(actor, bytes, { organizationId, apply: true, maxRows: SYNC_IMPORT_MAX_ROWS });
    if (!report.valid) throw importInvalid(report);
    return report;
  }

  template(): ImportColumn[] {
    return IMPORT_COLUMNS;
  }
}

/** 400 IMPORT_INVALID with every file and row error as a field error. */
function importInvalid(report: StaffImportReportDto): BadRequestError {
  return new BadRequestError(
    `Файл не применён: ошибок — ${report.fileErrors.length + report.errors.length}. Исправьте их и загрузите файл снова`,
    [
      ...report.fileErrors.map((message) => ({ field: 'file', message })),
      ...report.errors.map((e) => ({ field: `rows[${e.row}]${e.column ? `.${e.column}` : ''}`, message: e.message })),
    ],
    'IMPORT_INVALID',
  );
}
