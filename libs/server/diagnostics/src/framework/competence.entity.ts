import { CompetenceArea } from '@sopr/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CompetenceFramework } from './competence-framework.entity';

/**
 * A node of the framework tree. `code` is stable across versions (a copied competence keeps it), so
 * deficits and re-diagnostics compare the same competence over time.
 */
@Entity('competence')
@Index('ux_competence_code', ['frameworkId', 'code'], { unique: true })
@Index('ix_competence_parent', ['parentId'])
export class Competence {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) frameworkId: string;
  @ManyToOne(() => CompetenceFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_competence_framework' })
  framework?: Relation<CompetenceFramework>;

  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Competence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_competence_parent' })
  parent?: Relation<Competence>;

  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'varchar', length: 24 }) area: CompetenceArea;
  @Column({ type: 'smallint', default: 0 }) sortOrder: number;
}
