import { ImportStatus } from '@sopr/shared';
import type { Actor } from '@sopr/server-core';
import type { ImportFileRecord, ImportRecord } from '@sopr/server-staff';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { DiagnosticProcedure, ResultColumnMapping } from '../../procedures/diagnostic-procedure.entity';

/**
 * A results file of one procedure, as external platforms export it: uploaded, its columns mapped by
 * the user, checked by the worker, applied on request. Placed at the uploader's place in the
 * hierarchy, so colleagues above see it.
 */
@Entity('result_import')
@Index('ix_result_import_procedure_created', ['procedureId', 'createdAt'])
@Index('ix_result_import_region', ['regionId'])
@Index('ix_result_import_municipality', ['municipalityId'])
@Index('ix_result_import_organization', ['organizationId'])
export class ResultImport implements ImportRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) procedureId: string;
  @ManyToOne(() => DiagnosticProcedure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'fk_result_import_procedure' })
  procedure?: Relation<DiagnosticProcedure>;
  @Column({ type: 'uuid', nullable: true }) regionId: string | null;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** Who asked for the current step: the worker acts as them. Ids and role only. */
  @Column({ type: 'jsonb' }) requestedBy: Actor;
  @Column({ type: 'uuid' }) createdById: string;
  @Column({ type: 'varchar', length: 255 }) fileName: string;
  @Column({ type: 'integer' }) fileSize: number;
  /** The header row of the file, as written there. */
  @Column({ type: 'jsonb' }) headers: string[];
  /** Which column holds what: suggested on upload, confirmed by the user before the check. */
  @Column({ type: 'jsonb' }) mapping: ResultColumnMapping;
  @Column({ type: 'varchar', length: 16 }) status: ImportStatus;
  /** The procedure as it was checked against (its last change); applying after it changed is refused. */
  @Column({ type: 'timestamptz', nullable: true }) procedureVersion: Date | null;
  @Column({ type: 'integer', default: 0 }) rowsRead: number;
  @Column({ type: 'integer', nullable: true }) totalRows: number | null;
  @Column({ type: 'integer', default: 0 }) toCreate: number;
  @Column({ type: 'integer', default: 0 }) toUpdate: number;
  @Column({ type: 'integer', default: 0 }) unchanged: number;
  @Column({ type: 'integer', default: 0 }) errorCount: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) fileErrors: string[];
  @Column({ type: 'varchar', length: 500, nullable: true }) failure: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) validatedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) appliedAt: Date | null;
}

/** The upload until it is checked, then the matched rows until they are applied. */
@Entity('result_import_file')
export class ResultImportFile implements ImportFileRecord {
  @PrimaryColumn({ type: 'uuid' }) importId: string;
  @ManyToOne(() => ResultImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_result_import_file_import' })
  import?: ResultImport;
  /** The upload, gzipped. */
  @Column({ type: 'bytea', nullable: true }) content: Buffer | null;
  /** The matched rows as gzipped COPY text (see ResultFileStage). */
  @Column({ type: 'bytea', nullable: true }) staged: Buffer | null;
}

/** Every bad row of a checked results file. */
@Entity('result_import_error')
@Index('ix_result_import_error_import_row', ['importId', 'row'])
export class ResultImportError {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) importId: string;
  @ManyToOne(() => ResultImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_result_import_error_import' })
  import?: ResultImport;
  @Column({ type: 'integer' }) row: number;
  @Column({ type: 'varchar', length: 100, nullable: true }) column: string | null;
  @Column({ type: 'varchar', length: 500 }) message: string;
}
