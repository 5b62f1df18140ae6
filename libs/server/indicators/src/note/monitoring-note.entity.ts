import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MonitoringRun } from '../runs/monitoring-run.entity';

/** The analytical note of a run, written by the worker once its recommendations are issued. */
@Entity('monitoring_note')
export class MonitoringNote {
  @PrimaryColumn({ type: 'uuid' }) runId: string;
  @OneToOne(() => MonitoringRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_monitoring_note_run' })
  run?: MonitoringRun;
  @Column({ type: 'bytea' }) docx: Buffer;
  @Column({ type: 'bytea' }) pdf: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
