import { OrganizationKind } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

@Entity('organization')
@Index('ix_organization_municipality', ['municipalityId'])
@Index('ix_organization_region', ['regionId'])
@Index('ux_organization_external_id', ['regionId', 'externalId'], { unique: true, where: 'external_id IS NOT NULL' })
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Set by the server from the municipality, never by the client. */
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_organization_municipality' })
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'varchar', length: 120, nullable: true }) shortName: string | null;
  @Column({ type: 'varchar', length: 24 }) kind: OrganizationKind;
  @Column({ type: 'varchar', length: 12, nullable: true }) inn: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) externalId: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
