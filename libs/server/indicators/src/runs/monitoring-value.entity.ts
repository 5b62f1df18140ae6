import { IndicatorLevel, TargetStatus } from '@sopr/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MonitoringRun } from './monitoring-run.entity';

/** One indicator's value at one place in a run, with its parts, its target and the change since the previous run. */
@Entity('monitoring_value')
@Index('ix_monitoring_value_run_level_code', ['runId', 'level', 'indicatorCode'])
@Index('ix_monitoring_value_run_organization', ['runId', 'organizationId'])
export class MonitoringValue {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) runId: string;
  @ManyToOne(() => MonitoringRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_monitoring_value_run' })
  run?: MonitoringRun;
  @Column({ type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ type: 'varchar', length: 16 }) level: IndicatorLevel;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'integer' }) numerator: number;
  @Column({ type: 'integer', nullable: true }) denominator: number | null;
  @Column({ type: 'numeric', precision: 12, scale: 4, nullable: true }) value: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true }) target: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) status: TargetStatus | null;
  /** The same indicator at the same place in the previous done run of the municipality. */
  @Column({ type: 'numeric', precision: 12, scale: 4, nullable: true }) previousValue: string | null;
}
