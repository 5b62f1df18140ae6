import { ResultSource } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { DiagnosticProcedure } from '../procedures/diagnostic-procedure.entity';
import { DiagnosticScore } from './diagnostic-score.entity';

/** One staff member's result in one procedure; placed with the staff member. */
@Entity('diagnostic_result')
@Index('ux_diagnostic_result_staff', ['procedureId', 'staffMemberId'], { unique: true })
@Index('ix_diagnostic_result_staff_taken', ['staffMemberId', 'takenOn'])
@Index('ix_diagnostic_result_organization', ['organizationId'])
@Index('ix_diagnostic_result_municipality_taken', ['municipalityId', 'takenOn'])
export class DiagnosticResult {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) procedureId: string;
  @ManyToOne(() => DiagnosticProcedure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'fk_diagnostic_result_procedure' })
  procedure?: Relation<DiagnosticProcedure>;

  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_diagnostic_result_staff_member' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'date' }) takenOn: string;
  @Column({ type: 'varchar', length: 16 }) source: ResultSource;

  @OneToMany(() => DiagnosticScore, (s) => s.result, { cascade: true })
  scores?: DiagnosticScore[];

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
