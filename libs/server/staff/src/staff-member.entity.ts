import { EducationLevel, Employment, Gender, QualificationCategory } from '@sopr/shared';
import { Organization } from '@sopr/server-org-structure';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { StaffPosition } from './staff-position.entity';
import { StaffSubject } from './staff-subject.entity';

/**
 * One employment of a pedagogical worker in an organization. A person with a main and a part-time
 * job has two rows sharing the SNILS; indicators count the person once, at the main job.
 */
@Entity('staff_member')
// One per scope level: the list's default order (name, id) within the scope, with the dates of the
// status filter, so the page of ids and the count are index-only scans.
@Index('ix_staff_member_organization_name', ['organizationId', 'lastName', 'id', 'hiredOn', 'dismissedOn'])
@Index('ix_staff_member_municipality_name', ['municipalityId', 'lastName', 'id', 'hiredOn', 'dismissedOn'])
@Index('ix_staff_member_region_name', ['regionId', 'lastName', 'id', 'hiredOn', 'dismissedOn'])
@Index('ix_staff_member_snils', ['regionId', 'snils'])
@Index('ux_staff_member_external_id', ['regionId', 'externalId'], { unique: true, where: 'external_id IS NOT NULL' })
@Index('ux_staff_member_employment', ['organizationId', 'snils', 'employment'], { unique: true, where: 'dismissed_on IS NULL' })
export class StaffMember {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Placement: set by the server from the organization. */
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  @Column({ type: 'uuid' }) organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_staff_member_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 64, nullable: true }) externalId: string | null;
  /** 11 digits, checksum-validated. */
  @Column({ type: 'char', length: 11 }) snils: string;
  @Column({ type: 'varchar', length: 80 }) lastName: string;
  @Column({ type: 'varchar', length: 80 }) firstName: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) middleName: string | null;
  @Column({ type: 'varchar', length: 8 }) gender: Gender;
  @Column({ type: 'date' }) birthDate: string;
  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;

  @Column({ type: 'varchar', length: 24 }) educationLevel: EducationLevel;
  @Column({ type: 'varchar', length: 200, nullable: true }) educationSpecialty: string | null;
  /** Start of pedagogical experience. */
  @Column({ type: 'date' }) teachingSince: string;

  @Column({ type: 'varchar', length: 16, default: QualificationCategory.NONE }) category: QualificationCategory;
  @Column({ type: 'date', nullable: true }) categoryAssignedOn: string | null;

  @Column({ type: 'varchar', length: 16, default: Employment.MAIN }) employment: Employment;
  @Column({ type: 'date' }) hiredOn: string;
  @Column({ type: 'date', nullable: true }) dismissedOn: string | null;

  @Column({ type: 'boolean', default: false }) isTutor: boolean;
  @Column({ type: 'boolean', default: false }) isSupervisor: boolean;
  @Column({ type: 'boolean', default: false }) isExpert: boolean;

  @OneToMany(() => StaffPosition, (p) => p.staffMember, { cascade: true })
  positions?: StaffPosition[];

  @OneToMany(() => StaffSubject, (s) => s.staffMember, { cascade: true })
  subjects?: StaffSubject[];

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Index('ix_staff_member_updated_at')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
