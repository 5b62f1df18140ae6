import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Actor, AuditAction, AuditService, BadRequestError, FieldError, ScopedRepository, assertPlacementInScope } from '@sopr/server-core';
import { MunicipalitiesService } from '@sopr/server-org-structure';
import { IndicatorUnit } from '@sopr/shared';
import { indicatorByCode } from '../catalogue/catalogue';
import { IndicatorTarget } from './indicator-target.entity';
import { IndicatorTargetDto, IndicatorTargetQueryDto, PutIndicatorTargetDto } from './indicator-target.dto';

const toDto = (t: IndicatorTarget): IndicatorTargetDto => ({
  id: t.id, indicatorCode: t.indicatorCode, regionId: t.regionId, municipalityId: t.municipalityId, year: t.year, value: Number(t.value),
});

/** What a target may be for an indicator of this unit; null when it fits. */
export function targetValueProblem(unit: IndicatorUnit, value: number): string | null {
  if (unit === IndicatorUnit.SHARE && (value < 0 || value > 100)) return 'Цель для доли — от 0 до 100 %';
  if (unit === IndicatorUnit.YES_NO && value !== 0 && value !== 1) return 'Цель «да/нет» — 1 (да) или 0 (нет)';
  if (value < 0) return 'Цель не может быть отрицательной';
  return null;
}

/** A target to write: an indicator's value for a place (a municipality, or the whole region) and a year. */
export interface TargetWrite {
  indicatorCode: string;
  regionId: string;
  municipalityId: string | null;
  year: number;
  value: number;
}

/**
 * Creates the target or replaces its value (`existing`: the place's target of that indicator and
 * year, if any), with its audit entry; `source` says where the value came from when not typed in.
 */
export async function writeTarget(manager: EntityManager, audit: AuditService, actor: Actor, target: TargetWrite, existing: IndicatorTarget | null, source?: string): Promise<IndicatorTarget> {
  const placeId = target.municipalityId ?? target.regionId;
  const saved = await manager.save(Object.assign(existing ?? manager.create(IndicatorTarget, {
    indicatorCode: target.indicatorCode, regionId: target.regionId, municipalityId: target.municipalityId, placeId, year: target.year,
  }), { value: String(target.value) }));
  await audit.record(manager, actor, {
    action: existing ? AuditAction.UPDATE : AuditAction.CREATE, entity: 'indicatorTarget', entityId: saved.id,
    placement: { regionId: target.regionId, municipalityId: target.municipalityId, organizationId: null },
    changes: { value: { from: existing ? Number(existing.value) : null, to: target.value }, ...(source ? { source: { from: null, to: source } } : {}) },
  });
  return saved;
}

/** Yearly targets of indicators: a municipality's own, or its region's for every municipality without one. */
@Injectable()
export class IndicatorTargetsService {
  private readonly targets: ScopedRepository<IndicatorTarget>;

  constructor(
    @InjectRepository(IndicatorTarget) private readonly repository: Repository<IndicatorTarget>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {
    this.targets = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', sharedDownward: true }, 'Цель не найдена');
  }

  async list(actor: Actor, query: IndicatorTargetQueryDto): Promise<IndicatorTargetDto[]> {
    const q = this.targets.query(actor).orderBy('e.year', 'DESC').addOrderBy('e.indicatorCode').addOrderBy('e.municipalityId', 'ASC', 'NULLS FIRST');
    if (query.year) q.andWhere('e.year = :year', { year: query.year });
    if (query.municipalityId) q.andWhere('(e.municipalityId = :municipalityId OR e.municipalityId IS NULL)', { municipalityId: query.municipalityId });
    return (await q.getMany()).map(toDto);
  }

  /** Sets (creates or replaces) the target of an indicator for a municipality or a region and a year. */
  async put(actor: Actor, dto: PutIndicatorTargetDto): Promise<IndicatorTargetDto> {
    const definition = indicatorByCode(dto.indicatorCode);
    const errors: FieldError[] = [];
    if (!definition) errors.push({ field: 'indicatorCode', message: `Показателя с кодом ${dto.indicatorCode} нет в каталоге` });
    const problem = definition && targetValueProblem(definition.unit, dto.value);
    if (problem) errors.push({ field: 'value', message: problem });
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
    const municipality = dto.municipalityId ? await this.municipalities.municipalities.findOne(actor, dto.municipalityId) : null;
    const regionId = municipality?.regionId ?? dto.regionId ?? actor.regionId;
    if (!regionId) throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'regionId', message: 'Укажите регион или муниципалитет' }]);
    const place = { regionId, municipalityId: municipality?.id ?? null };
    // A region-wide target is the region's to set; a municipality's, the municipality's or the region's.
    assertPlacementInScope(actor, { regionId: place.regionId, municipalityId: place.municipalityId, organizationId: null }, 'Регион не найден');
    const placeId = place.municipalityId ?? place.regionId;
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(IndicatorTarget, { indicatorCode: dto.indicatorCode, placeId, year: dto.year });
      return toDto(await writeTarget(manager, this.audit, actor, { indicatorCode: dto.indicatorCode, year: dto.year, value: dto.value, ...place }, existing));
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const target = await this.targets.findOne(actor, id);
    const placement = { regionId: target.regionId, municipalityId: target.municipalityId, organizationId: null };
    // Seen is not writable: a municipality reads its region's targets but does not remove them.
    assertPlacementInScope(actor, placement, 'Цель не найдена');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(IndicatorTarget, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'indicatorTarget', entityId: id, placement, changes: null });
    });
  }
}
