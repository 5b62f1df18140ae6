import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The value an indicator should reach in a year, for a municipality or (municipality null) for a
 * whole region; a municipality without its own target takes its region's.
 */
@Entity('indicator_target')
@Index('ux_indicator_target', ['indicatorCode', 'placeId', 'year'], { unique: true })
@Index('ix_indicator_target_region_year', ['regionId', 'year'])
export class IndicatorTarget {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  /** The municipality, or the region for a region-wide target: one key for the uniqueness of a target. */
  @Column({ type: 'uuid' }) placeId: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'numeric', precision: 12, scale: 2 }) value: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
