import { FrameworkStatus } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One version of the competence framework. `regionId` null is the national default; a region may
 * publish its own versions. Published versions are frozen: procedures and results point at their
 * competences, so an old result keeps the meaning it had. A change is a new draft, then published.
 */
@Entity('competence_framework')
@Index('ux_competence_framework_version', ['regionId', 'version'], { unique: true, where: 'region_id IS NOT NULL' })
@Index('ux_competence_framework_default_version', ['version'], { unique: true, where: 'region_id IS NULL' })
export class CompetenceFramework {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) regionId: string | null;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 16 }) status: FrameworkStatus;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** The version this draft was copied from. */
  @Column({ type: 'uuid', nullable: true }) basedOnId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
