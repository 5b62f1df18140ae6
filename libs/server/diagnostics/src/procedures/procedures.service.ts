import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, BadRequestError, ConflictError, FieldError, Page, Placement, ScopedRepository, assertPlacementInScope, diffFields, paginate, STAFF_RECORD_SCOPE, waitBrieflyForLocks,
} from '@sopr/server-core';
import { OwnerPlacementsService } from '@sopr/server-org-structure';
import { Subject } from '@sopr/server-staff';
import { Competence } from '../framework/competence.entity';
import { FrameworksService } from '../framework/frameworks.service';
import { DiagnosticResult } from '../results/diagnostic-result.entity';
import { DiagnosticProcedure } from './diagnostic-procedure.entity';
import { CreateProcedureDto, ProcedureCompetenceDto, ProcedureDto, ProcedureQueryDto, UpdateProcedureDto } from './procedure.dto';
import { ProcedureCompetence } from './procedure-competence.entity';

const NOT_FOUND = 'Процедура диагностики не найдена';
const INVALID = 'Проверьте правильность заполнения полей';

export const placementOfProcedure = (p: Pick<DiagnosticProcedure, 'regionId' | 'municipalityId' | 'organizationId'>): Placement => ({
  regionId: p.regionId, municipalityId: p.municipalityId, organizationId: p.organizationId,
});

/** A procedure with what its results are checked against. */
export interface ProcedureWithCompetences {
  procedure: DiagnosticProcedure;
  competences: Competence[];
}

@Injectable()
export class ProceduresService {
  readonly procedures: ScopedRepository<DiagnosticProcedure>;
  private readonly results: ScopedRepository<DiagnosticResult>;

  constructor(
    @InjectRepository(DiagnosticProcedure) procedures: Repository<DiagnosticProcedure>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly owners: OwnerPlacementsService,
    private readonly audit: AuditService,
  ) {
    this.procedures = new ScopedRepository(procedures, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', sharedDownward: true }, NOT_FOUND);
    this.results = new ScopedRepository(dataSource.getRepository(DiagnosticResult), STAFF_RECORD_SCOPE);
  }

  async list(actor: Actor, query: ProcedureQueryDto): Promise<Page<ProcedureDto>> {
    const q = this.procedures.query(actor);
    if (query.kind) q.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.subjectId) q.andWhere('e.subjectId = :subjectId', { subjectId: query.subjectId });
    if (query.from) q.andWhere('coalesce(e.endsOn, e.startsOn) >= :from', { from: query.from });
    if (query.to) q.andWhere('e.startsOn <= :to', { to: query.to });
    if (query.q) q.andWhere('e.name ILIKE :q', { q: `%${query.q}%` });
    const page = await paginate(q, query, { startsOn: 'e.startsOn', name: 'e.name', kind: 'e.kind' }, '-startsOn', (p) => p);
    return { ...page, items: await this.toDtos(actor, page.items) };
  }

  async get(actor: Actor, id: string): Promise<ProcedureDto> {
    const [dto] = await this.toDtos(actor, [await this.procedures.findOne(actor, id)]);
    return dto;
  }

  /** A visible procedure and its competences, for checking results against it. */
  async withCompetences(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<ProcedureWithCompetences> {
    const procedure = await this.procedures.findOne(actor, id);
    const competences = await manager
      .createQueryBuilder(Competence, 'c')
      .innerJoin(ProcedureCompetence, 'pc', 'pc.competenceId = c.id')
      .where('pc.procedureId = :id', { id })
      .orderBy('c.sortOrder')
      .addOrderBy('c.code')
      .getMany();
    return { procedure, competences };
  }

  async create(actor: Actor, dto: CreateProcedureDto): Promise<ProcedureDto> {
    const placement = await this.owners.placementOf(actor, dto.owner, dto.ownerId);
    assertPlacementInScope(actor, placement);
    const framework = await this.frameworks.inForceEntity(actor, placement.regionId!);
    const scale = { scaleMin: dto.scaleMin ?? 0, scaleMax: dto.scaleMax ?? 100, threshold: dto.threshold };
    this.assertValid({ ...scale, startsOn: dto.startsOn, endsOn: dto.endsOn ?? null });
    await this.assertSubject(dto.subjectId);
    const competences = await this.resolveCompetences(framework.id, dto.competenceCodes);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(DiagnosticProcedure, {
        ...placement,
        regionId: placement.regionId!,
        name: dto.name,
        kind: dto.kind,
        subjectId: dto.subjectId ?? null,
        frameworkId: framework.id,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn ?? null,
        scaleMin: String(scale.scaleMin),
        scaleMax: String(scale.scaleMax),
        threshold: String(scale.threshold),
        isCnppm: dto.isCnppm ?? false,
        columnMapping: null,
        questionnaireId: null,
      }));
      await manager.insert(ProcedureCompetence, competences.map((c) => ({ procedureId: saved.id, competenceId: c.id })));
      const { owner: _owner, ownerId: _ownerId, ...fields } = dto;
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'diagnosticProcedure', entityId: saved.id, placement, changes: diffFields(null, { ...fields, frameworkId: framework.id }) });
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateProcedureDto): Promise<ProcedureDto> {
    const procedure = await this.findWritable(actor, id);
    const scaleChanges = dto.scaleMin !== undefined || dto.scaleMax !== undefined || dto.threshold !== undefined || dto.competenceCodes !== undefined;
    if (scaleChanges && (await this.dataSource.manager.existsBy(DiagnosticResult, { procedureId: id }))) {
      throw new ConflictError('Шкалу, порог и компетенции нельзя менять, когда уже есть результаты: создайте новую процедуру');
    }
    const next = {
      scaleMin: dto.scaleMin ?? Number(procedure.scaleMin),
      scaleMax: dto.scaleMax ?? Number(procedure.scaleMax),
      threshold: dto.threshold ?? Number(procedure.threshold),
      startsOn: dto.startsOn ?? procedure.startsOn,
      endsOn: dto.endsOn === undefined ? procedure.endsOn : dto.endsOn,
    };
    this.assertValid(next);
    if (dto.subjectId) await this.assertSubject(dto.subjectId);
    const competences = dto.competenceCodes ? await this.resolveCompetences(procedure.frameworkId, dto.competenceCodes) : null;
    const { competenceCodes: _codes, scaleMin: _min, scaleMax: _max, threshold: _threshold, ...fields } = dto;
    const patch: Partial<DiagnosticProcedure> = {
      ...fields,
      ...(dto.scaleMin !== undefined ? { scaleMin: String(dto.scaleMin) } : {}),
      ...(dto.scaleMax !== undefined ? { scaleMax: String(dto.scaleMax) } : {}),
      ...(dto.threshold !== undefined ? { threshold: String(dto.threshold) } : {}),
    };
    const changes = diffFields(procedure as unknown as Record<string, unknown>, patch as Record<string, unknown>);
    if (competences) changes['competenceCodes'] = { from: null, to: dto.competenceCodes };
    await this.dataSource.transaction(async (manager) => {
      await manager.save(Object.assign(procedure, patch));
      if (competences) {
        await manager.delete(ProcedureCompetence, { procedureId: id });
        await manager.insert(ProcedureCompetence, competences.map((c) => ({ procedureId: id, competenceId: c.id })));
      }
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'diagnosticProcedure', entityId: id, placement: placementOfProcedure(procedure), changes });
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const procedure = await this.findWritable(actor, id);
    if (await this.dataSource.manager.existsBy(DiagnosticResult, { procedureId: id })) {
      throw new ConflictError('У процедуры есть результаты: сначала удалите их');
    }
    await this.dataSource.transaction(async (manager) => {
      await waitBrieflyForLocks(manager);
      await manager.delete(DiagnosticProcedure, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'diagnosticProcedure', entityId: id, placement: placementOfProcedure(procedure), changes: null });
    });
  }

  async findWritable(actor: Actor, id: string): Promise<DiagnosticProcedure> {
    const procedure = await this.procedures.findOne(actor, id);
    // Seen from below is not owned: a school reads a regional procedure but does not change it.
    assertPlacementInScope(actor, placementOfProcedure(procedure), NOT_FOUND);
    return procedure;
  }

  private async toDtos(actor: Actor, procedures: DiagnosticProcedure[]): Promise<ProcedureDto[]> {
    if (procedures.length === 0) return [];
    const ids = procedures.map((p) => p.id);
    const manager = this.dataSource.manager;
    const competenceRows: (ProcedureCompetenceDto & { procedureId: string })[] = await manager
      .createQueryBuilder(ProcedureCompetence, 'pc')
      .innerJoin(Competence, 'c', 'c.id = pc.competenceId')
      .select(['pc.procedureId AS "procedureId"', 'c.id AS "id"', 'c.code AS "code"', 'c.name AS "name"'])
      .where('pc.procedureId IN (:...ids)', { ids })
      .orderBy('c.sortOrder')
      .addOrderBy('c.code')
      .getRawMany();
    const subjectIds = [...new Set(procedures.map((p) => p.subjectId).filter((s): s is string => !!s))];
    const subjects = subjectIds.length ? await manager.findBy(Subject, { id: In(subjectIds) }) : [];
    const counts = await this.resultCounts(actor, ids);
    return procedures.map((p) => ({
      id: p.id,
      regionId: p.regionId,
      municipalityId: p.municipalityId,
      organizationId: p.organizationId,
      name: p.name,
      kind: p.kind,
      subjectId: p.subjectId,
      subjectName: subjects.find((s) => s.id === p.subjectId)?.name ?? null,
      frameworkId: p.frameworkId,
      competences: competenceRows.filter((c) => c.procedureId === p.id).map(({ procedureId: _p, ...c }) => c),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      scaleMin: Number(p.scaleMin),
      scaleMax: Number(p.scaleMax),
      threshold: Number(p.threshold),
      isCnppm: p.isCnppm,
      resultCount: counts.get(p.id) ?? 0,
    }));
  }

  private async resultCounts(actor: Actor, procedureIds: string[]): Promise<Map<string, number>> {
    const rows: { procedureId: string; count: string }[] = await this.results
      .query(actor)
      .select('e.procedureId', 'procedureId')
      .addSelect('COUNT(*)', 'count')
      .andWhere('e.procedureId IN (:...procedureIds)', { procedureIds })
      .groupBy('e.procedureId')
      .getRawMany();
    return new Map(rows.map((r) => [r.procedureId, Number(r.count)]));
  }

  private async resolveCompetences(frameworkId: string, codes: string[]): Promise<Competence[]> {
    const unique = [...new Set(codes)];
    const found = await this.dataSource.manager.findBy(Competence, { frameworkId, code: In(unique) });
    const missing = unique.filter((code) => !found.some((c) => c.code === code));
    if (missing.length > 0) {
      throw new BadRequestError(INVALID, [{ field: 'competenceCodes', message: `Нет в рамке компетенций: ${missing.join(', ')}` }]);
    }
    return found;
  }

  private async assertSubject(subjectId: string | null | undefined): Promise<void> {
    if (subjectId && !(await this.dataSource.manager.existsBy(Subject, { id: subjectId }))) {
      throw new BadRequestError(INVALID, [{ field: 'subjectId', message: 'Предмет не найден в справочнике' }]);
    }
  }

  private assertValid(p: { scaleMin: number; scaleMax: number; threshold: number; startsOn: string; endsOn: string | null }): void {
    const errors: FieldError[] = [];
    if (p.scaleMax <= p.scaleMin) errors.push({ field: 'scaleMax', message: 'Верхняя граница шкалы должна быть больше нижней' });
    else if (p.threshold < p.scaleMin || p.threshold > p.scaleMax) errors.push({ field: 'threshold', message: `Порог должен быть в пределах шкалы (${p.scaleMin}–${p.scaleMax})` });
    if (p.endsOn && p.endsOn < p.startsOn) errors.push({ field: 'endsOn', message: 'Дата окончания раньше даты начала' });
    if (errors.length > 0) throw new BadRequestError(INVALID, errors);
  }
}
