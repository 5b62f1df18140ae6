import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { StaffMember } from './staff-member.entity';
import { Subject } from './subject.entity';

@Entity('staff_subject')
export class StaffSubject {
  @PrimaryColumn({ type: 'uuid' }) staffMemberId: string;
  @PrimaryColumn({ type: 'uuid' }) subjectId: string;

  @ManyToOne(() => StaffMember, (s) => s.subjects, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_staff_subject_staff_member' })
  staffMember?: Relation<StaffMember>;

  @ManyToOne(() => Subject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'fk_staff_subject_subject' })
  subject?: Subject;

  /** The education specialty matches this subject (образование по профилю). */
  @Column({ type: 'boolean', default: true }) profileMatch: boolean;
}
