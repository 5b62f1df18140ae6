import { ResultSource } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { DiagnosticProcedure } from '../procedures/diagnostic-procedure.entity';

/** Competence id → score (two decimals), for the competences the result assessed. */
export type ResultScores = Record<string, number>;

/**
 * One staff member's result in one procedure, with its scores; placed with the staff member. Ids
 * are time-ordered (`uuid_v7()`), so a bulk write appends to the indexes instead of probing them.
 */
@Entity('diagnostic_result')
@Index('ux_diagnostic_result_staff', ['procedureId', 'staffMemberId'], { unique: true })
@Index('ix_diagnostic_result_staff_taken', ['staffMemberId', 'takenOn'])
@Index('ix_diagnostic_result_organization', ['organizationId'])
@Index('ix_diagnostic_result_municipality_taken', ['municipalityId', 'takenOn'])
export class DiagnosticResult {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuid_v7()' }) id: string;

  @Column({ type: 'uuid' }) procedureId: string;
  // Both keys are checked once per statement by triggers (migrations ResultKeysCheckedPerStatement1795450000001 and
  // KeysCheckedWithoutRowLocks1795450000002: no row locks, a deletion waits for the writers instead):
  // a procedure with results cannot be deleted, a staff member's results go with him.
  @ManyToOne(() => DiagnosticProcedure, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: Relation<DiagnosticProcedure>;

  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'staff_member_id' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'date' }) takenOn: string;
  @Column({ type: 'varchar', length: 16 }) source: ResultSource;

  /** A result's scores are read and written together, so they are kept in it rather than a row each. */
  @Column({ type: 'jsonb' }) scores: ResultScores;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
