import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('region')
export class Region {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Code of the subject of the Russian Federation (e.g. "43" for Kirov region). */
  @Index('ux_region_code', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 200 }) name: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

}
