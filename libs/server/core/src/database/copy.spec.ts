import { copyChunks, copyLine, copyValue } from './copy';

describe('COPY text', () => {
  it('writes nulls as \\N and escapes what would break a row', () => {
    expect(copyLine([7, null, 'a\tb\\c\r\nd', true])).toBe('7\t\\N\ta\\tb\\\\c\\r\\nd\ttrue\n');
  });

  it('writes arrays as quoted literals and keeps null elements NULL', () => {
    expect(copyValue([55, null, 72.5])).toBe('{"55",NULL,"72.5"}');
    expect(copyValue(['Д"Арк', 'a\\b'])).toBe('{"Д\\\\"Арк","a\\\\\\\\b"}');
  });

  it('sends rows in chunks, gives every chunk to `keep`, and counts the rows', async () => {
    const kept: string[] = [];
    let count = 0;
    const rows = Array.from({ length: 5000 }, (_, i) => [i, 'x'.repeat(40)]);
    const chunks: string[] = [];
    for await (const chunk of copyChunks(rows, (c) => kept.push(c), (n) => (count = n))) chunks.push(chunk);
    expect(count).toBe(5000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(kept.join('')).toBe(chunks.join(''));
    expect(chunks.join('').split('\n')).toHaveLength(5001);
  });
});
