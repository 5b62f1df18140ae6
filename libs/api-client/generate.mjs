/**
 * `npm run api:client`: regenerates the typed client from openapi.json with orval, then
 * normalises the output so it is byte-identical wherever it is written:
 *  - the import of the custom mutator (src/http.ts) is written as it is seen from
 *    src/generated, even when API_CLIENT_OUT points elsewhere;
 *  - every file is formatted by prettier with fixed options (no config file lookup).
 *
 *   npm run api:client                             → libs/api-client/src/generated
 *   API_CLIENT_OUT=/tmp/client npm run api:client  → /tmp/client (e.g. to diff for staleness)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'orval';
import { format } from 'prettier';

const root = dirname(fileURLToPath(import.meta.url));
const canonicalOut = resolve(root, 'src/generated');
const out = resolve(process.env.API_CLIENT_OUT ?? canonicalOut);
const mutatorFile = resolve(root, 'src/http');

const PRETTIER_OPTIONS = { parser: 'typescript', singleQuote: true, printWidth: 120, trailingComma: 'all', semi: true, tabWidth: 2, endOfLine: 'lf' };

function posix(path) {
  return path.split(sep).join('/');
}

function importPath(fromDir) {
  const path = posix(relative(fromDir, mutatorFile));
  return path.startsWith('.') ? path : `./${path}`;
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat().sort();
}

/**
 * orval JSON-encodes every request body, even `format: binary` ones (file uploads), which would send
 * "{}" instead of the file. A parameter typed `Blob` is sent as it is.
 */
export function sendBinaryBodiesRaw(text) {
  const blobParams = new Set([...text.matchAll(/(\w+Body): Blob\b/g)].map((m) => m[1]));
  return text.replace(/body: JSON\.stringify\((\w+Body)\)/g, (call, name) => (blobParams.has(name) ? `body: ${name}` : call));
}

async function main() {
  await generate(resolve(root, 'orval.config.ts'), root, { projectName: 'sopr' });
  for (const file of await listFiles(out)) {
    if (!file.endsWith('.ts')) continue;
    const dir = dirname(file);
    const actual = importPath(dir);
    const canonical = importPath(resolve(canonicalOut, relative(out, dir)));
    let text = await readFile(file, 'utf8');
    text = text.split(`'${actual}'`).join(`'${canonical}'`);
    await writeFile(file, sendBinaryBodiesRaw(await format(text, PRETTIER_OPTIONS)));
  }
  process.stdout.write(`API client written to ${posix(relative(process.cwd(), out)) || '.'}\n`);
}

main().catch((error) => {
  process.stderr.write(`API client generation failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
