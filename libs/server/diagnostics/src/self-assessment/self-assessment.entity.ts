import { SelfAssessmentStatus } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Questionnaire } from './questionnaire.entity';

/** A teacher's filling of the questionnaire: saved as a draft, submitted into a result of kind SELF. */
@Entity('self_assessment')
@Index('ux_self_assessment_draft', ['staffMemberId'], { unique: true, where: `status = 'DRAFT'` })
@Index('ix_self_assessment_staff', ['staffMemberId', 'createdAt'])
export class SelfAssessment {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_self_assessment_staff_member' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'uuid' }) questionnaireId: string;
  @ManyToOne(() => Questionnaire, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_id', foreignKeyConstraintName: 'fk_self_assessment_questionnaire' })
  questionnaire?: Relation<Questionnaire>;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'varchar', length: 16 }) status: SelfAssessmentStatus;
  /** Item code → answer on the questionnaire's scale. */
  @Column({ type: 'jsonb' }) answers: Record<string, number>;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) resultId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
