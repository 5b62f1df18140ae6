import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Catalogue of subjects (federal curriculum), seeded by migration. */
@Entity('subject')
export class Subject {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ux_subject_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'smallint', default: 0 }) sortOrder: number;
}
