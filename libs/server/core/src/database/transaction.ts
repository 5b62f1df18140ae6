import { DataSource, EntityManager, QueryRunner } from 'typeorm';

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

/** How long an interactive change waits for a table lock held by a long writer (a file import) before it gives up. */
const INTERACTIVE_LOCK_TIMEOUT = '3s';

/**
 * For the rest of the transaction, waits at most a few seconds for a lock instead of as long as the
 * holder runs: a deletion that must wait for an import's writes (see KeysCheckedWithoutRowLocks)
 * answers 409 «повторите позже» rather than hanging for the import's minute.
 */
export async function waitBrieflyForLocks(manager: EntityManager): Promise<void> {
  await manager.query(`SET LOCAL lock_timeout = '${INTERACTIVE_LOCK_TIMEOUT}'`);
}
