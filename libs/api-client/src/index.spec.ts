import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('api-client index', () => {
  it('re-exports every generated endpoint module, so a new API tag is usable at once', () => {
    const index = readFileSync(join(__dirname, 'index.ts'), 'utf8');
    const modules = readdirSync(join(__dirname, 'generated'))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    const missing = modules.filter((name) => !index.includes(`'./generated/${name}'`));
    expect(missing).toEqual([]);
  });
});
