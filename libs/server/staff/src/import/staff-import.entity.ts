import { ImportStatus } from '@sopr/shared';
import type { Actor } from '@sopr/server-core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A staff file imported in the background: checked by the worker, applied on request, with its
 * progress and outcome. Placed at the uploader's place in the hierarchy, so colleagues above see it.
 */
@Entity('staff_import')
@Index('ix_staff_import_region_created', ['regionId', 'createdAt'])
@Index('ix_staff_import_municipality', ['municipalityId'])
@Index('ix_staff_import_organization', ['organizationId'])
export class StaffImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) regionId: string | null;
  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** Who asked for the current step (upload, then apply): the worker acts as them. Ids and role only. */
  @Column({ type: 'jsonb' }) requestedBy: Actor;
  @Column({ type: 'uuid' }) createdById: string;
  @Column({ type: 'varchar', length: 255 }) fileName: string;
  @Column({ type: 'integer' }) fileSize: number;
  /** Organization for rows without the «Организация» column. */
  @Column({ type: 'uuid', nullable: true }) defaultOrganizationId: string | null;
  @Column({ type: 'varchar', length: 16 }) status: ImportStatus;
  /** Data rows read so far by the current step. */
  @Column({ type: 'integer', default: 0 }) rowsRead: number;
  /** Data rows in the file, known once it has been checked. */
  @Column({ type: 'integer', nullable: true }) totalRows: number | null;
  @Column({ type: 'integer', default: 0 }) toCreate: number;
  @Column({ type: 'integer', default: 0 }) toUpdate: number;
  @Column({ type: 'integer', default: 0 }) unchanged: number;
  @Column({ type: 'integer', default: 0 }) errorCount: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) fileErrors: string[];
  /** Why the worker could not finish (no personal data). */
  @Column({ type: 'varchar', length: 500, nullable: true }) failure: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) validatedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) appliedAt: Date | null;
}

/**
 * The uploaded file until it is checked, then its checked rows until they are applied; deleted when
 * the import is applied, rejected, failed or discarded.
 */
@Entity('staff_import_file')
export class StaffImportFile {
  @PrimaryColumn({ type: 'uuid' }) importId: string;
  @ManyToOne(() => StaffImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_staff_import_file_import' })
  import?: StaffImport;
  /** The upload, gzipped. */
  @Column({ type: 'bytea', nullable: true }) content: Buffer | null;
  /** The checked rows as gzipped COPY text (see StaffStage.load). */
  @Column({ type: 'bytea', nullable: true }) staged: Buffer | null;
}

/** Every bad row of a checked file, listed page by page. */
@Entity('staff_import_error')
@Index('ix_staff_import_error_import_row', ['importId', 'row'])
export class StaffImportError {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'uuid' }) importId: string;
  @ManyToOne(() => StaffImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_staff_import_error_import' })
  import?: StaffImport;
  @Column({ type: 'integer' }) row: number;
  @Column({ type: 'varchar', length: 100, nullable: true }) column: string | null;
  @Column({ type: 'varchar', length: 500 }) message: string;
}
