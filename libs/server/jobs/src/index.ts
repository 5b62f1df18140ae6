export { JOB_QUEUE, JobName, JobPayloads, QUEUE_CONCURRENCY, QueueName, jobIdOf, monitoringSchedulerKey } from './job-names';
export { JOB_HANDLER_KEY, JobHandler } from './job-handler.decorator';
export { createQueues, enqueue, producerConnection, schedule, workerConnection } from './queues';
export { JobQueue, JobsModule, QUEUES } from './jobs.module';
