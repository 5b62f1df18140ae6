import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, Page, Placement, ScopedRepository, assertPlacementInScope, diffFields, paginate,
} from '@sopr/server-core';
import { CreateOrganizationDto, OrganizationDto, OrganizationQueryDto, UpdateOrganizationDto } from './dto/organization.dto';
import { MunicipalitiesService } from './municipalities.service';
import { Organization } from './organization.entity';

export const placementOfOrganization = (o: Pick<Organization, 'id' | 'regionId' | 'municipalityId'>): Placement => ({
  regionId: o.regionId,
  municipalityId: o.municipalityId,
  organizationId: o.id,
});

@Injectable()
export class OrganizationsService {
  readonly organizations: ScopedRepository<Organization>;

  constructor(
    @InjectRepository(Organization) repository: Repository<Organization>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {
    this.organizations = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', organization: 'id' }, 'Организация не найдена');
  }

  list(actor: Actor, query: OrganizationQueryDto): Promise<Page<OrganizationDto>> {
    const q = this.organizations.query(actor);
    if (query.municipalityId) q.andWhere('e.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.kind) q.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.active !== undefined) q.andWhere('e.active = :active', { active: query.active });
    if (query.q) q.andWhere('(e.name ILIKE :q OR e.shortName ILIKE :q)', { q: `%${query.q}%` });
    return paginate(q, query, { name: 'e.name', kind: 'e.kind', createdAt: 'e.createdAt' }, 'name', OrganizationDto.from);
  }

  async get(actor: Actor, id: string): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.findOne(actor, id));
  }

  async create(actor: Actor, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    const municipality = await this.municipalities.municipalities.findOne(actor, dto.municipalityId);
    assertPlacementInScope(actor, { regionId: municipality.regionId, municipalityId: municipality.id, organizationId: null }, 'Муниципалитет не найден');
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Organization, {
          regionId: municipality.regionId, municipalityId: municipality.id, name: dto.name, shortName: dto.shortName ?? null,
          kind: dto.kind, inn: dto.inn ?? null, address: dto.address ?? null, externalId: dto.externalId ?? null, active: true,
        }),
      );
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'organization', entityId: saved.id, placement: placementOfOrganization(saved), changes: diffFields(null, { ...dto }) });
      return OrganizationDto.from(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    const organization = await this.findWritable(actor, id);
    const changes = diffFields(organization as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(organization, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'organization', entityId: id, placement: placementOfOrganization(saved), changes });
      return OrganizationDto.from(saved);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const organization = await this.findWritable(actor, id);
    // Users and (later) staff reference the organization with RESTRICT foreign keys: deleting a used
    // one fails with 409, and the UI offers to deactivate it instead.
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Organization, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'organization', entityId: id, placement: placementOfOrganization(organization), changes: null });
    });
  }

  private async findWritable(actor: Actor, id: string): Promise<Organization> {
    const organization = await this.organizations.findOne(actor, id);
    assertPlacementInScope(actor, placementOfOrganization(organization), 'Организация не найдена');
    return organization;
  }
}
