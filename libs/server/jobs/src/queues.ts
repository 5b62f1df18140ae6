import { ConnectionOptions, Queue } from 'bullmq';
import { AppConfig } from '@sopr/server-core';
import { JOB_QUEUE, JobName, JobPayloads, QueueName, jobIdOf } from './job-names';

/** BullMQ connection for workers: no per-request retry limit, as BullMQ requires. */
export function workerConnection(config: AppConfig): ConnectionOptions {
  return { url: config.redisUrl, maxRetriesPerRequest: null } as ConnectionOptions;
}

/** Connection for producers on the request path: fail fast while Redis is down. */
export function producerConnection(config: AppConfig): ConnectionOptions {
  return { url: config.redisUrl, enableOfflineQueue: false, maxRetriesPerRequest: 1 } as ConnectionOptions;
}

export function createQueues(config: AppConfig, connection: ConnectionOptions): Map<QueueName, Queue> {
  const queues = new Map<QueueName, Queue>();
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection, prefix: config.redisPrefix });
    queue.on('error', () => undefined); // connection state is reported by readiness, not per event
    queues.set(name, queue);
  }
  return queues;
}

/** Finished jobs are kept a day (failed ones a week) for the record, then dropped. */
const RETENTION = { removeOnComplete: { age: 86_400, count: 1000 }, removeOnFail: { age: 7 * 86_400 } };

export async function enqueue<N extends JobName>(queues: Map<QueueName, Queue>, name: N, payload: JobPayloads[N]): Promise<string> {
  const queue = queues.get(JOB_QUEUE[name]);
  if (!queue) throw new Error(`No queue for job ${name}`);
  const job = await queue.add(name, payload, { jobId: jobIdOf(name, payload), ...RETENTION });
  return job.id!;
}

/** Queues many jobs of one name in one round trip (e.g. a region run's municipalities). */
export async function enqueueMany<N extends JobName>(queues: Map<QueueName, Queue>, name: N, payloads: JobPayloads[N][]): Promise<void> {
  const queue = queues.get(JOB_QUEUE[name]);
  if (!queue) throw new Error(`No queue for job ${name}`);
  await queue.addBulk(payloads.map((data) => ({ name, data, opts: { jobId: jobIdOf(name, data), ...RETENTION } })));
}

/**
 * Registers (or, with a null pattern, removes) a job scheduler: idempotent, so it is safe at every
 * start and on every change. Patterns are cron in UTC.
 */
export async function schedule<N extends JobName>(queues: Map<QueueName, Queue>, key: string, pattern: string | null, name: N, payload: JobPayloads[N]): Promise<void> {
  const queue = queues.get(JOB_QUEUE[name]);
  if (!queue) throw new Error(`No queue for job ${name}`);
  if (pattern === null) await queue.removeJobScheduler(key);
  else await queue.upsertJobScheduler(key, { pattern, tz: 'UTC' }, { name, data: payload });
}
