import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/decorators';
import { Permission } from '../access/permission';
import { ScopedRepository } from '../access/scope';
import { ApiPageResponse, Page, paginate } from '../pagination/page';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditLogEntryDto, AuditLogQueryDto } from './audit-log.dto';

@ApiTags('audit')
@Controller('audit-log')
export class AuditLogController {
  private readonly entries: ScopedRepository<AuditLogEntry>;

  constructor(@InjectRepository(AuditLogEntry) repository: Repository<AuditLogEntry>) {
    this.entries = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId' });
  }

  @Get()
  @Authenticated({ permission: Permission.AUDIT_READ })
  @ApiOperation({ operationId: 'listAuditLog', summary: 'Журнал изменений в пределах области доступа' })
  @ApiPageResponse(AuditLogEntryDto)
  async list(@CurrentActor() actor: Actor, @Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntryDto>> {
    const q = this.entries.query(actor);
    if (query.entity) q.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.entityId) q.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) q.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.action) q.andWhere('e.action = :action', { action: query.action });
    if (query.from) q.andWhere('e.occurredAt >= :from::date', { from: query.from });
    if (query.to) q.andWhere(`e.occurredAt < (:to::date + interval '1 day')`, { to: query.to });
    return paginate(q, query, { occurredAt: 'e.occurredAt', entity: 'e.entity', action: 'e.action' }, '-occurredAt', AuditLogEntryDto.from);
  }
}
