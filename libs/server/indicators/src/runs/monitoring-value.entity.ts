import { IndicatorBreakdown, IndicatorLevel, TargetStatus } from '@sopr/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MonitoringRun } from './monitoring-run.entity';

/**
 * One indicator's value at one place in a run (an organization, the municipality, or the region for
 * a region run), as a whole or for one key of a breakdown, with its parts, its target and the
 * change since the previous run.
 */
@Entity('monitoring_value')
@Index('ix_monitoring_value_run_level_code', ['runId', 'level', 'indicatorCode'])
export class MonitoringValue {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) runId: string;
  /** No foreign key: the rule is checked once per statement by triggers (migration MonitoringValueRunCheckedPerStatement). */
  @ManyToOne(() => MonitoringRun, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'run_id' })
  run?: MonitoringRun;
  @Column({ type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ type: 'varchar', length: 16 }) level: IndicatorLevel;
  @Column({ type: 'uuid' }) regionId: string;
  /** Null at region level. */
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** Null for the indicator as a whole. */
  @Column({ type: 'varchar', length: 24, nullable: true }) breakdown: IndicatorBreakdown | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) breakdownKey: string | null;
  /** The key's name when the run was computed (a subject, a competence of that framework version…). */
  @Column({ type: 'varchar', length: 300, nullable: true }) breakdownName: string | null;
  @Column({ type: 'integer' }) numerator: number;
  @Column({ type: 'integer', nullable: true }) denominator: number | null;
  @Column({ type: 'numeric', precision: 12, scale: 4, nullable: true }) value: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true }) target: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) status: TargetStatus | null;
  /** The same indicator at the same place in the previous done run of the municipality (the region). */
  @Column({ type: 'numeric', precision: 12, scale: 4, nullable: true }) previousValue: string | null;
}
