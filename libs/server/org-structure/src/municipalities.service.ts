import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, ConflictError, Page, Placement, ScopedRepository, assertPlacementInScope, diffFields, paginate,
} from '@sopr/server-core';
import { CreateMunicipalityDto, MunicipalityDto, MunicipalityQueryDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { Municipality } from './municipality.entity';
import { Organization } from './organization.entity';
import { RegionsService } from './regions.service';

const placementOf = (m: Pick<Municipality, 'id' | 'regionId'>): Placement => ({ regionId: m.regionId, municipalityId: m.id, organizationId: null });

@Injectable()
export class MunicipalitiesService {
  readonly municipalities: ScopedRepository<Municipality>;

  constructor(
    @InjectRepository(Municipality) repository: Repository<Municipality>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {
    this.municipalities = new ScopedRepository(repository, { region: 'regionId', municipality: 'id' }, 'Муниципалитет не найден');
  }

  list(actor: Actor, query: MunicipalityQueryDto): Promise<Page<MunicipalityDto>> {
    const q = this.municipalities.query(actor);
    if (query.regionId) q.andWhere('e.regionId = :regionId', { regionId: query.regionId });
    if (query.q) q.andWhere('e.name ILIKE :q', { q: `%${query.q}%` });
    return paginate(q, query, { name: 'e.name' }, 'name', MunicipalityDto.from);
  }

  async get(actor: Actor, id: string): Promise<MunicipalityDto> {
    return MunicipalityDto.from(await this.municipalities.findOne(actor, id));
  }

  async create(actor: Actor, dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    const region = await this.regions.regions.findOne(actor, dto.regionId);
    assertPlacementInScope(actor, { regionId: region.id, municipalityId: null, organizationId: null }, 'Регион не найден');
    await this.assertNameFree(region.id, dto.name);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(Municipality, { regionId: region.id, name: dto.name, oktmo: dto.oktmo ?? null }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'municipality', entityId: saved.id, placement: placementOf(saved), changes: diffFields(null, { ...dto }) });
      return MunicipalityDto.from(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    const municipality = await this.findWritable(actor, id);
    if (dto.name && dto.name !== municipality.name) await this.assertNameFree(municipality.regionId, dto.name);
    const changes = diffFields(municipality as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(municipality, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'municipality', entityId: id, placement: placementOf(saved), changes });
      return MunicipalityDto.from(saved);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const municipality = await this.findWritable(actor, id);
    if (await this.dataSource.getRepository(Organization).existsBy({ municipalityId: id })) {
      throw new ConflictError('Нельзя удалить муниципалитет, в котором есть организации');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Municipality, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'municipality', entityId: id, placement: placementOf(municipality), changes: null });
    });
  }

  private async findWritable(actor: Actor, id: string): Promise<Municipality> {
    const municipality = await this.municipalities.findOne(actor, id);
    assertPlacementInScope(actor, placementOf(municipality), 'Муниципалитет не найден');
    return municipality;
  }

  private async assertNameFree(regionId: string, name: string): Promise<void> {
    if (await this.municipalities.repository.existsBy({ regionId, name })) {
      throw new ConflictError('Муниципалитет с таким названием уже есть в регионе', [{ field: 'name', message: 'Название уже занято' }]);
    }
  }
}
