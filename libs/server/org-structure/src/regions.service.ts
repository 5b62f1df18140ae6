import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Actor, AuditAction, AuditService, ConflictError, Page, PageQueryDto, ScopedRepository, diffFields, paginate } from '@sopr/server-core';
import { CreateRegionDto, RegionDto, UpdateRegionDto } from './dto/region.dto';
import { Region } from './region.entity';

@Injectable()
export class RegionsService {
  readonly regions: ScopedRepository<Region>;

  constructor(
    @InjectRepository(Region) repository: Repository<Region>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.regions = new ScopedRepository(repository, { region: 'id' }, 'Регион не найден');
  }

  list(actor: Actor, query: PageQueryDto): Promise<Page<RegionDto>> {
    const q = this.regions.query(actor);
    if (query.q) q.andWhere('e.name ILIKE :q', { q: `%${query.q}%` });
    return paginate(q, query, { name: 'e.name', code: 'e.code' }, 'name', RegionDto.from);
  }

  async get(actor: Actor, id: string): Promise<RegionDto> {
    return RegionDto.from(await this.regions.findOne(actor, id));
  }

  async create(actor: Actor, dto: CreateRegionDto): Promise<RegionDto> {
    await this.assertCodeFree(dto.code);
    return this.dataSource.transaction(async (manager) => {
      const region = await manager.save(manager.create(Region, dto));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'region', entityId: region.id, placement: { regionId: region.id, municipalityId: null, organizationId: null }, changes: diffFields(null, { ...dto }) });
      return RegionDto.from(region);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateRegionDto): Promise<RegionDto> {
    const region = await this.regions.findOne(actor, id);
    if (dto.code && dto.code !== region.code) await this.assertCodeFree(dto.code);
    const changes = diffFields(region as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(region, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'region', entityId: id, placement: { regionId: id, municipalityId: null, organizationId: null }, changes });
      return RegionDto.from(saved);
    });
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.regions.repository.existsBy({ code })) {
      throw new ConflictError('Регион с таким кодом уже существует', [{ field: 'code', message: 'Код уже занят' }]);
    }
  }
}
