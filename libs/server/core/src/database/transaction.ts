import { DataSource, QueryRunner } from 'typeorm';

/**
 * Runs `work` in a transaction of its own connection and commits only when `work` says so: a dry
 * run does all the work of the real one and rolls it back. An error rolls back and is passed on.
 */
export async function withTransaction<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<{ result: T; commit: boolean }>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const { result, commit } = await work(runner);
    await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
