import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { DataSource } from 'typeorm';
import { Actor } from '@sopr/server-core';
import { OrganizationsService } from '@sopr/server-org-structure';
import { ImportRowErrorDto, StaffImportReportDto } from '../dto/staff-import.dto';
import { Subject } from '../subject.entity';
import { today } from '../staff.service';
import { TableRow, UnreadableFileError, readTableRows } from './read-table';
import { StaffFileRows, columnOf, readHeader } from './staff-file-rows';
import { StaffStage, StagedRow } from './staff-stage';

export interface FileImportOptions {
  /** Organization for rows without the «Организация» column; outside the scope it is a 404. */
  organizationId?: string | null;
  /** Apply when the file has no errors; otherwise only report (dry run). */
  apply: boolean;
  /** Refuse files with more data rows than this (the synchronous endpoints). */
  maxRows?: number;
  /** Called every PROGRESS_EVERY rows and at the end with the number of data rows read. */
  onProgress?: (rowsRead: number) => Promise<void>;
  /** Return the checked rows of a valid file (COPY text), to apply later with `applyStaged`. */
  keepStaged?: boolean;
}

export interface FileImportOutcome {
  report: StaffImportReportDto;
  /** The checked rows of a valid file (gzipped COPY text), when asked for with `keepStaged`. */
  staged: Buffer | null;
}

const PROGRESS_EVERY = 2000;

/** Where audit entries of imported records say they came from. */
export const FILE_IMPORT_SOURCE = 'импорт файла';

function emptyReport(fileErrors: string[], totalRows = 0): StaffImportReportDto {
  return { valid: false, totalRows, toCreate: 0, toUpdate: 0, unchanged: 0, fileErrors, errors: [], applied: false };
}

/**
 * One staff file, start to end: the file is streamed row by row, each row checked and COPYed into
 * the stage, then matched and diffed set-based; with `apply` and no errors the stage is written to
 * the registry in the same transaction, otherwise nothing is. Used by the synchronous endpoints for
 * small files and by the worker for large ones, which keeps the checked rows and applies them later
 * without parsing the file again.
 */
@Injectable()
export class StaffFileImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async run(actor: Actor, bytes: Buffer, options: FileImportOptions): Promise<FileImportOutcome> {
    if (!options.keepStaged) return { report: await this.check(actor, bytes, options), staged: null };
    // The checked rows are kept gzipped as they are produced: a tenth of their size, never whole in memory as text.
    const gzip = createGzip({ level: 1 });
    const parts: Buffer[] = [];
    gzip.on('data', (part: Buffer) => parts.push(part));
    let report: StaffImportReportDto;
    try {
      report = await this.check(actor, bytes, options, (chunk) => gzip.write(chunk));
    } finally {
      await finished(gzip.end());
    }
    return { report, staged: report.valid ? Buffer.concat(parts) : null };
  }

  /**
   * Applies rows kept by `run` with `keepStaged`: matched again against the registry as it is now,
   * and refused whole if a row now conflicts or goes to an organization outside the actor's scope.
   */
  async applyStaged(actor: Actor, staged: Buffer, onProgress?: (rowsRead: number) => Promise<void>): Promise<StaffImportReportDto> {
    const scoped = new Set((await this.organizations.organizations.query(actor).select('e.id').getMany()).map((o) => o.id));
    return StaffStage.within(this.dataSource, async (stage) => {
      const total = await stage.reload(Readable.from([staged]).pipe(createGunzip()));
      await onProgress?.(total); // read back; what remains is matching and writing
      if ((await stage.organizationIds()).some((id) => !scoped.has(id))) {
        return { result: emptyReport(['В файле есть организации вне вашей области доступа'], total), commit: false };
      }
      return this.merge(actor, stage, total, [], true);
    });
  }

  private async merge(actor: Actor, stage: StaffStage, total: number, errors: ImportRowErrorDto[], apply: boolean): Promise<{ result: StaffImportReportDto; commit: boolean }> {
    for (const conflict of await stage.match()) errors.push({ row: conflict.line, column: columnOf(conflict.field), message: conflict.message });
    const counts = await stage.counts();
    const valid = errors.length === 0;
    const applied = apply && valid;
    if (applied) await stage.apply(actor, FILE_IMPORT_SOURCE);
    return { result: { valid, totalRows: total, ...counts, fileErrors: [], errors: errors.sort((a, b) => a.row - b.row), applied }, commit: applied };
  }

  private async check(actor: Actor, bytes: Buffer, options: FileImportOptions, keep?: (chunk: string) => void): Promise<StaffImportReportDto> {
    const defaultOrganization = options.organizationId ? await this.organizations.organizations.findOne(actor, options.organizationId) : null;
    let rows: AsyncGenerator<TableRow>;
    let header: IteratorResult<TableRow>;
    try {
      rows = readTableRows(bytes);
      header = await rows.next();
    } catch (error) {
      if (error instanceof UnreadableFileError) return emptyReport([error.message]);
      throw error;
    }
    if (header.done) return emptyReport(['В файле нет строк с данными']);
    const { columnAt, errors: headerErrors } = readHeader(header.value.cells);
    if (headerErrors.length > 0) {
      let total = 0;
      try {
        for await (const _row of rows) total += 1;
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
      }
      return emptyReport(headerErrors, total);
    }

    const checker = new StaffFileRows(columnAt, {
      defaultOrganization,
      organizations: await this.organizations.organizations.query(actor).getMany(),
      subjects: await this.dataSource.getRepository(Subject).find(),
      today: today(),
    });
    const errors: ImportRowErrorDto[] = [];
    let total = 0;
    let tooMany = false;
    const staged = async function* (): AsyncGenerator<StagedRow> {
      for await (const { line, cells } of rows) {
        total += 1;
        if (options.maxRows !== undefined && total > options.maxRows) {
          tooMany = true;
          return;
        }
        const checked = checker.check(line, cells);
        if ('row' in checked) yield checked.row;
        else errors.push(...checked.errors);
        if (options.onProgress && total % PROGRESS_EVERY === 0) await options.onProgress(total);
      }
    };

    return StaffStage.within(this.dataSource, async (stage) => {
      const done = (report: StaffImportReportDto, commit = false) => ({ result: report, commit });
      try {
        await stage.load(staged(), keep);
      } catch (error) {
        if (error instanceof UnreadableFileError) return done(emptyReport([error.message], total));
        throw error;
      }
      await options.onProgress?.(total);
      if (tooMany) return done(emptyReport([`В файле больше ${options.maxRows} строк: такой файл загружайте фоновым импортом (POST /api/v1/staff/imports)`], total));
      if (total === 0) return done(emptyReport(['В файле нет строк с данными']));
      return this.merge(actor, stage, total, errors, options.apply);
    });
  }
}
