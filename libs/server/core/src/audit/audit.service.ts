import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Placement } from '../access/actor';
import { AuditAction, AuditLogEntry } from './audit-log-entry.entity';

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Fields never written to the audit log, even as changed. */
const SECRET_FIELDS = new Set(['passwordHash', 'keyHash', 'tokenHash']);

/** The changed fields between two snapshots of a record (only the fields `after` gives a value). */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, to] of Object.entries(after)) {
    if (SECRET_FIELDS.has(field) || to === undefined) continue;
    const from = before ? before[field] : null;
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : JSON.stringify(from) === JSON.stringify(to);
    if (!same) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

export interface AuditEvent {
  action: AuditAction;
  entity: string;
  entityId: string;
  placement: Placement;
  changes?: Changes | null;
}

/** Who did it, as the audit log stores it; also used by set-based writers that insert many entries in one statement. */
export function auditActorColumns(actor: Actor): Pick<AuditLogEntry, 'actorKind' | 'actorId' | 'actorRole' | 'ip'> {
  return { actorKind: actor.kind, actorId: actor.id, actorRole: actor.role, ip: actor.ip };
}

@Injectable()
export class AuditService {
  /** Written in the caller's transaction, so a change and its audit entry commit together. */
  async record(manager: EntityManager, actor: Actor, event: AuditEvent): Promise<void> {
    await manager.save(AuditLogEntry, {
      ...auditActorColumns(actor),
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      changes: event.changes && Object.keys(event.changes).length > 0 ? event.changes : null,
      regionId: event.placement.regionId,
      municipalityId: event.placement.municipalityId,
      organizationId: event.placement.organizationId,
    });
  }
}
