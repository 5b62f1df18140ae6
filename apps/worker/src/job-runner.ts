import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, Queue, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@sopr/server-core';
import { JOB_HANDLER_KEY, JOB_QUEUE, JobName, QUEUE_CONCURRENCY, QueueName, createQueues, workerConnection } from '@sopr/server-jobs';

type Handler = (payload: unknown) => Promise<unknown>;

/** Finds every @JobHandler, refuses to start when a declared job has none, and runs the queues. */
export function collectHandlers(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): Map<JobName, Handler> {
  const handlers = new Map<JobName, Handler>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const name = reflector.get<JobName | undefined>(JOB_HANDLER_KEY, instance[method] as () => unknown);
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`Job "${name}" has two handlers`);
      handlers.set(name, (instance[method] as Handler).bind(instance));
    }
  }
  const missing = Object.values(JobName).filter((name) => !handlers.has(name));
  if (missing.length > 0) throw new Error(`No handler for declared job(s): ${missing.join(', ')}`);
  return handlers;
}

@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private workers: Worker[] = [];
  private queues = new Map<QueueName, Queue>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = collectHandlers(this.discovery, this.scanner, this.reflector);
    const connection = workerConnection(this.config);
    this.queues = createQueues(this.config, connection);
    for (const queueName of Object.values(QueueName)) {
      const worker = new Worker(
        queueName,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler || JOB_QUEUE[job.name as JobName] !== queueName) throw new Error(`Unknown job ${job.name} in queue ${queueName}`);
          return handler(job.data);
        },
        { connection, prefix: this.config.redisPrefix, concurrency: queueName === QueueName.MONITORING ? this.config.monitoringConcurrency : QUEUE_CONCURRENCY[queueName] },
      );
      worker.on('failed', (job, error) => this.logger.error(`${job?.name} ${job?.id} failed: ${error.message}`));
      this.workers.push(worker);
    }
    await this.registerSchedulers();
    this.logger.log(`Worker started: ${handlers.size} job(s) on ${this.workers.length} queue(s)`);
  }

  /** Periodic work as BullMQ job schedulers: upserting is idempotent across restarts. */
  private async registerSchedulers(): Promise<void> {
    const maintenance = this.queues.get(QueueName.MAINTENANCE)!;
    await maintenance.upsertJobScheduler(
      'maintenance.purge-refresh-tokens.daily',
      { pattern: this.config.maintenanceCron },
      { name: JobName.PURGE_REFRESH_TOKENS, data: { olderThanDays: 7 } },
    );
    await maintenance.upsertJobScheduler(
      'maintenance.purge-stale-imports.daily',
      { pattern: this.config.maintenanceCron },
      { name: JobName.PURGE_STALE_IMPORTS, data: { olderThanDays: this.config.importRetentionDays } },
    );

  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
