/**
 * Queue and job names: a stable contract between the API, the worker and Redis. Payloads carry ids
 * and periods only, never personal data (BullMQ keeps them in clear text).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  IMPORTS = 'imports',
  MONITORING = 'monitoring',
}

export enum JobName {
  PURGE_REFRESH_TOKENS = 'maintenance.purge-refresh-tokens',
  PURGE_STALE_IMPORTS = 'maintenance.purge-stale-imports',
  STAFF_IMPORT_VALIDATE = 'imports.staff-validate',
  STAFF_IMPORT_APPLY = 'imports.staff-apply',
  RESULT_IMPORT_VALIDATE = 'imports.result-validate',
  RESULT_IMPORT_APPLY = 'imports.result-apply',
  MONITORING_RUN = 'monitoring.run',
  MONITORING_SCHEDULED = 'monitoring.scheduled',
  RECOMMENDATIONS_GENERATE = 'monitoring.recommendations',
  NOTE_GENERATE = 'monitoring.note',
}

export interface JobPayloads {
  [JobName.PURGE_REFRESH_TOKENS]: { olderThanDays: number };
  [JobName.PURGE_STALE_IMPORTS]: { olderThanDays: number };
  [JobName.STAFF_IMPORT_VALIDATE]: { importId: string };
  [JobName.STAFF_IMPORT_APPLY]: { importId: string };
  /** A results file may be checked and applied more than once (another mapping): each request is its own job. */
  [JobName.RESULT_IMPORT_VALIDATE]: { importId: string; requestedAt: string };
  [JobName.RESULT_IMPORT_APPLY]: { importId: string; requestedAt: string };
  /** One municipality's run; a retry of a failed run is a new request. */
  [JobName.MONITORING_RUN]: { runId: string; requestedAt: string };
  /** Fired by a municipality's schedule: a run as of the day it fires. */
  [JobName.MONITORING_SCHEDULED]: { municipalityId: string };
  /** Follows every finished run: the rules read it and issue recommendations. */
  [JobName.RECOMMENDATIONS_GENERATE]: { runId: string };
  /** Follows the recommendations: the run's analytical note in DOCX and PDF. */
  [JobName.NOTE_GENERATE]: { runId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PURGE_REFRESH_TOKENS]: QueueName.MAINTENANCE,
  [JobName.PURGE_STALE_IMPORTS]: QueueName.MAINTENANCE,
  [JobName.STAFF_IMPORT_VALIDATE]: QueueName.IMPORTS,
  [JobName.STAFF_IMPORT_APPLY]: QueueName.IMPORTS,
  [JobName.RESULT_IMPORT_VALIDATE]: QueueName.IMPORTS,
  [JobName.RESULT_IMPORT_APPLY]: QueueName.IMPORTS,
  [JobName.MONITORING_RUN]: QueueName.MONITORING,
  [JobName.MONITORING_SCHEDULED]: QueueName.MONITORING,
  [JobName.RECOMMENDATIONS_GENERATE]: QueueName.MONITORING,
  [JobName.NOTE_GENERATE]: QueueName.MONITORING,
};

/** The BullMQ job scheduler of a municipality's monitoring (one per municipality). */
export const monitoringSchedulerKey = (municipalityId: string): string => `monitoring.schedule.${municipalityId}`;

/** Jobs run at once per worker process: imports hold a file and a transaction, so one at a time. */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  [QueueName.MAINTENANCE]: 2,
  [QueueName.IMPORTS]: 1,
  /** A run is one transaction over a municipality: one at a time leaves the database to the API (MONITORING_CONCURRENCY overrides). */
  [QueueName.MONITORING]: 1,
};

/**
 * Deterministic job id: the same name and payload give the same id, so a rerun is a no-op while the
 * first job is still known to BullMQ (idempotent enqueue).
 */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  const parts = Object.keys(payload)
    .sort()
    .map((key) => String((payload as Record<string, unknown>)[key]));
  return [name, ...parts].join('__');
}
