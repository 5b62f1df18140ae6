import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Competence } from '../framework/competence.entity';
import { DiagnosticProcedure } from './diagnostic-procedure.entity';

/** A competence a procedure assesses. */
@Entity('diagnostic_procedure_competence')
@Index('ix_diagnostic_procedure_competence_competence', ['competenceId'])
export class ProcedureCompetence {
  @PrimaryColumn({ type: 'uuid' }) procedureId: string;
  @PrimaryColumn({ type: 'uuid' }) competenceId: string;

  @ManyToOne(() => DiagnosticProcedure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'fk_procedure_competence_procedure' })
  procedure?: Relation<DiagnosticProcedure>;

  @ManyToOne(() => Competence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id', foreignKeyConstraintName: 'fk_procedure_competence_competence' })
  competence?: Relation<Competence>;
}
