import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@sopr/server-core';
import { JobName, JobPayloads, QueueName } from './job-names';
import { createQueues, enqueue, enqueueMany, producerConnection, schedule } from './queues';

/** The producer side of every queue, shared by the API's modules and Bull Board. */
export const QUEUES = Symbol('QUEUES');

/** Puts jobs on their queues; payloads are ids only (see job-names.ts). */
@Injectable()
export class JobQueue {
  constructor(@Inject(QUEUES) private readonly queues: Map<QueueName, Queue>) {}

  add<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string> {
    return enqueue(this.queues, name, payload);
  }

  /** Queues many jobs of one name at once; like `addOrUndo`, `undo` runs if Redis refuses. */
  async addManyOrUndo<N extends JobName>(name: N, payloads: JobPayloads[N][], undo: () => Promise<unknown>): Promise<void> {
    try {
      await enqueueMany(this.queues, name, payloads);
    } catch (error) {
      await undo();
      throw error;
    }
  }

  /**
   * Queues a job for a record the caller has just saved in its new state; if Redis refuses, `undo`
   * puts the record back as it was and the error is passed on (nothing waits for a job never queued).
   */
  async addOrUndo<N extends JobName>(name: N, payload: JobPayloads[N], undo: () => Promise<unknown>): Promise<void> {
    try {
      await this.add(name, payload);
    } catch (error) {
      await undo();
      throw error;
    }
  }

  /** Registers a job scheduler under `key`, or removes it when `pattern` is null. */
  schedule<N extends JobName>(key: string, pattern: string | null, name: N, payload: JobPayloads[N]): Promise<void> {
    return schedule(this.queues, key, pattern, name, payload);
  }
}

@Global()
@Module({
  providers: [
    { provide: QUEUES, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createQueues(config, producerConnection(config)) },
    JobQueue,
  ],
  exports: [QUEUES, JobQueue],
})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUES) private readonly queues: Map<QueueName, Queue>) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
