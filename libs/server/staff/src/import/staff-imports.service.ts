import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { DataSource, In, Repository } from 'typeorm';
import { Actor, AppError, ConflictError, Page, PageQueryDto, ScopedRepository, fieldError, paginate } from '@sopr/server-core';
import { OrganizationsService } from '@sopr/server-org-structure';
import { JobName, JobQueue } from '@sopr/server-jobs';
import { IMPORT_IN_PROGRESS, ImportStatus } from '@sopr/shared';
import { ImportRowErrorDto, StaffImportDto, StaffImportReportDto } from '../dto/staff-import.dto';
import { StaffFileImportService } from './staff-file-import.service';
import { StaffImport, StaffImportError, StaffImportFile } from './staff-import.entity';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

const SORTABLE = { createdAt: 'e.created_at', fileName: 'e.file_name', status: 'e.status' };

export function toStaffImportDto(entity: StaffImport): StaffImportDto {
  return {
    id: entity.id, fileName: entity.fileName, fileSize: entity.fileSize, status: entity.status, rowsRead: entity.rowsRead, totalRows: entity.totalRows,
    toCreate: entity.toCreate, toUpdate: entity.toUpdate, unchanged: entity.unchanged, errorCount: entity.errorCount, fileErrors: entity.fileErrors,
    failure: entity.failure, defaultOrganizationId: entity.defaultOrganizationId, createdById: entity.createdById, createdAt: entity.createdAt.toISOString(),
    validatedAt: entity.validatedAt?.toISOString() ?? null, appliedAt: entity.appliedAt?.toISOString() ?? null,
  };
}

/**
 * Background imports for files of any size: the upload is stored and a job checks it; the user
 * applies a checked file with a second job. Each step reports progress in the import's row, so
 * the SPA can poll it and the user may leave and come back. The file is deleted once it is of no
 * further use (applied, rejected, failed or discarded).
 */
@Injectable()
export class StaffImportsService {
  private readonly logger = new Logger('StaffImports');
  private readonly imports: ScopedRepository<StaffImport>;

  constructor(
    @InjectRepository(StaffImport) private readonly repository: Repository<StaffImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly files: StaffFileImportService,
    private readonly jobs: JobQueue,
  ) {
    this.imports = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId' }, 'Импорт не найден');
  }

  async start(actor: Actor, bytes: Buffer, fileName: string | undefined, organizationId: string | undefined): Promise<StaffImportDto> {
    if (bytes.length === 0) throw fieldError('file', 'Файл пустой');
    if (organizationId) await this.organizations.organizations.findOne(actor, organizationId);
    const saved = await this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(manager.create(StaffImport, {
        regionId: actor.regionId, municipalityId: actor.municipalityId, organizationId: actor.organizationId, requestedBy: actor, createdById: actor.id,
        fileName: fileName?.trim() || 'файл без имени', fileSize: bytes.length, defaultOrganizationId: organizationId ?? null, status: ImportStatus.QUEUED,
      }));
      await manager.insert(StaffImportFile, { importId: entity.id, content: await gzip(bytes, { level: 1 }), staged: null });
      return entity;
    });
    // Enqueued after the commit, so the worker finds the import; if Redis refuses, nothing is kept.
    await this.enqueueOrUndo(JobName.STAFF_IMPORT_VALIDATE, saved.id, () => this.repository.delete({ id: saved.id }));
    return toStaffImportDto(saved);
  }

  list(actor: Actor, query: PageQueryDto): Promise<Page<StaffImportDto>> {
    return paginate(this.imports.query(actor), query, SORTABLE, '-createdAt', toStaffImportDto);
  }

  async get(actor: Actor, id: string): Promise<StaffImportDto> {
    return toStaffImportDto(await this.imports.findOne(actor, id));
  }

  async errors(actor: Actor, id: string, query: PageQueryDto): Promise<Page<ImportRowErrorDto>> {
    await this.imports.findOne(actor, id);
    const [rows, total] = await this.dataSource.getRepository(StaffImportError).findAndCount({
      where: { importId: id }, order: { row: 'ASC', id: 'ASC' }, take: query.limit, skip: query.offset,
    });
    return { items: rows.map((e) => ({ row: e.row, column: e.column, message: e.message })), total, limit: query.limit, offset: query.offset };
  }

  /** Queues the apply step of a checked file; the committing user becomes the author of the changes. */
  async apply(actor: Actor, id: string): Promise<StaffImportDto> {
    const entity = await this.imports.findOne(actor, id);
    const result = await this.repository.update({ id, status: ImportStatus.VALIDATED }, { status: ImportStatus.APPLYING, rowsRead: 0, requestedBy: actor });
    if (!result.affected) throw new ConflictError(entity.status === ImportStatus.APPLYING || entity.status === ImportStatus.APPLIED ? 'Импорт уже применяется или применён' : 'Применить можно только проверенный файл без ошибок');
    await this.enqueueOrUndo(JobName.STAFF_IMPORT_APPLY, id, () => this.repository.update({ id }, { status: ImportStatus.VALIDATED, requestedBy: entity.requestedBy }));
    return this.get(actor, id);
  }

  private async enqueueOrUndo(name: JobName.STAFF_IMPORT_VALIDATE | JobName.STAFF_IMPORT_APPLY, importId: string, undo: () => Promise<unknown>): Promise<void> {
    try {
      await this.jobs.add(name, { importId });
    } catch (error) {
      await undo();
      throw error;
    }
  }

  /** Drops a file that will not be applied; the import stays in the list as discarded. */
  async discard(actor: Actor, id: string): Promise<void> {
    const entity = await this.imports.findOne(actor, id);
    if (IMPORT_IN_PROGRESS.includes(entity.status)) throw new ConflictError('Импорт ещё выполняется: дождитесь окончания');
    if (entity.status === ImportStatus.APPLIED) throw new ConflictError('Импорт уже применён');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffImport, { id }, { status: ImportStatus.DISCARDED });
      await manager.delete(StaffImportFile, { importId: id });
    });
  }

  /** Worker: the check step. Keeps the checked rows of a valid file for the apply step. */
  async runValidation(importId: string): Promise<void> {
    const step = await this.beginStep(importId, ImportStatus.QUEUED, ImportStatus.VALIDATING);
    if (!step?.file.content) return;
    const content = await gunzip(step.file.content);
    step.file.content = null; // the compressed upload is no longer needed in memory
    const outcome = await this.attempt(importId, () => this.files.run(step.entity.requestedBy, content, {
      organizationId: step.entity.defaultOrganizationId, apply: false, keepStaged: true, onProgress: this.progressOf(importId),
    }));
    if (!outcome) return;
    const { report, staged } = outcome;
    if (staged) await this.dataSource.getRepository(StaffImportFile).update({ importId }, { content: null, staged });
    await this.finish(importId, { ...this.outcomeOf(report), status: report.valid ? ImportStatus.VALIDATED : ImportStatus.INVALID, validatedAt: new Date() }, report.errors);
  }

  /** Worker: the apply step, from the rows kept by the check. */
  async runApply(importId: string): Promise<void> {
    const step = await this.beginStep(importId, ImportStatus.APPLYING, ImportStatus.APPLYING);
    if (!step?.file.staged) return;
    const report = await this.attempt(importId, () => this.files.applyStaged(step.entity.requestedBy, step.file.staged!, this.progressOf(importId)));
    if (!report) return;
    await this.finish(importId, { ...this.outcomeOf(report), status: report.applied ? ImportStatus.APPLIED : ImportStatus.INVALID, appliedAt: report.applied ? new Date() : null }, report.errors);
  }

  private async beginStep(importId: string, expected: ImportStatus, running: ImportStatus): Promise<{ entity: StaffImport; file: StaffImportFile } | null> {
    const entity = await this.repository.findOneBy({ id: importId, status: In([expected, running]) });
    const file = entity && (await this.dataSource.getRepository(StaffImportFile).findOne({
      where: { importId }, select: { importId: true, content: running === ImportStatus.VALIDATING, staged: running === ImportStatus.APPLYING },
    }));
    if (!entity || !file) return null; // discarded, or already done by an earlier attempt
    await this.repository.update({ id: importId }, { status: running, rowsRead: 0 });
    return { entity, file };
  }

  /** Runs a step; an unexpected error marks the import failed (logged without personal data) and gives null. */
  private async attempt<T>(importId: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) {
        // E.g. the default organization is no longer in the requester's scope.
        await this.finish(importId, { status: ImportStatus.INVALID, fileErrors: [error.message], errorCount: 0 });
      } else {
        this.logger.error(`Import ${importId} failed: ${(error as Error).name} ${(error as { code?: string }).code ?? ''}`.trim());
        await this.finish(importId, { status: ImportStatus.FAILED, failure: 'Не удалось обработать файл из-за внутренней ошибки. Загрузите его ещё раз; если сбой повторится, обратитесь в поддержку' });
      }
      return null;
    }
  }

  private progressOf(importId: string): (rowsRead: number) => Promise<void> {
    return async (rowsRead) => {
      await this.repository.update({ id: importId }, { rowsRead });
    };
  }

  private outcomeOf(report: StaffImportReportDto): Partial<StaffImport> {
    return {
      totalRows: report.totalRows, rowsRead: report.totalRows, toCreate: report.toCreate, toUpdate: report.toUpdate, unchanged: report.unchanged,
      errorCount: new Set(report.errors.map((e) => e.row)).size, fileErrors: report.fileErrors,
    };
  }

  /** Records a step's outcome; the file is kept only while it may still be applied. */
  private async finish(importId: string, changes: Partial<StaffImport>, errors: ImportRowErrorDto[] = []): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffImport, { id: importId }, changes);
      await manager.delete(StaffImportError, { importId });
      if (errors.length > 0) {
        await manager.query(
          'INSERT INTO staff_import_error (import_id, "row", "column", message) SELECT $1, * FROM unnest($2::int[], $3::varchar[], $4::varchar[])',
          [importId, errors.map((e) => e.row), errors.map((e) => e.column), errors.map((e) => e.message.slice(0, 500))],
        );
      }
      if (changes.status !== ImportStatus.VALIDATED) await manager.delete(StaffImportFile, { importId });
    });
  }
}
