import { Role } from '@sopr/shared';
import { Municipality, Organization, Region } from '@sopr/server-org-structure';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
@Index('ix_app_user_region', ['regionId'])
@Index('ix_app_user_municipality', ['municipalityId'])
@Index('ix_app_user_organization', ['organizationId'])
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Stored lower-case; unique. */
  @Index('ux_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 }) passwordHash: string;
  @Column({ type: 'varchar', length: 200 }) fullName: string;
  @Column({ type: 'varchar', length: 32 }) role: Role;

  /** Place in the hierarchy; set by the server from the most specific id given. */
  @Column({ type: 'uuid', nullable: true }) regionId: string | null;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_app_user_region' })
  region?: Region;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_app_user_municipality' })
  municipality?: Municipality;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_app_user_organization' })
  organization?: Organization;

  /** A teacher's own staff record (the staff registry links it). */
  @Column({ type: 'uuid', nullable: true }) staffMemberId: string | null;

  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
