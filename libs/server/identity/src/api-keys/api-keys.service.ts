import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, Page, PageQueryDto, Placement, ScopedRepository, assertPlacementInScope, diffFields, fieldError, paginate,
} from '@sopr/server-core';
import { MunicipalitiesService, RegionsService } from '@sopr/server-org-structure';
import { Role } from '@sopr/shared';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from '../dto/api-key.dto';
import { randomToken, sameHash, sha256 } from '../auth/secrets';
import { ApiKey } from './api-key.entity';

const KEY_PATTERN = /^sopr_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;
const placementOf = (key: Pick<ApiKey, 'regionId' | 'municipalityId'>): Placement => ({ regionId: key.regionId, municipalityId: key.municipalityId, organizationId: null });

@Injectable()
export class ApiKeysService {
  private readonly keys: ScopedRepository<ApiKey>;

  constructor(
    @InjectRepository(ApiKey) repository: Repository<ApiKey>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {
    this.keys = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId' }, 'Ключ API не найден');
  }

  /** Returns the actor of a valid, unrevoked key, or null. */
  async authenticate(key: string, ip: string): Promise<Actor | null> {
    const match = KEY_PATTERN.exec(key);
    if (!match) return null;
    const row = await this.keys.repository.findOneBy({ prefix: match[1] });
    if (!row || row.revokedAt || !sameHash(row.keyHash, sha256(match[2]))) return null;
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      await this.keys.repository.update({ id: row.id }, { lastUsedAt: new Date() });
    }
    return { kind: 'apiKey', id: row.id, role: Role.INTEGRATION, regionId: row.regionId, municipalityId: row.municipalityId, organizationId: null, staffMemberId: null, ip };
  }

  list(actor: Actor, query: PageQueryDto): Promise<Page<ApiKeyDto>> {
    const q = this.keys.query(actor);
    if (query.q) q.andWhere('e.name ILIKE :q', { q: `%${query.q}%` });
    return paginate(q, query, { name: 'e.name', createdAt: 'e.createdAt' }, '-createdAt', ApiKeyDto.from);
  }

  async create(actor: Actor, dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const placement = await this.placementFor(actor, dto);
    assertPlacementInScope(actor, placement);
    const prefix = randomToken(16).toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 10).padEnd(10, '0');
    const secret = randomToken(32);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ApiKey, {
        name: dto.name, prefix, keyHash: sha256(secret), regionId: placement.regionId!, municipalityId: placement.municipalityId,
        createdById: actor.kind === 'user' ? actor.id : null,
      }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'apiKey', entityId: saved.id, placement, changes: diffFields(null, { ...dto }) });
      return { ...ApiKeyDto.from(saved), key: `sopr_${prefix}_${secret}` };
    });
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const key = await this.keys.findOne(actor, id);
    assertPlacementInScope(actor, placementOf(key), 'Ключ API не найден');
    if (key.revokedAt) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ApiKey, { id }, { revokedAt: new Date() });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'apiKey', entityId: id, placement: placementOf(key), changes: null });
    });
  }

  private async placementFor(actor: Actor, dto: CreateApiKeyDto): Promise<Placement> {
    if (dto.municipalityId) {
      const municipality = await this.municipalities.municipalities.findOne(actor, dto.municipalityId);
      if (dto.regionId && dto.regionId !== municipality.regionId) throw fieldError('regionId', 'Муниципалитет не относится к этому региону');
      return { regionId: municipality.regionId, municipalityId: municipality.id, organizationId: null };
    }
    if (dto.regionId) {
      const region = await this.regions.regions.findOne(actor, dto.regionId);
      return { regionId: region.id, municipalityId: null, organizationId: null };
    }
    throw fieldError('municipalityId', 'Укажите регион или муниципалитет, к данным которого будет доступ у ключа');
  }
}
