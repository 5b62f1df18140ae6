import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Role, ROLE_SCOPE_LEVEL, FrameworkStatus, ScopeLevel } from '@sopr/shared';
import {
  Actor, AuditAction, AuditService, BadRequestError, ConflictError, NotFoundError, Placement, assertPlacementInScope, diffFields,
} from '@sopr/server-core';
import { RegionsService } from '@sopr/server-org-structure';
import { Competence } from './competence.entity';
import { CompetenceFramework } from './competence-framework.entity';
import { CompetenceDto, CreateCompetenceDto, CreateFrameworkDraftDto, FrameworkDetailDto, FrameworkDto, UpdateCompetenceDto } from './framework.dto';

const NOT_FOUND = 'Версия рамки компетенций не найдена';
const placementOf = (f: Pick<CompetenceFramework, 'regionId'>): Placement => ({ regionId: f.regionId, municipalityId: null, organizationId: null });

/**
 * The competence framework: a national default and each region's own versions. Everyone reads the
 * default and his region's; only drafts change; publishing freezes a version for good.
 */
@Injectable()
export class FrameworksService {
  constructor(
    @InjectRepository(CompetenceFramework) private readonly frameworks: Repository<CompetenceFramework>,
    @InjectRepository(Competence) private readonly competences: Repository<Competence>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<FrameworkDto[]> {
    const rows = await this.visible(actor).orderBy('f.regionId', 'ASC', 'NULLS FIRST').addOrderBy('f.version', 'DESC').getMany();
    return rows.map(FrameworkDto.from);
  }

  async get(actor: Actor, id: string): Promise<FrameworkDetailDto> {
    const framework = await this.findVisible(actor, id);
    return this.detail(framework);
  }

  /** The version procedures use from now on: the region's latest published, else the default's. */
  async inForce(actor: Actor, regionId?: string): Promise<FrameworkDetailDto> {
    return this.detail(await this.inForceEntity(actor, regionId));
  }

  async inForceEntity(actor: Actor, regionId?: string): Promise<CompetenceFramework> {
    const region = regionId ?? actor.regionId;
    if (region) await this.regions.regions.findOne(actor, region);
    const framework = await this.frameworks
      .createQueryBuilder('f')
      .where('f.status = :published', { published: FrameworkStatus.PUBLISHED })
      .andWhere(region ? '(f.regionId = :region OR f.regionId IS NULL)' : 'f.regionId IS NULL', { region })
      .orderBy('f.regionId', 'ASC', 'NULLS LAST')
      .addOrderBy('f.version', 'DESC')
      .getOne();
    if (!framework) throw new NotFoundError('Нет опубликованной рамки компетенций');
    return framework;
  }

  async createDraft(actor: Actor, dto: CreateFrameworkDraftDto): Promise<FrameworkDetailDto> {
    const regionId = dto.regionId ?? (ROLE_SCOPE_LEVEL[actor.role] === ScopeLevel.ALL ? null : actor.regionId);
    if (regionId) await this.regions.regions.findOne(actor, regionId);
    this.assertWritable(actor, { regionId });
    const source = await this.inForceEntity(actor, regionId ?? undefined);
    const draft = await this.dataSource.transaction(async (manager) => {
      if (await this.draftOf(manager, regionId)) {
        throw new ConflictError('Черновик уже есть: опубликуйте или удалите его', [{ field: 'regionId', message: 'Черновик уже есть' }]);
      }
      const version = await this.nextVersion(manager, regionId);
      const saved = await manager.save(manager.create(CompetenceFramework, {
        regionId, version, name: dto.name ?? source.name, status: FrameworkStatus.DRAFT, publishedAt: null, basedOnId: source.id,
      }));
      await this.copyCompetences(manager, source.id, saved.id);
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'competenceFramework', entityId: saved.id, placement: placementOf(saved), changes: diffFields(null, { version, basedOnId: source.id }) });
      return saved;
    });
    return this.detail(draft);
  }

  async publish(actor: Actor, id: string): Promise<FrameworkDetailDto> {
    const draft = await this.findDraft(actor, id);
    const count = await this.competences.countBy({ frameworkId: id });
    if (count === 0) throw new BadRequestError('Нельзя опубликовать пустую рамку компетенций');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CompetenceFramework, { id }, { status: FrameworkStatus.PUBLISHED, publishedAt: new Date() });
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'competenceFramework', entityId: id, placement: placementOf(draft), changes: { status: { from: FrameworkStatus.DRAFT, to: FrameworkStatus.PUBLISHED } } });
    });
    return this.get(actor, id);
  }

  async removeDraft(actor: Actor, id: string): Promise<void> {
    const draft = await this.findDraft(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CompetenceFramework, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'competenceFramework', entityId: id, placement: placementOf(draft), changes: null });
    });
  }

  async addCompetence(actor: Actor, frameworkId: string, dto: CreateCompetenceDto): Promise<CompetenceDto> {
    const draft = await this.findDraft(actor, frameworkId);
    const parent = dto.parentId ? await this.competences.findOneBy({ id: dto.parentId, frameworkId }) : null;
    if (dto.parentId && !parent) throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'parentId', message: 'Родитель не найден в этой версии' }]);
    const area = dto.area ?? parent?.area;
    if (!area) throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'area', message: 'Укажите область для корневой компетенции' }]);
    const code = dto.code ?? `C-${randomBytes(4).toString('hex').toUpperCase()}`;
    if (await this.competences.existsBy({ frameworkId, code })) {
      throw new ConflictError('Компетенция с таким кодом уже есть', [{ field: 'code', message: 'Код уже занят в этой версии' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(Competence, { frameworkId, parentId: parent?.id ?? null, code, name: dto.name, area, sortOrder: dto.sortOrder ?? 0 }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'competence', entityId: saved.id, placement: placementOf(draft), changes: diffFields(null, { frameworkId, code, name: dto.name, parentId: saved.parentId }) });
      return CompetenceDto.from(saved);
    });
  }

  async updateCompetence(actor: Actor, frameworkId: string, competenceId: string, dto: UpdateCompetenceDto): Promise<CompetenceDto> {
    const draft = await this.findDraft(actor, frameworkId);
    const competence = await this.findCompetence(frameworkId, competenceId);
    const changes = diffFields(competence as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(competence, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'competence', entityId: competenceId, placement: placementOf(draft), changes });
      return CompetenceDto.from(saved);
    });
  }

  async removeCompetence(actor: Actor, frameworkId: string, competenceId: string): Promise<void> {
    const draft = await this.findDraft(actor, frameworkId);
    await this.findCompetence(frameworkId, competenceId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Competence, { id: competenceId });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'competence', entityId: competenceId, placement: placementOf(draft), changes: null });
    });
  }

  private visible(actor: Actor): SelectQueryBuilder<CompetenceFramework> {
    const q = this.frameworks.createQueryBuilder('f');
    if (ROLE_SCOPE_LEVEL[actor.role] === ScopeLevel.ALL) return q;
    return q.where('(f.regionId IS NULL OR f.regionId = :region)', { region: actor.regionId });
  }

  private async findVisible(actor: Actor, id: string): Promise<CompetenceFramework> {
    const framework = await this.visible(actor).andWhere('f.id = :id', { id }).getOne();
    if (!framework) throw new NotFoundError(NOT_FOUND);
    return framework;
  }

  private async findDraft(actor: Actor, id: string): Promise<CompetenceFramework> {
    const framework = await this.findVisible(actor, id);
    this.assertWritable(actor, framework);
    if (framework.status !== FrameworkStatus.DRAFT) throw new ConflictError('Опубликованная версия не меняется: создайте черновик новой версии');
    return framework;
  }

  /** The default belongs to the system administrator; a region's versions to its administrators. */
  private assertWritable(actor: Actor, framework: Pick<CompetenceFramework, 'regionId'>): void {
    if (framework.regionId === null) {
      if (actor.role !== Role.SYSTEM_ADMIN) throw new NotFoundError(NOT_FOUND);
      return;
    }
    assertPlacementInScope(actor, placementOf(framework), NOT_FOUND);
  }

  private async findCompetence(frameworkId: string, id: string): Promise<Competence> {
    const competence = await this.competences.findOneBy({ id, frameworkId });
    if (!competence) throw new NotFoundError('Компетенция не найдена');
    return competence;
  }

  private async detail(framework: CompetenceFramework): Promise<FrameworkDetailDto> {
    const competences = await this.competences.find({ where: { frameworkId: framework.id }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return { ...FrameworkDto.from(framework), competences: competences.map(CompetenceDto.from) };
  }

  private async draftOf(manager: EntityManager, regionId: string | null): Promise<CompetenceFramework | null> {
    return manager
      .createQueryBuilder(CompetenceFramework, 'f')
      .where(regionId ? 'f.regionId = :regionId' : 'f.regionId IS NULL', { regionId })
      .andWhere('f.status = :draft', { draft: FrameworkStatus.DRAFT })
      .getOne();
  }

  private async nextVersion(manager: EntityManager, regionId: string | null): Promise<number> {
    const [{ max }] = await manager.query(
      `SELECT coalesce(max(version), 0) AS max FROM competence_framework WHERE region_id IS NOT DISTINCT FROM $1`,
      [regionId],
    );
    return Number(max) + 1;
  }

  /** Copies the tree, keeping codes, so the draft's competences are the same competences. */
  private async copyCompetences(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    await manager.query(
      `WITH copied AS (
         SELECT c.id AS old_id, gen_random_uuid() AS new_id, c.parent_id, c.code, c.name, c.area, c.sort_order
         FROM competence c WHERE c.framework_id = $1
       )
       INSERT INTO competence (id, framework_id, parent_id, code, name, area, sort_order)
       SELECT c.new_id, $2, p.new_id, c.code, c.name, c.area, c.sort_order
       FROM copied c LEFT JOIN copied p ON p.old_id = c.parent_id`,
      [fromId, toId],
    );
  }
}
