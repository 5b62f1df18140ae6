import { EventKind, EventLevel } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An event or contest (ПрофСреда, «Учитель года», школа молодого педагога…). Placed where it was
 * entered (region, municipality or school) and seen by every level below that place.
 */
@Entity('event')
@Index('ix_event_region_starts', ['regionId', 'startsOn'])
@Index('ix_event_municipality', ['municipalityId'])
@Index('ix_event_organization', ['organizationId'])
export class Event {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'varchar', length: 300 }) name: string;
  /** A series the indicators look for, e.g. «ПрофСреда». */
  @Column({ type: 'varchar', length: 120, nullable: true }) series: string | null;
  @Column({ type: 'varchar', length: 40 }) kind: EventKind;
  @Column({ type: 'varchar', length: 16 }) level: EventLevel;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date', nullable: true }) endsOn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
