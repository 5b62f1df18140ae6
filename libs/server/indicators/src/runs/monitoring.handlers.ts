import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads, JobQueue } from '@sopr/server-jobs';
import { MonitoringNotesService } from '../note/monitoring-notes.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { MonitoringRunsService } from './monitoring-runs.service';

/** The worker's side of monitoring runs. */
@Injectable()
export class MonitoringHandlers {
  constructor(
    private readonly runs: MonitoringRunsService,
    private readonly recommendations: RecommendationsService,
    private readonly notes: MonitoringNotesService,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler(JobName.MONITORING_RUN)
  run(payload: JobPayloads[JobName.MONITORING_RUN]): Promise<void> {
    return this.runs.compute(payload.runId);
  }

  @JobHandler(JobName.MONITORING_SCHEDULED)
  scheduled(payload: JobPayloads[JobName.MONITORING_SCHEDULED]): Promise<void> {
    return this.runs.runScheduled(payload.municipalityId);
  }

  @JobHandler(JobName.RECOMMENDATIONS_GENERATE)
  async recommend(payload: JobPayloads[JobName.RECOMMENDATIONS_GENERATE]): Promise<{ issued: number }> {
    const issued = await this.recommendations.generate(payload.runId);
    await this.jobs.add(JobName.NOTE_GENERATE, { runId: payload.runId }); // the note lists the recommendations
    return { issued };
  }

  @JobHandler(JobName.NOTE_GENERATE)
  note(payload: JobPayloads[JobName.NOTE_GENERATE]): Promise<void> {
    return this.notes.generate(payload.runId);
  }
}
