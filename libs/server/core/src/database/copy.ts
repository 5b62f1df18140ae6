import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { QueryRunner } from 'typeorm';

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** Rows are sent to COPY in chunks of about this many characters, not one socket write per row. */
const COPY_CHUNK = 64 * 1024;

/**
 * One value in PostgreSQL's COPY text format: null as \N, arrays as quoted literals (null elements
 * stay NULL), text with tabs, line breaks and backslashes escaped so a cell cannot break the row.
 */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) {
    // A number needs no escaping (a results file sends millions of scores this way).
    const elements = value.map((v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? `"${v}"` : `"${String(v).replace(/["\\]/g, '\\$&')}"`));
    return copyValue(`{${elements.join(',')}}`);
  }
  const text = String(value);
  return COPY_SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch]) : text;
}

/** One row as a line of COPY text. */
export const copyLine = (values: unknown[]): string => `${values.map(copyValue).join('\t')}\n`;

/**
 * COPY text of `rows` in chunks; `keep` receives every chunk as it is sent (to stage the same rows
 * again later without reading their source twice); `count` is told how many rows were sent.
 */
export async function* copyChunks(rows: AsyncIterable<unknown[]> | Iterable<unknown[]>, keep?: (chunk: string) => void, count?: (rows: number) => void): AsyncGenerator<string> {
  let chunk = '';
  let sent = 0;
  for await (const row of rows) {
    sent += 1;
    chunk += copyLine(row);
    if (chunk.length >= COPY_CHUNK) {
      keep?.(chunk);
      yield chunk;
      chunk = '';
    }
  }
  keep?.(chunk);
  count?.(sent);
  if (chunk !== '') yield chunk;
}

/** Streams COPY text into `table (columns)` on the runner's connection (inside its transaction), then analyzes the table. */
export async function copyInto(runner: QueryRunner, table: string, columns: string[], source: Readable): Promise<void> {
  const client = (await runner.connect()) as PoolClient;
  await pipeline(source, client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  await runner.query(`ANALYZE ${table}`);
}
