import { MonitoringRunStatus } from '@sopr/shared';
import type { Actor } from '@sopr/server-core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A monitoring run: every indicator of a municipality for a period as of a date, computed by the
 * worker and kept for ever (a later run is a new run). Its values become visible only when it is
 * done: they are written in the same transaction that marks it so.
 *
 * A region run (no municipality) fans out into one run per municipality of the region (its
 * children, `parentRunId`), and rolls their values up into the region's once all are done.
 */
@Entity('monitoring_run')
@Index('ix_monitoring_run_municipality_as_of', ['municipalityId', 'asOf'])
@Index('ix_monitoring_run_region_created', ['regionId', 'createdAt'])
@Index('ix_monitoring_run_parent', ['parentRunId'])
export class MonitoringRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) regionId: string;
  /** Null for a region run. */
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  /** The region run this municipality's run is part of. */
  @Column({ type: 'uuid', nullable: true }) parentRunId: string | null;
  @ManyToOne(() => MonitoringRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_run_id', foreignKeyConstraintName: 'fk_monitoring_run_parent' })
  parentRun?: MonitoringRun;
  @Column({ type: 'date' }) periodFrom: string;
  @Column({ type: 'date' }) asOf: string;
  @Column({ type: 'varchar', length: 16 }) status: MonitoringRunStatus;
  /** Who started it; null when the schedule did. Ids and role only. */
  @Column({ type: 'jsonb', nullable: true }) requestedBy: Actor | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) failure: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
