import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * When a municipality's monitoring runs by itself: a cron pattern, data and not code. A municipality
 * without a row follows the default (MONITORING_CRON).
 */
@Entity('monitoring_schedule')
export class MonitoringSchedule {
  @PrimaryColumn({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'varchar', length: 100 }) cron: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
