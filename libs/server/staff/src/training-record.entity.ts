import { TrainingKind } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { StaffMember } from './staff-member.entity';

@Entity('training_record')
@Index('ix_training_record_staff_completed', ['staffMemberId', 'completedOn'])
@Index('ix_training_record_organization', ['organizationId'])
@Index('ux_training_record_external_id', ['regionId', 'externalId'], { unique: true, where: 'external_id IS NOT NULL' })
export class TrainingRecord {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_training_record_staff_member' })
  staffMember?: Relation<StaffMember>;

  /** Placement copied from the staff member, so scoped reads need no join. */
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;

  @Column({ type: 'varchar', length: 16 }) kind: TrainingKind;
  @Column({ type: 'varchar', length: 300 }) programName: string;
  @Column({ type: 'varchar', length: 300 }) provider: string;
  @Column({ type: 'smallint' }) hours: number;
  @Column({ type: 'date' }) startedOn: string;
  @Column({ type: 'date', nullable: true }) completedOn: string | null;
  @Column({ type: 'boolean', default: false }) isCnppm: boolean;
  @Column({ type: 'boolean', default: false }) isFederalRegistry: boolean;
  @Column({ type: 'boolean', default: false }) isIct: boolean;
  @Column({ type: 'varchar', length: 100, nullable: true }) certificateNumber: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) externalId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
