import { MonitoringRunStatus } from '@sopr/shared';
import type { Actor } from '@sopr/server-core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A monitoring run: every indicator of a municipality for a period as of a date, computed by the
 * worker and kept for ever (a later run is a new run). Its values become visible only when it is
 * done: they are written in the same transaction that marks it so.
 */
@Entity('monitoring_run')
@Index('ix_monitoring_run_municipality_as_of', ['municipalityId', 'asOf'])
@Index('ix_monitoring_run_region_created', ['regionId', 'createdAt'])
export class MonitoringRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
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
