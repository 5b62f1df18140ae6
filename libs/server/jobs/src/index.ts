export { JOB_QUEUE, JobName, JobPayloads, QueueName, jobIdOf } from './job-names';
export { JOB_HANDLER_KEY, JobHandler } from './job-handler.decorator';
export { createQueues, enqueue, producerConnection, workerConnection } from './queues';
