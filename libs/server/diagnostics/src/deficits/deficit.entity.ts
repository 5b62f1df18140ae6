import { DeficitStatus, ProcedureKind } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { DiagnosticResult } from '../results/diagnostic-result.entity';

/**
 * One episode of a professional deficit: derived from results, never typed. Opened by a result
 * under the threshold, closed by the first later result that clears it; closed episodes stay as
 * history. `routeItemId` is set by the ИОМ module when a route item targets the deficit.
 */
@Entity('deficit')
@Index('ux_deficit_episode', ['staffMemberId', 'competenceCode', 'openedByResultId'], { unique: true })
// (municipality_id, competence_code) INCLUDE (staff_member_id, opened_on, closed_on, procedure_kind): the
// bank of difficulties reads a municipality's open deficits from the index alone. TypeORM cannot express
// INCLUDE, so the migration DeficitBankIndex1795420000000 keeps it and the schema sync leaves it be.
@Index('ix_deficit_municipality_competence', { synchronize: false })
@Index('ix_deficit_organization', ['organizationId'])
@Index('ix_deficit_opened_by', ['openedByResultId'])
// Only closed episodes: an open one (most of a fresh import's) adds nothing to it; a result's deletion still finds what it closed.
@Index('ix_deficit_closed_by', ['closedByResultId'], { where: '"closed_by_result_id" IS NOT NULL' })
export class Deficit {
  /** Time-ordered, as a result's id. */
  @PrimaryColumn({ type: 'uuid', default: () => 'uuid_v7()' }) id: string;

  /**
   * The opening result's staff member. No key of its own: the episode goes with its opening result
   * (key below), and the result with its staff member; a key here cost a locked staff row per episode.
   */
  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'staff_member_id' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;

  /** Stable across framework versions. */
  @Column({ type: 'varchar', length: 40 }) competenceCode: string;
  /** The competence as the opening result assessed it. */
  @Column({ type: 'uuid' }) competenceId: string;

  /**
   * Checked once per statement, without locking the result: a result's deletion waits for the
   * episodes' writers and takes its episodes with it (migration KeysCheckedWithoutRowLocks1795450000002).
   */
  @Column({ type: 'uuid' }) openedByResultId: string;
  @ManyToOne(() => DiagnosticResult, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'opened_by_result_id' })
  openedByResult?: Relation<DiagnosticResult>;
  @Column({ type: 'date' }) openedOn: string;
  /** Kind of the procedure that found it (the bank of difficulties filters by it). */
  @Column({ type: 'varchar', length: 24 }) procedureKind: ProcedureKind;

  @Column({ type: 'varchar', length: 16 }) status: DeficitStatus;
  @Column({ type: 'uuid', nullable: true }) routeItemId: string | null;

  @Column({ type: 'uuid', nullable: true }) closedByResultId: string | null;
  @ManyToOne(() => DiagnosticResult, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by_result_id', foreignKeyConstraintName: 'fk_deficit_closed_by_result' })
  closedByResult?: Relation<DiagnosticResult>;
  @Column({ type: 'date', nullable: true }) closedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
