import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-names';

export const JOB_HANDLER_KEY = 'sopr:job-handler';

/** Marks a provider method as the handler of a job; the worker finds it at start. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER_KEY, name);
