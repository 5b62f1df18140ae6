import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip, createGzip, gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  Actor, BadRequestError, ConflictError, NotFoundError, Page, PageQueryDto, ScopedRepository, fieldError, fileBody, paginate, withTransaction,
} from '@sopr/server-core';
import { JobName, JobQueue } from '@sopr/server-jobs';
import { ImportStatus, ResultSource } from '@sopr/shared';
import { ImportRowErrorDto, ImportSteps, StaffService, TableRow, UnreadableFileError, erroneousRows, readTableRows, today } from '@sopr/server-staff';
import { ProcedureWithCompetences, ProceduresService } from '../../procedures/procedures.service';
import { TAKEN_BEFORE_BIRTH } from '../result-checks';
import { ResultStage, StageStatus } from '../result-stage';
import { MatchKey, ParsedResultRow, PersonField, ResultFileRows, mappingErrors, suggestMapping } from './result-file-columns';
import { MatchProblem, ResultFileStage, RowMatchProblem } from './result-file-stage';
import { ResultColumnMappingDto, ResultImportDto } from './result-import.dto';
import { ResultImport, ResultImportFile } from './result-import.entity';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

const NOT_FOUND = 'Импорт не найден';
const PROGRESS_EVERY = 2000;
/** Statuses from which a file may be checked (again) with a new mapping. */
const CHECKABLE: readonly ImportStatus[] = [ImportStatus.MAPPING, ImportStatus.INVALID, ImportStatus.VALIDATED];

/** Why no teacher takes a row, by how the row names him. */
const NOT_MATCHED: Record<MatchProblem.NOT_FOUND | MatchProblem.AMBIGUOUS, Record<MatchKey, string>> = {
  [MatchProblem.NOT_FOUND]: {
    [MatchKey.EXTERNAL_ID]: 'Педагог с таким внешним идентификатором не найден среди ваших педагогов',
    [MatchKey.SNILS]: 'Педагог с таким СНИЛС не найден среди работающих ваших педагогов',
    [MatchKey.NAME]: 'Педагог с такими ФИО и датой рождения не найден среди работающих ваших педагогов',
  },
  [MatchProblem.AMBIGUOUS]: {
    [MatchKey.EXTERNAL_ID]: 'По внешнему идентификатору найдено несколько педагогов',
    [MatchKey.SNILS]: 'По СНИЛС найдено несколько работников без основного места работы: укажите внешний идентификатор',
    [MatchKey.NAME]: 'Найдено несколько педагогов с такими ФИО и датой рождения: укажите СНИЛС',
  },
};

const KEY_FIELD: Record<MatchKey, PersonField> = { [MatchKey.EXTERNAL_ID]: 'externalId', [MatchKey.SNILS]: 'snils', [MatchKey.NAME]: 'fullName' };

export function toResultImportDto(entity: ResultImport): ResultImportDto {
  return {
    id: entity.id, procedureId: entity.procedureId, fileName: entity.fileName, fileSize: entity.fileSize, status: entity.status, headers: entity.headers,
    mapping: entity.mapping, rowsRead: entity.rowsRead, totalRows: entity.totalRows, toCreate: entity.toCreate, toUpdate: entity.toUpdate,
    unchanged: entity.unchanged, errorCount: entity.errorCount, fileErrors: entity.fileErrors, failure: entity.failure, createdById: entity.createdById,
    createdAt: entity.createdAt.toISOString(), validatedAt: entity.validatedAt?.toISOString() ?? null, appliedAt: entity.appliedAt?.toISOString() ?? null,
  };
}

interface StepOutcome {
  total: number;
  counts: Record<StageStatus, number>;
  fileErrors: string[];
  errors: ImportRowErrorDto[];
  staged: Buffer | null;
}

/**
 * Results files of a procedure, as external platforms export them (XLSX or CSV, any size): the
 * upload is kept and its header read, the user confirms which column holds what (the mapping is
 * remembered for the procedure), the worker checks every row and finds every teacher, and the
 * user applies a clean file in one transaction. Nothing is applied while any row is wrong.
 */
@Injectable()
export class ResultImportsService {
  private readonly imports: ScopedRepository<ResultImport>;
  private readonly steps: ImportSteps<ResultImport, ResultImportFile>;

  constructor(
    @InjectRepository(ResultImport) private readonly repository: Repository<ResultImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly staff: StaffService,
    jobs: JobQueue,
  ) {
    this.imports = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId' }, NOT_FOUND);
    this.steps = new ImportSteps(dataSource, jobs, { record: ResultImport, file: ResultImportFile, errorTable: 'result_import_error', keepUploadUntilApplied: true }, 'ResultImports');
  }

  /** Keeps the upload and reads its header; the import waits for the user to confirm the suggested mapping. */
  async start(actor: Actor, procedureId: string, body: unknown, fileName: string | undefined): Promise<ResultImportDto> {
    const { procedure, competences } = await this.procedures.withCompetences(actor, procedureId);
    const bytes = fileBody(body); // after the procedure: an unknown one is a 404 whatever the body
    const headers = await this.headerOf(bytes);
    const saved = await this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(manager.create(ResultImport, {
        procedureId, regionId: actor.regionId, municipalityId: actor.municipalityId, organizationId: actor.organizationId, requestedBy: actor,
        createdById: actor.id, fileName: fileName?.trim() || 'файл без имени', fileSize: bytes.length, headers,
        mapping: suggestMapping(headers, competences, procedure.columnMapping), status: ImportStatus.MAPPING,
      }));
      await manager.insert(ResultImportFile, { importId: entity.id, content: await gzip(bytes, { level: 1 }), staged: null });
      return entity;
    });
    return toResultImportDto(saved);
  }

  async list(actor: Actor, procedureId: string, query: PageQueryDto): Promise<Page<ResultImportDto>> {
    await this.procedures.procedures.findOne(actor, procedureId);
    const q = this.imports.query(actor).andWhere('e.procedureId = :procedureId', { procedureId });
    return paginate(q, query, { createdAt: 'e.created_at', fileName: 'e.file_name', status: 'e.status' }, '-createdAt', toResultImportDto);
  }

  async get(actor: Actor, procedureId: string, id: string): Promise<ResultImportDto> {
    return toResultImportDto(await this.find(actor, procedureId, id));
  }

  async errors(actor: Actor, procedureId: string, id: string, query: PageQueryDto): Promise<Page<ImportRowErrorDto>> {
    await this.find(actor, procedureId, id);
    return this.steps.errors(id, query);
  }

  /** Takes the user's mapping, remembers it for the procedure and queues the check of every row. */
  async check(actor: Actor, procedureId: string, id: string, mapping: ResultColumnMappingDto): Promise<ResultImportDto> {
    const entity = await this.find(actor, procedureId, id);
    const { competences } = await this.procedures.withCompetences(actor, procedureId);
    if (!CHECKABLE.includes(entity.status)) throw new ConflictError('Файл уже проверяется или применяется, либо импорт закрыт');
    const errors = mappingErrors(mapping, entity.headers, competences, today());
    if (errors.length > 0) throw new BadRequestError('Проверьте сопоставление столбцов', errors);
    const claimed = await this.repository.update(
      { id, status: entity.status },
      { status: ImportStatus.QUEUED, mapping, requestedBy: actor, rowsRead: 0, totalRows: null, errorCount: 0, fileErrors: [], validatedAt: null },
    );
    if (!claimed.affected) throw new ConflictError('Файл уже проверяется: дождитесь окончания');
    // A convenience for the next file of this procedure, not a change of the procedure: not audited, its version kept.
    await this.dataSource.query(`UPDATE diagnostic_procedure SET column_mapping = $1 WHERE id = $2`, [JSON.stringify(mapping), procedureId]);
    await this.steps.enqueue(JobName.RESULT_IMPORT_VALIDATE, { importId: id, requestedAt: new Date().toISOString() }, () => this.repository.update({ id }, { status: entity.status, mapping: entity.mapping }));
    return this.get(actor, procedureId, id);
  }

  async apply(actor: Actor, procedureId: string, id: string): Promise<ResultImportDto> {
    const entity = await this.find(actor, procedureId, id);
    await this.steps.claimApply(actor, entity);
    await this.steps.enqueue(JobName.RESULT_IMPORT_APPLY, { importId: id, requestedAt: new Date().toISOString() }, () => this.repository.update({ id }, { status: ImportStatus.VALIDATED, requestedBy: entity.requestedBy }));
    return this.get(actor, procedureId, id);
  }

  async discard(actor: Actor, procedureId: string, id: string): Promise<void> {
    await this.steps.discard(await this.find(actor, procedureId, id));
  }

  /** Maintenance: drops the files of imports nobody finished. */
  purgeStale(olderThanDays: number): Promise<number> {
    return this.steps.purgeStale(olderThanDays);
  }

  /** Worker: checks every row and finds every teacher; a clean file's rows are kept for the apply step. */
  async runValidation(importId: string): Promise<void> {
    const step = await this.steps.begin(importId, ImportStatus.QUEUED, ImportStatus.VALIDATING);
    if (!step?.file.content) return;
    const { entity } = step;
    const content = await gunzip(step.file.content);
    step.file.content = null;
    const outcome = await this.steps.attempt(importId, async () => {
      const target = await this.procedures.withCompetences(entity.requestedBy, entity.procedureId);
      return { target, outcome: await this.checkFile(entity, target, content) };
    });
    if (!outcome) return;
    const { target, outcome: checked } = outcome;
    const valid = checked.fileErrors.length === 0 && checked.errors.length === 0;
    // A failed re-check drops the rows an earlier check kept.
    await this.dataSource.getRepository(ResultImportFile).update({ importId }, { staged: valid ? checked.staged : null });
    await this.steps.finish(importId, {
      ...this.outcomeOf(checked), status: valid ? ImportStatus.VALIDATED : ImportStatus.INVALID, validatedAt: new Date(), procedureVersion: target.procedure.updatedAt,
    }, checked.errors);
  }

  /** Worker: writes the kept rows, matched again against the staff as they are now; all or nothing. */
  async runApply(importId: string): Promise<void> {
    const step = await this.steps.begin(importId, ImportStatus.APPLYING, ImportStatus.APPLYING);
    if (!step?.file.staged) return;
    const { entity, file } = step;
    const outcome = await this.steps.attempt(importId, async () => {
      const target = await this.procedures.withCompetences(entity.requestedBy, entity.procedureId);
      if (target.procedure.updatedAt.getTime() !== entity.procedureVersion?.getTime()) {
        return this.fileProblem(entity.totalRows ?? 0, 'Процедуру изменили после проверки файла (шкала, порог или компетенции): проверьте файл ещё раз');
      }
      return this.applyStaged(entity, target, file.staged!);
    });
    if (!outcome) return;
    const applied = outcome.fileErrors.length === 0 && outcome.errors.length === 0;
    await this.steps.finish(importId, { ...this.outcomeOf(outcome), status: applied ? ImportStatus.APPLIED : ImportStatus.INVALID, appliedAt: applied ? new Date() : null }, outcome.errors);
  }

  /** An import in scope, of a procedure in scope. */
  private async find(actor: Actor, procedureId: string, id: string): Promise<ResultImport> {
    await this.procedures.procedures.findOne(actor, procedureId);
    const entity = await this.imports.findOne(actor, id);
    if (entity.procedureId !== procedureId) throw new NotFoundError(NOT_FOUND);
    return entity;
  }

  private async headerOf(bytes: Buffer): Promise<string[]> {
    if (bytes.length === 0) throw fieldError('file', 'Файл пустой');
    let header: IteratorResult<TableRow>;
    try {
      const rows = readTableRows(bytes);
      header = await rows.next();
      await rows.return(undefined);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw fieldError('file', error.message);
      throw error;
    }
    const headers = header.done ? [] : header.value.cells.map((h) => h.trim());
    while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
    if (headers.length === 0) throw fieldError('file', 'В первой строке файла нет заголовков столбцов');
    const repeated = headers.filter((h, i) => h !== '' && headers.indexOf(h) !== i);
    if (repeated.length > 0) throw fieldError('file', `Повторяются заголовки столбцов: ${[...new Set(repeated)].map((h) => `«${h}»`).join(', ')}`);
    return headers;
  }

  private async checkFile(entity: ResultImport, target: ProcedureWithCompetences, content: Buffer): Promise<StepOutcome> {
    const parser = new ResultFileRows(entity.headers, entity.mapping, target.procedure, today());
    const errors: ImportRowErrorDto[] = [];
    const progress = this.steps.progressOf(entity.id);
    let total = 0;
    let rows: AsyncGenerator<TableRow>;
    try {
      rows = readTableRows(content);
      await rows.next(); // the header, read at upload
    } catch (error) {
      if (error instanceof UnreadableFileError) return this.fileProblem(0, error.message);
      throw error;
    }
    const checked = async function* (): AsyncGenerator<ParsedResultRow> {
      for await (const { line, cells } of rows) {
        total += 1;
        const result = parser.check(line, cells);
        if ('row' in result) yield result.row;
        else errors.push(...result.errors);
        if (total % PROGRESS_EVERY === 0) await progress(total);
      }
    };
    const gzipped = createGzip({ level: 1 });
    const parts: Buffer[] = [];
    gzipped.on('data', (part: Buffer) => parts.push(part));
    let outcome: StepOutcome;
    try {
      outcome = await withTransaction(this.dataSource, async (runner) => {
        const fileStage = await ResultFileStage.create(runner);
        try {
          await fileStage.load(checked(), (chunk) => gzipped.write(chunk));
        } catch (error) {
          if (error instanceof UnreadableFileError) return { result: this.fileProblem(total, error.message), commit: false };
          throw error;
        }
        await progress(total);
        if (total === 0) return { result: this.fileProblem(0, 'В файле нет строк с данными'), commit: false };
        errors.push(...this.problemErrors(parser, await fileStage.match(this.staff.staff.query(entity.requestedBy))));
        const counts = errors.length === 0 ? await this.countChanges(runner.manager, fileStage, entity, target) : { created: 0, updated: 0, unchanged: 0 };
        return { result: { total, counts, fileErrors: [], errors: errors.sort((a, b) => a.row - b.row), staged: null }, commit: false };
      });
    } finally {
      await finished(gzipped.end());
    }
    const valid = outcome.fileErrors.length === 0 && outcome.errors.length === 0;
    return { ...outcome, staged: valid ? Buffer.concat(parts) : null };
  }

  private async applyStaged(entity: ResultImport, target: ProcedureWithCompetences, staged: Buffer): Promise<StepOutcome> {
    const parser = new ResultFileRows(entity.headers, entity.mapping, target.procedure, today());
    return withTransaction(this.dataSource, async (runner) => {
      const fileStage = await ResultFileStage.create(runner);
      const total = await fileStage.reload(Readable.from([staged]).pipe(createGunzip()));
      await this.steps.progressOf(entity.id)(total);
      const errors = this.problemErrors(parser, await fileStage.match(this.staff.staff.query(entity.requestedBy)));
      if (errors.length > 0) return { result: { total, counts: { created: 0, updated: 0, unchanged: 0 }, fileErrors: [], errors, staged: null }, commit: false };
      const counts = await ResultStage.within(runner.manager, async (stage) => {
        fileStage.stageInto(stage, this.competenceIds(entity, target));
        const found = await stage.diff(target.procedure.id);
        await stage.write(entity.requestedBy, target.procedure.id, ResultSource.IMPORT);
        return found;
      });
      return { result: { total, counts, fileErrors: [], errors: [], staged: null }, commit: true };
    });
  }

  /** Counts what applying would do, in the check's transaction (rolled back). */
  private countChanges(manager: EntityManager, fileStage: ResultFileStage, entity: ResultImport, target: ProcedureWithCompetences): Promise<Record<StageStatus, number>> {
    return ResultStage.within(manager, async (stage) => {
      fileStage.stageInto(stage, this.competenceIds(entity, target));
      return stage.count(target.procedure.id);
    });
  }

  /** The competences of the file's score columns, in their order. */
  private competenceIds(entity: ResultImport, target: ProcedureWithCompetences): string[] {
    return entity.mapping.scores.map((s) => {
      const competence = target.competences.find((c) => c.code === s.competenceCode);
      if (!competence) throw new ConflictError(`Компетенция ${s.competenceCode} больше не оценивается в этой процедуре: проверьте файл ещё раз`);
      return competence.id;
    });
  }

  private problemErrors(parser: ResultFileRows, problems: RowMatchProblem[]): ImportRowErrorDto[] {
    return problems.map((p) => {
      if (p.problem === MatchProblem.REPEATED) return { row: p.line, column: parser.columnOf(KEY_FIELD[p.key]), message: `Этот педагог уже есть в файле (строка ${p.firstLine}): один результат на процедуру` };
      if (p.problem === MatchProblem.BEFORE_BIRTH) return { row: p.line, column: parser.columnOf('takenOn'), message: TAKEN_BEFORE_BIRTH };
      return { row: p.line, column: parser.columnOf(KEY_FIELD[p.key]), message: NOT_MATCHED[p.problem][p.key] };
    });
  }

  private fileProblem(total: number, message: string): StepOutcome {
    return { total, counts: { created: 0, updated: 0, unchanged: 0 }, fileErrors: [message], errors: [], staged: null };
  }

  private outcomeOf(outcome: StepOutcome): Partial<ResultImport> {
    return {
      totalRows: outcome.total, rowsRead: outcome.total, toCreate: outcome.counts.created, toUpdate: outcome.counts.updated, unchanged: outcome.counts.unchanged,
      errorCount: erroneousRows(outcome.errors), fileErrors: outcome.fileErrors,
    };
  }
}
