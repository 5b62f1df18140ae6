import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ_SENSITIVE = 'READ_SENSITIVE',
}

/** Append-only: a database trigger refuses UPDATE and DELETE on this table. */
@Entity('audit_log')
@Index('ix_audit_log_region_time', ['regionId', 'occurredAt'])
@Index('ix_audit_log_municipality_time', ['municipalityId', 'occurredAt'])
@Index('ix_audit_log_organization_time', ['organizationId', 'occurredAt'])
@Index('ix_audit_log_entity', ['entity', 'entityId'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 16 })
  actorKind: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'varchar', length: 16 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;
}
