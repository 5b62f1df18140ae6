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

@Injectable()
export class AuditService {
  /** Written in the caller's transaction, so a change and its audit entry commit together. */
  async record(manager: EntityManager, actor: Actor, event: AuditEvent): Promise<void> {
    await manager.save(AuditLogEntry, {
      actorKind: actor.kind,
      actorId: actor.id,
      actorRole: actor.role,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      changes: event.changes && Object.keys(event.changes).length > 0 ? event.changes : null,
      ip: actor.ip,
      regionId: event.placement.regionId,
      municipalityId: event.placement.municipalityId,
      organizationId: event.placement.organizationId,
    });
  }
}
