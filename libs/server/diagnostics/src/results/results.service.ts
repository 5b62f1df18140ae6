import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, BadRequestError, FieldError, NotFoundError, Page, ScopedRepository, paginateByIds, toFieldErrors, STAFF_RECORD_SCOPE, waitBrieflyForLocks,
} from '@sopr/server-core';
import { ResultSource } from '@sopr/shared';
import { BatchItemResultDto, BatchResultDto, StaffMember, StaffService, normalizeSnils, placementOfStaff, today } from '@sopr/server-staff';
import { ProcedureWithCompetences, ProceduresService } from '../procedures/procedures.service';
import { recomputeDeficits } from '../deficits/recompute-deficits';
import { DiagnosticResult } from './diagnostic-result.entity';
import { resultScoresSql } from './result-scores.sql';
import { competenceOf, scoreErrors, takenOnErrors } from './result-checks';
import { PutResultDto, ResultBatchDto, ResultBatchItemDto, ResultDto, ResultQueryDto } from './result.dto';
import { ResultStage, StagedResult } from './result-stage';

const INVALID = 'Проверьте правильность заполнения полей';
const NOT_FOUND = 'Результат не найден';

/** Results of procedures: read within scope, written for the caller's own staff, deficits kept in step. */
@Injectable()
export class ResultsService {
  readonly results: ScopedRepository<DiagnosticResult>;

  constructor(
    @InjectRepository(DiagnosticResult) results: Repository<DiagnosticResult>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
  ) {
    this.results = new ScopedRepository(results, STAFF_RECORD_SCOPE, NOT_FOUND);
  }

  async list(actor: Actor, procedureId: string, query: ResultQueryDto): Promise<Page<ResultDto>> {
    const { procedure } = await this.procedures.withCompetences(actor, procedureId);
    const q = this.results.query(actor, 'r').innerJoin(StaffMember, 's', 's.id = r.staffMemberId').andWhere('r.procedureId = :procedureId', { procedureId: procedure.id });
    if (query.organizationId) q.andWhere('r.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.q) q.andWhere(`concat_ws(' ', s.lastName, s.firstName, s.middleName) ILIKE :q`, { q: `%${query.q}%` });
    return paginateByIds(q, query, { staffName: 's.lastName', takenOn: 'r.takenOn' }, 'staffName', (ids) => this.load(ids));
  }

  async get(actor: Actor, procedureId: string, resultId: string): Promise<ResultDto> {
    const result = await this.results.findOne(actor, resultId);
    if (result.procedureId !== procedureId) throw new NotFoundError(NOT_FOUND);
    const [dto] = await this.load([resultId]);
    return dto;
  }

  /** Enters or replaces a staff member's result in a procedure (the form in the browser). */
  async put(actor: Actor, procedureId: string, staffMemberId: string, dto: PutResultDto): Promise<ResultDto> {
    const target = await this.procedures.withCompetences(actor, procedureId);
    const member = await this.staff.findWritable(actor, staffMemberId);
    const errors = takenOnErrors(dto.takenOn, member.birthDate, today());
    const scores = new Map<string, number>();
    const seen = new Set<string>();
    dto.scores.forEach((s, i) => {
      const { competence, errors: found } = competenceOf(target.competences, { id: s.competenceId }, seen, `scores[${i}].competenceId`);
      errors.push(...found, ...scoreErrors(target.procedure, s.score, `scores[${i}].score`));
      if (competence) scores.set(competence.id, s.score);
    });
    if (errors.length > 0) throw new BadRequestError(INVALID, errors);
    const [outcome] = await this.dataSource.transaction((manager) =>
      ResultStage.within(manager, async (stage) => {
        await stage.add([{ line: 0, staffMemberId: member.id, takenOn: dto.takenOn, scores }]);
        return stage.apply(actor, procedureId, ResultSource.MANUAL);
      }),
    );
    const [result] = await this.load([outcome.resultId]);
    return result;
  }

  async remove(actor: Actor, procedureId: string, resultId: string): Promise<void> {
    await this.procedures.withCompetences(actor, procedureId);
    const result = await this.results.findOne(actor, resultId);
    if (result.procedureId !== procedureId) throw new NotFoundError(NOT_FOUND);
    await this.staff.findWritable(actor, result.staffMemberId);
    await this.dataSource.transaction(async (manager) => {
      await waitBrieflyForLocks(manager);
      await manager.delete(DiagnosticResult, { id: resultId });
      await recomputeDeficits(manager, [result.staffMemberId]);
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'diagnosticResult', entityId: resultId, placement: placementOfStaff(result), changes: null });
    });
  }

  /** Portal upsert: each record checked on its own; the valid ones are written, the rest reported. */
  async batch(actor: Actor, procedureId: string, batch: ResultBatchDto): Promise<BatchResultDto> {
    const target = await this.procedures.withCompetences(actor, procedureId);
    const items = batch.items.map((raw) => plainToInstance(ResultBatchItemDto, raw));
    const members = await this.findBatchStaff(actor, items);
    const results: BatchItemResultDto[] = [];
    const staged: StagedResult[] = [];
    const lineOfStaff = new Map<string, number>();
    const now = today();
    for (const [index, item] of items.entries()) {
      const errors: FieldError[] = toFieldErrors(await validate(item, { whitelist: true, forbidNonWhitelisted: true }));
      const externalId = item.staffExternalId ?? null;
      if (errors.length === 0) {
        const found = this.batchMember(item, members);
        if ('error' in found) errors.push(found.error);
        else if (lineOfStaff.has(found.member.id)) errors.push({ field: 'staffExternalId', message: `Этот педагог уже есть в пакете (запись ${lineOfStaff.get(found.member.id)})` });
        else {
          errors.push(...this.checkBatchItem(target, item, found.member, now, staged, index));
          if (errors.length === 0) lineOfStaff.set(found.member.id, index);
        }
      }
      results.push({ index, externalId, status: errors.length > 0 ? 'error' : 'unchanged', id: null, errors });
    }
    if (staged.length > 0) {
      const outcomes = await this.dataSource.transaction((manager) =>
        ResultStage.within(manager, async (stage) => {
          await stage.add(staged);
          return stage.apply(actor, procedureId, ResultSource.INTEGRATION);
        }),
      );
      for (const o of outcomes) Object.assign(results[o.line], { id: o.resultId, status: o.status });
    }
    return BatchResultDto.of(results);
  }

  private checkBatchItem(target: ProcedureWithCompetences, item: ResultBatchItemDto, member: StaffMember, now: string, staged: StagedResult[], line: number): FieldError[] {
    const errors = takenOnErrors(item.takenOn, member.birthDate, now);
    const scores = new Map<string, number>();
    const seen = new Set<string>();
    item.scores.forEach((s, i) => {
      const { competence, errors: found } = competenceOf(target.competences, { code: s.competenceCode }, seen, `scores[${i}].competenceCode`);
      errors.push(...found, ...scoreErrors(target.procedure, s.score, `scores[${i}].score`));
      if (competence) scores.set(competence.id, s.score);
    });
    if (errors.length === 0) staged.push({ line, staffMemberId: member.id, takenOn: item.takenOn, scores });
    return errors;
  }

  /** The caller's active staff named by the batch, by external id and by SNILS, in two queries. */
  private async findBatchStaff(actor: Actor, items: ResultBatchItemDto[]): Promise<StaffMember[]> {
    const externalIds = [...new Set(items.map((i) => i.staffExternalId).filter((v): v is string => typeof v === 'string'))];
    const snils = [...new Set(items.map((i) => (typeof i.snils === 'string' ? normalizeSnils(i.snils) : '')).filter((v) => v.length === 11))];
    const found: StaffMember[] = [];
    if (externalIds.length) found.push(...(await this.staff.staff.query(actor).andWhere('e.externalId IN (:...externalIds)', { externalIds }).getMany()));
    if (snils.length) found.push(...(await this.staff.staff.query(actor).andWhere('e.snils IN (:...snils)', { snils }).andWhere('e.dismissedOn IS NULL').getMany()));
    return found;
  }

  private batchMember(item: ResultBatchItemDto, members: StaffMember[]): { member: StaffMember } | { error: FieldError } {
    if (item.staffExternalId) {
      const member = members.find((m) => m.externalId === item.staffExternalId);
      return member ? { member } : { error: { field: 'staffExternalId', message: 'Педагог с таким внешним идентификатором не найден' } };
    }
    if (!item.snils) return { error: { field: 'staffExternalId', message: 'Укажите внешний идентификатор педагога или СНИЛС' } };
    const snils = normalizeSnils(item.snils);
    const matches = members.filter((m) => m.snils === snils);
    // A person with a main and a part-time job: the result is his, taken at the main job.
    const main = matches.length > 1 ? matches.filter((m) => m.employment === 'MAIN') : matches;
    if (main.length === 1) return { member: main[0] };
    if (matches.length === 0) return { error: { field: 'snils', message: 'Педагог с таким СНИЛС не найден' } };
    return { error: { field: 'snils', message: 'По СНИЛС найдено несколько работников: укажите внешний идентификатор' } };
  }

  /** Rows of the given results, in the given order, with names and scores: three queries. */
  async load(ids: string[]): Promise<ResultDto[]> {
    if (ids.length === 0) return [];
    const rows: Omit<ResultDto, 'scores'>[] = await this.dataSource.manager.query(
      `SELECT r.id, r.procedure_id AS "procedureId", r.staff_member_id AS "staffMemberId",
              concat_ws(' ', s.last_name, s.first_name, s.middle_name) AS "staffName", r.organization_id AS "organizationId",
              coalesce(o.short_name, o.name) AS "organizationName", to_char(r.taken_on, 'YYYY-MM-DD') AS "takenOn", r.source
       FROM diagnostic_result r JOIN staff_member s ON s.id = r.staff_member_id JOIN organization o ON o.id = r.organization_id
       WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    const scores: { resultId: string; competenceId: string; competenceCode: string; score: string; belowThreshold: boolean }[] = await this.dataSource.manager.query(
      `SELECT r.id AS "resultId", c.id AS "competenceId", c.code AS "competenceCode", sc.score, sc.score < p.threshold AS "belowThreshold"
       FROM diagnostic_result r JOIN diagnostic_procedure p ON p.id = r.procedure_id
       ${resultScoresSql('r')} JOIN competence c ON c.id = sc.competence_id
       WHERE r.id = ANY($1::uuid[]) ORDER BY c.sort_order, c.code`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => ({
      ...byId.get(id)!,
      scores: scores.filter((s) => s.resultId === id).map(({ resultId: _r, score, ...s }) => ({ ...s, score: Number(score) })),
    }));
  }
}
