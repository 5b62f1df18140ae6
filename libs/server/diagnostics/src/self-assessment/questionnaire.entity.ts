import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface QuestionnaireItem {
  code: string;
  competenceCode: string;
  labourFunction: string;
  text: string;
}

/** A version of the self-diagnostics questionnaire (professional standard «Педагог»), stored as data. */
@Entity('self_assessment_questionnaire')
@Index('ux_self_assessment_questionnaire_version', ['version'], { unique: true })
export class Questionnaire {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'smallint' }) scaleMin: number;
  @Column({ type: 'smallint' }) scaleMax: number;
  @Column({ type: 'jsonb' }) scaleLabels: string[];
  /** A competence whose mean answer is under it is a deficit. */
  @Column({ type: 'numeric', precision: 4, scale: 2 }) threshold: string;
  @Column({ type: 'jsonb' }) items: QuestionnaireItem[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
