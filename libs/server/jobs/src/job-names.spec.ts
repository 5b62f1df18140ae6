import { JOB_QUEUE, JobName, jobIdOf } from './job-names';

describe('job names', () => {
  it('gives every job a queue', () => {
    for (const name of Object.values(JobName)) expect(JOB_QUEUE[name]).toBeDefined();
  });

  it('makes the same id for the same payload regardless of key order', () => {
    const a = jobIdOf(JobName.PURGE_REFRESH_TOKENS, { olderThanDays: 7 });
    expect(a).toBe(jobIdOf(JobName.PURGE_REFRESH_TOKENS, { olderThanDays: 7 }));
    expect(a).not.toBe(jobIdOf(JobName.PURGE_REFRESH_TOKENS, { olderThanDays: 8 }));
    expect(a).not.toContain(':'); // BullMQ refuses custom ids with ':' in some versions
  });
});
