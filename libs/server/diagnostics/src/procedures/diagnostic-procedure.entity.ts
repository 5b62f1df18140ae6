import { ProcedureKind } from '@sopr/shared';
import { Subject } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { CompetenceFramework } from '../framework/competence-framework.entity';

/**
 * Which column of a results file holds what, by header text: saved per procedure, since one
 * platform exports the same layout every time. A row names its teacher by external id, else SNILS,
 * else full name with birth date.
 */
export interface ResultColumnMapping {
  externalId?: string | null;
  snils?: string | null;
  /** One column with the whole name, as many platforms write it; or the three below. */
  fullName?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  birthDate?: string | null;
  /** Date the diagnostics was taken; rows without it take `defaultTakenOn`. */
  takenOn?: string | null;
  defaultTakenOn?: string | null;
  /** Score columns, one per competence. */
  scores: { competenceCode: string; column: string }[];
}

/**
 * A diagnostic procedure (a campaign): placed at its organizer's level (region, municipality or
 * school) and seen by every level below, like an event.
 */
@Entity('diagnostic_procedure')
@Index('ix_diagnostic_procedure_region_starts', ['regionId', 'startsOn'])
@Index('ix_diagnostic_procedure_municipality', ['municipalityId'])
@Index('ix_diagnostic_procedure_organization', ['organizationId'])
export class DiagnosticProcedure {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;

  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'varchar', length: 24 }) kind: ProcedureKind;

  @Column({ type: 'uuid', nullable: true }) subjectId: string | null;
  @ManyToOne(() => Subject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'fk_diagnostic_procedure_subject' })
  subject?: Relation<Subject>;

  /** The framework version whose competences the procedure assesses (frozen with it). */
  @Column({ type: 'uuid' }) frameworkId: string;
  @ManyToOne(() => CompetenceFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_diagnostic_procedure_framework' })
  framework?: Relation<CompetenceFramework>;

  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date', nullable: true }) endsOn: string | null;
  @Column({ type: 'numeric', precision: 8, scale: 2 }) scaleMin: string;
  @Column({ type: 'numeric', precision: 8, scale: 2 }) scaleMax: string;
  /** A score under the threshold makes the competence a deficit. */
  @Column({ type: 'numeric', precision: 8, scale: 2 }) threshold: string;
  /** Conducted by ЦНППМ. */
  @Column({ type: 'boolean', default: false }) isCnppm: boolean;
  @Column({ type: 'jsonb', nullable: true }) columnMapping: ResultColumnMapping | null;
  /** Set on the self-diagnostics procedures the system opens per school year. */
  @Column({ type: 'uuid', nullable: true }) questionnaireId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
