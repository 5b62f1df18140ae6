import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { DataSource, Repository } from 'typeorm';
import { Actor, Page, PageQueryDto, ScopedRepository, fieldError, paginate } from '@sopr/server-core';
import { OrganizationsService } from '@sopr/server-org-structure';
import { JobName, JobQueue } from '@sopr/server-jobs';
import { ImportStatus } from '@sopr/shared';
import { ImportRowErrorDto, StaffImportDto, StaffImportReportDto } from '../dto/staff-import.dto';
import { ImportSteps, erroneousRows } from './import-steps';
import { StaffFileImportService } from './staff-file-import.service';
import { StaffImport, StaffImportFile } from './staff-import.entity';

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
  private readonly imports: ScopedRepository<StaffImport>;
  private readonly steps: ImportSteps<StaffImport, StaffImportFile>;

  constructor(
    @InjectRepository(StaffImport) private readonly repository: Repository<StaffImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly files: StaffFileImportService,
    jobs: JobQueue,
  ) {
    this.imports = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId' }, 'Импорт не найден');
    this.steps = new ImportSteps(dataSource, jobs, { record: StaffImport, file: StaffImportFile, errorTable: 'staff_import_error' }, 'StaffImports');
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
    await this.steps.enqueue(JobName.STAFF_IMPORT_VALIDATE, { importId: saved.id }, () => this.repository.delete({ id: saved.id }));
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
    return this.steps.errors(id, query);
  }

  /** Queues the apply step of a checked file; the committing user becomes the author of the changes. */
  async apply(actor: Actor, id: string): Promise<StaffImportDto> {
    const entity = await this.imports.findOne(actor, id);
    await this.steps.claimApply(actor, entity);
    await this.steps.enqueue(JobName.STAFF_IMPORT_APPLY, { importId: id }, () => this.repository.update({ id }, { status: ImportStatus.VALIDATED, requestedBy: entity.requestedBy }));
    return this.get(actor, id);
  }

  /** Drops a file that will not be applied; the import stays in the list as discarded. */
  async discard(actor: Actor, id: string): Promise<void> {
    await this.steps.discard(await this.imports.findOne(actor, id));
  }

  /** Maintenance: drops the files of imports nobody finished. */
  purgeStale(olderThanDays: number): Promise<number> {
    return this.steps.purgeStale(olderThanDays);
  }

  /** Worker: the check step. Keeps the checked rows of a valid file for the apply step. */
  async runValidation(importId: string): Promise<void> {
    const step = await this.steps.begin(importId, ImportStatus.QUEUED, ImportStatus.VALIDATING);
    if (!step?.file.content) return;
    const content = await gunzip(step.file.content);
    step.file.content = null; // the compressed upload is no longer needed in memory
    const outcome = await this.steps.attempt(importId, () => this.files.run(step.entity.requestedBy, content, {
      organizationId: step.entity.defaultOrganizationId, apply: false, keepStaged: true, onProgress: this.steps.progressOf(importId),
    }));
    if (!outcome) return;
    const { report, staged } = outcome;
    if (staged) await this.dataSource.getRepository(StaffImportFile).update({ importId }, { content: null, staged });
    await this.steps.finish(importId, { ...this.outcomeOf(report), status: report.valid ? ImportStatus.VALIDATED : ImportStatus.INVALID, validatedAt: new Date() }, report.errors);
  }

  /** Worker: the apply step, from the rows kept by the check. */
  async runApply(importId: string): Promise<void> {
    const step = await this.steps.begin(importId, ImportStatus.APPLYING, ImportStatus.APPLYING);
    if (!step?.file.staged) return;
    const report = await this.steps.attempt(importId, () => this.files.applyStaged(step.entity.requestedBy, step.file.staged!, this.steps.progressOf(importId)));
    if (!report) return;
    await this.steps.finish(importId, { ...this.outcomeOf(report), status: report.applied ? ImportStatus.APPLIED : ImportStatus.INVALID, appliedAt: report.applied ? new Date() : null }, report.errors);
  }

  private outcomeOf(report: StaffImportReportDto): Partial<StaffImport> {
    return {
      totalRows: report.totalRows, rowsRead: report.totalRows, toCreate: report.toCreate, toUpdate: report.toUpdate, unchanged: report.unchanged,
      errorCount: erroneousRows(report.errors), fileErrors: report.fileErrors,
    };
  }
}
