import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError } from '@sopr/server-core';
import { MonitoringRun } from '../runs/monitoring-run.entity';
import { buildAnalyticalNote } from './analytical-note';
import { MonitoringNote } from './monitoring-note.entity';
import { noteDocx } from './note-docx';
import { notePdf } from './note-pdf';

/** Builds a finished run's note in both formats and stores it (replacing an earlier one). */
export async function writeAnalyticalNote(manager: EntityManager, run: MonitoringRun): Promise<void> {
  const note = await buildAnalyticalNote(manager, run);
  const [docx, pdf] = await Promise.all([noteDocx(note), notePdf(note)]);
  await manager.getRepository(MonitoringNote).upsert({ runId: run.id, docx, pdf }, ['runId']);
}

export type NoteFormat = 'docx' | 'pdf';

export const NOTE_MIME: Record<NoteFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Analytical notes: written by the worker after a run's recommendations, read by the run's page. */
@Injectable()
export class MonitoringNotesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Worker: writes (or rewrites) the note of a finished run in both formats. */
  async generate(runId: string): Promise<void> {
    const run = await this.dataSource.getRepository(MonitoringRun).findOneBy({ id: runId });
    if (run) await writeAnalyticalNote(this.dataSource.manager, run);
  }

  /** The note of a run the caller may read (checked by the caller), in one format. */
  async file(run: MonitoringRun, format: NoteFormat): Promise<Buffer> {
    const note = await this.dataSource.getRepository(MonitoringNote).findOne({ where: { runId: run.id }, select: { runId: true, [format]: true } });
    if (!note) throw new ConflictError('Аналитическая справка ещё готовится: она появится через несколько секунд после расчёта');
    return note[format];
  }
}
