import { ParticipationRole } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { StaffMember } from '../staff-member.entity';
import { Event } from './event.entity';

/** A staff member's part in an event; placed with the staff member, so a school sees only its own. */
@Entity('event_participation')
@Index('ux_event_participation', ['eventId', 'staffMemberId', 'role'], { unique: true })
@Index('ix_event_participation_staff', ['staffMemberId'])
@Index('ix_event_participation_organization', ['organizationId'])
export class EventParticipation {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) eventId: string;
  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_participation_event' })
  event?: Relation<Event>;

  @Column({ type: 'uuid' }) staffMemberId: string;
  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'fk_event_participation_staff_member' })
  staffMember?: Relation<StaffMember>;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'varchar', length: 16 }) role: ParticipationRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
