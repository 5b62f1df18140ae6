import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@sopr/server-core';
import { QueueName, createQueues, producerConnection } from '@sopr/server-jobs';
import { QueuesAdminController } from './queues-admin.controller';

export const QUEUES = Symbol('QUEUES');

@Module({
  controllers: [QueuesAdminController],
  providers: [
    { provide: QUEUES, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createQueues(config, producerConnection(config)) },
  ],
  exports: [QUEUES],
})
export class QueuesAdminModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUES) private readonly queues: Map<QueueName, Queue>) {}
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
