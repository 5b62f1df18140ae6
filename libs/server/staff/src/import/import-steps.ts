import { Logger } from '@nestjs/common';
import { DataSource, EntityTarget, In } from 'typeorm';
import { Actor, AppError, ConflictError, Page, PageQueryDto } from '@sopr/server-core';
import { JobName, JobPayloads, JobQueue } from '@sopr/server-jobs';
import { IMPORT_IN_PROGRESS, ImportStatus } from '@sopr/shared';
import { ImportRowErrorDto } from '../dto/staff-import.dto';

/** What every background import row has: its step, who asked for it, progress and outcome. */
export interface ImportRecord {
  id: string;
  status: ImportStatus;
  requestedBy: Actor;
  rowsRead: number;
  totalRows: number | null;
  errorCount: number;
  fileErrors: string[];
  failure: string | null;
}

/** The upload until it is checked, then its checked rows until they are applied. */
export interface ImportFileRecord {
  importId: string;
  content: Buffer | null;
  staged: Buffer | null;
}

export interface ImportTables<I extends ImportRecord, F extends ImportFileRecord> {
  record: EntityTarget<I>;
  file: EntityTarget<F>;
  /** The table of row errors: (import_id, "row", "column", message). */
  errorTable: string;
  /** Keep the upload after a failed check, so the user can check it again another way (a new column mapping). */
  keepUploadUntilApplied?: boolean;
}

type ImportJob = { [N in JobName]: JobPayloads[N] extends { importId: string } ? N : never }[JobName];

/** Statuses in which an import waits for its user (to map, apply, check again or discard). */
const WAITING_FOR_USER: readonly ImportStatus[] = [ImportStatus.MAPPING, ImportStatus.VALIDATED, ImportStatus.INVALID];

const INTERNAL_FAILURE = 'Не удалось обработать файл из-за внутренней ошибки. Загрузите его ещё раз; если сбой повторится, обратитесь в поддержку';

/**
 * The life of a background file import, whatever it imports: a step is queued, begun by the worker
 * (which loads the upload or the checked rows), reports progress, and finishes with its outcome and
 * every bad row; the file is kept only while it may still be applied. Each kind of import brings its
 * own tables and its own check and apply.
 */
export class ImportSteps<I extends ImportRecord, F extends ImportFileRecord> {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly tables: ImportTables<I, F>,
    name: string,
  ) {
    this.logger = new Logger(name);
  }

  private get records() {
    return this.dataSource.getRepository(this.tables.record);
  }

  /** Queues a step; if Redis refuses, `undo` puts the import back as it was and the error is passed on. */
  enqueue<N extends ImportJob>(name: N, payload: JobPayloads[N], undo: () => Promise<unknown>): Promise<void> {
    return this.jobs.addOrUndo(name, payload, undo);
  }

  /** Moves a checked import to the apply step for `actor`, who becomes the author of the changes. */
  async claimApply(actor: Actor, entity: I): Promise<void> {
    const result = await this.records.update({ id: entity.id, status: ImportStatus.VALIDATED } as never, { status: ImportStatus.APPLYING, rowsRead: 0, requestedBy: actor } as never);
    if (!result.affected) {
      throw new ConflictError(entity.status === ImportStatus.APPLYING || entity.status === ImportStatus.APPLIED ? 'Импорт уже применяется или применён' : 'Применить можно только проверенный файл без ошибок');
    }
  }

  async errors(importId: string, query: PageQueryDto): Promise<Page<ImportRowErrorDto>> {
    const [items, [{ total }]]: [ImportRowErrorDto[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`SELECT "row", "column", message FROM ${this.tables.errorTable} WHERE import_id = $1 ORDER BY "row", id LIMIT $2 OFFSET $3`, [importId, query.limit, query.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM ${this.tables.errorTable} WHERE import_id = $1`, [importId]),
    ]);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** Drops the file of an import that will not be applied; the import stays in the list as discarded. */
  async discard(entity: I): Promise<void> {
    if (IMPORT_IN_PROGRESS.includes(entity.status)) throw new ConflictError('Импорт ещё выполняется: дождитесь окончания');
    if (entity.status === ImportStatus.APPLIED) throw new ConflictError('Импорт уже применён');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(this.tables.record, { id: entity.id } as never, { status: ImportStatus.DISCARDED } as never);
      await manager.delete(this.tables.file, { importId: entity.id } as never);
    });
  }

  /**
   * Drops the files of imports left waiting (not applied, not discarded) for `olderThanDays`: an
   * upload holds personal data and is kept only while someone may still act on it. The imports stay
   * in the list as discarded, saying why. Returns how many were dropped.
   */
  async purgeStale(olderThanDays: number): Promise<number> {
    const records = this.dataSource.getMetadata(this.tables.record).tableName;
    const files = this.dataSource.getMetadata(this.tables.file).tableName;
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[]] = await manager.query(
        `UPDATE ${records} SET status = $1, failure = $2, updated_at = now()
         WHERE status = ANY($3::varchar[]) AND updated_at < now() - make_interval(days => $4) RETURNING id`,
        [ImportStatus.DISCARDED, `Файл удалён: импорт не применили за ${olderThanDays} дн.`, WAITING_FOR_USER, olderThanDays],
      );
      await manager.query(`DELETE FROM ${files} WHERE import_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Worker: starts a step if the import still waits for it; loads the part of the file the step needs. */
  async begin(importId: string, expected: ImportStatus, running: ImportStatus): Promise<{ entity: I; file: F } | null> {
    const entity = await this.records.findOneBy({ id: importId, status: In([expected, running]) } as never);
    const file = entity && (await this.dataSource.getRepository(this.tables.file).findOne({
      where: { importId } as never, select: { importId: true, content: running === ImportStatus.VALIDATING, staged: running === ImportStatus.APPLYING } as never,
    }));
    if (!entity || !file) return null; // discarded, or already done by an earlier attempt
    await this.records.update({ id: importId } as never, { status: running, rowsRead: 0 } as never);
    return { entity, file };
  }

  /** Runs a step; an unexpected error marks the import failed (logged without personal data) and gives null. */
  async attempt<T>(importId: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) {
        // E.g. the procedure or the default organization is no longer in the requester's scope.
        await this.finish(importId, { status: ImportStatus.INVALID, fileErrors: [error.message], errorCount: 0 } as Partial<I>);
      } else {
        this.logger.error(`Import ${importId} failed: ${(error as Error).name} ${(error as { code?: string }).code ?? ''}`.trim());
        await this.finish(importId, { status: ImportStatus.FAILED, failure: INTERNAL_FAILURE } as Partial<I>);
      }
      return null;
    }
  }

  progressOf(importId: string): (rowsRead: number) => Promise<void> {
    return async (rowsRead) => {
      await this.records.update({ id: importId } as never, { rowsRead } as never);
    };
  }

  /** Records a step's outcome and its bad rows; the file is kept only while it may still be applied. */
  async finish(importId: string, changes: Partial<I>, errors: ImportRowErrorDto[] = []): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(this.tables.record, { id: importId } as never, changes as never);
      await manager.query(`DELETE FROM ${this.tables.errorTable} WHERE import_id = $1`, [importId]);
      if (errors.length > 0) {
        await manager.query(
          `INSERT INTO ${this.tables.errorTable} (import_id, "row", "column", message) SELECT $1, * FROM unnest($2::int[], $3::varchar[], $4::varchar[])`,
          [importId, errors.map((e) => e.row), errors.map((e) => e.column), errors.map((e) => e.message.slice(0, 500))],
        );
      }
      const mayRetry = changes.status === ImportStatus.VALIDATED || (changes.status === ImportStatus.INVALID && this.tables.keepUploadUntilApplied);
      if (!mayRetry) await manager.delete(this.tables.file, { importId } as never);
    });
  }
}

/** Rows with at least one error: what an import reports as its error count. */
export const erroneousRows = (errors: ImportRowErrorDto[]): number => new Set(errors.map((e) => e.row)).size;
