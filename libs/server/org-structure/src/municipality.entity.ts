import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Region } from './region.entity';

@Entity('municipality')
@Index('ux_municipality_region_name', ['regionId', 'name'], { unique: true })
export class Municipality {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_municipality_region')
  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_municipality_region' })
  region?: Region;

  @Column({ type: 'varchar', length: 200 }) name: string;
  /** OKTMO code, optional. */
  @Column({ type: 'varchar', length: 11, nullable: true }) oktmo: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
