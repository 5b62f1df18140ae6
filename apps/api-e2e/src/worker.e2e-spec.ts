import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { ConfigModule } from '@sopr/server-core';
import { RefreshToken } from '@sopr/server-identity';
import { JobName, QueueName, createQueues, enqueue, producerConnection, workerConnection } from '@sopr/server-jobs';
import { Role } from '@sopr/shared';
import { JobRunner } from '../../worker/src/job-runner';
import { workerModule } from '../../worker/src/worker.module';
import { TestApp, startTestApp } from './support/test-app';
import { buildWorld } from './support/world';

describe('worker', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses to start when a declared job has no handler', async () => {
    @Injectable() class Nothing {}
    @Module({ imports: [ConfigModule.forRoot(t.config), DiscoveryModule], providers: [Nothing, JobRunner] })
    class IncompleteWorker {}
    const context = await NestFactory.createApplicationContext(IncompleteWorker, { logger: false, abortOnError: false, preview: false }).catch((error: Error) => error);
    const error = context instanceof Error ? context : await (context as INestApplicationContext).init().then(() => null, (e: Error) => e);
    expect(error?.message).toBe(`No handler for declared job(s): ${Object.values(JobName).join(', ')}`);
    if (!(context instanceof Error)) await context.close();
  });

  it('runs a job once per deterministic id and the handler does the work in the database', async () => {
    const world = await buildWorld(t.db);
    const user = await world.build.user(Role.TEACHER, { organization: world.o1 });
    const tokens = t.db.getRepository(RefreshToken);
    const old = new Date(Date.now() - 30 * 86_400_000);
    await tokens.insert([
      { userId: user.id, familyId: randomUUID(), tokenHash: 'a'.repeat(64), expiresAt: old },
      { userId: user.id, familyId: randomUUID(), tokenHash: 'b'.repeat(64), expiresAt: new Date(Date.now() + 86_400_000) },
    ]);

    const worker = await NestFactory.createApplicationContext(workerModule(t.config), { logger: false });
    await worker.init();
    const queues = createQueues(t.config, producerConnection(t.config));
    const events = new QueueEvents(QueueName.MAINTENANCE, { connection: workerConnection(t.config), prefix: t.config.redisPrefix });
    try {
      await events.waitUntilReady();
      const payload = { olderThanDays: 7 };
      const firstId = await enqueue(queues, JobName.PURGE_REFRESH_TOKENS, payload);
      const secondId = await enqueue(queues, JobName.PURGE_REFRESH_TOKENS, payload);
      expect(secondId).toBe(firstId);
      const queue = queues.get(QueueName.MAINTENANCE) as Queue;
      const job = await queue.getJob(firstId);
      const result = await job!.waitUntilFinished(events, 15_000);
      expect(result).toEqual({ deleted: 1 });
      expect(await tokens.countBy({ userId: user.id })).toBe(1);
      const counts = await queue.getJobCounts('completed', 'waiting', 'active', 'failed');
      expect(counts).toMatchObject({ waiting: 0, active: 0, failed: 0 });
      // The daily schedulers are registered with the pattern from configuration.
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern]).sort()).toEqual([
        ['maintenance.purge-refresh-tokens.daily', t.config.maintenanceCron],
        ['maintenance.purge-stale-imports.daily', t.config.maintenanceCron],
      ]);
    } finally {
      await events.close();
      await Promise.all([...queues.values()].map((q) => q.close()));
      await worker.close();
    }
  });
});
