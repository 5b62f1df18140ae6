import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@sopr/server-jobs';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { MonitoringRunsService } from './monitoring-runs.service';

/** The worker's side of monitoring runs. */
@Injectable()
export class MonitoringHandlers {
  constructor(
    private readonly runs: MonitoringRunsService,
    private readonly recommendations: RecommendationsService,
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
    return { issued: await this.recommendations.generate(payload.runId) };
  }
}
