import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Competence } from '../framework/competence.entity';
import { DiagnosticResult } from './diagnostic-result.entity';

/** The score of one competence in one result. */
@Entity('diagnostic_score')
@Index('ix_diagnostic_score_competence', ['competenceId'])
export class DiagnosticScore {
  @PrimaryColumn({ type: 'uuid' }) resultId: string;
  @PrimaryColumn({ type: 'uuid' }) competenceId: string;

  @ManyToOne(() => DiagnosticResult, (r) => r.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id', foreignKeyConstraintName: 'fk_diagnostic_score_result' })
  result?: Relation<DiagnosticResult>;

  @ManyToOne(() => Competence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id', foreignKeyConstraintName: 'fk_diagnostic_score_competence' })
  competence?: Relation<Competence>;

  @Column({ type: 'numeric', precision: 8, scale: 2 }) score: string;
}
