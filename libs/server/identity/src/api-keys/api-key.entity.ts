import { Municipality, Region } from '@sopr/server-org-structure';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A service account of a regional portal (role INTEGRATION), scoped to a region or a municipality. */
@Entity('api_key')
@Index('ix_api_key_region', ['regionId'])
@Index('ix_api_key_municipality', ['municipalityId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  /** Public part of the key, used to find the row. */
  @Index('ux_api_key_prefix', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the secret part (high-entropy, so a fast hash is enough). */
  @Column({ type: 'char', length: 64 }) keyHash: string;

  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_api_key_region' })
  region?: Region;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_api_key_municipality' })
  municipality?: Municipality;

  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
}
