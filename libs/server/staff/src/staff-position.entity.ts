import { PositionCode } from '@sopr/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { StaffMember } from './staff-member.entity';

@Entity('staff_position')
export class StaffPosition {
  @PrimaryColumn({ type: 'uuid' }) staffMemberId: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) position: PositionCode;

  @ManyToOne(() => StaffMember, (s) => s.positions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_staff_position_staff_member' })
  staffMember?: Relation<StaffMember>;

  /** Weekly load in hours (ставка учителя — 18 часов). */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) weeklyHours: string | null;
}
