/**
 * Reads again and again, the way the SPA polls the worker's progress, until `done` holds for what
 * was read; then returns it. After `timeoutMs` it fails with `describe` of the last reading.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, describe: (value: T) => string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(describe(value));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
