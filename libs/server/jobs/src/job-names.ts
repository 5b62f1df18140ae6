/**
 * Queue and job names: a stable contract between the API, the worker and Redis. Payloads carry ids
 * and periods only, never personal data (BullMQ keeps them in clear text).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
}

export enum JobName {
  PURGE_REFRESH_TOKENS = 'maintenance.purge-refresh-tokens',
}

export interface JobPayloads {
  [JobName.PURGE_REFRESH_TOKENS]: { olderThanDays: number };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PURGE_REFRESH_TOKENS]: QueueName.MAINTENANCE,
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
