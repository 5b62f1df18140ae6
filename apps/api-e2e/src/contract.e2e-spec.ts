import { readFileSync } from 'node:fs';
import { pendingSchemaChanges } from '@sopr/server-database';
import { buildOpenApiDocument } from '../../api/src/app.factory';
import { OPENAPI_PATH, sortKeys } from '../../api/src/write-openapi';
import { TEMPLATE_DATABASE, databaseUrl } from './support/databases';
import { TestApp, startTestApp } from './support/test-app';

describe('contract and schema are up to date', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the checked-in openapi.json equals the live spec (run `npm run api:spec` after changing the API)', () => {
    const live = `${JSON.stringify(sortKeys(buildOpenApiDocument(t.app)), null, 2)}\n`;
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(live);
  });

  it('serves the spec at /api/docs-json and Swagger UI at /api/docs', async () => {
    const json = await t.http.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
    const ui = await t.http.get('/api/docs').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('every operation has a stable id, a permission or is public, and the shared error body', () => {
    const spec = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'));
    const ids = new Set<string>();
    for (const [path, methods] of Object.entries<Record<string, { operationId: string; security?: unknown[]; 'x-permission'?: string; responses: Record<string, unknown> }>>(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(`${method} ${path} ${op.operationId}`).toMatch(/ [a-z][A-Za-z]+$/);
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        if (op['x-permission']) {
          expect(op.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
          expect(op.responses['403']).toBeDefined();
        }
      }
    }
    expect(spec.components.schemas.ErrorBodyDto.required).toEqual(['statusCode', 'code', 'message']);
  });

  it('migrations produce exactly the schema the entities describe (run `npm run migration:generate -- Name`)', async () => {
    expect(await pendingSchemaChanges(databaseUrl(TEMPLATE_DATABASE))).toEqual([]);
  });

  it('uuid_v7() gives RFC 9562 version 7 ids: the time first, so later ids sort after earlier ones; all distinct', async () => {
    const [{ earlier }] = await t.db.query(`SELECT uuid_v7()::text AS earlier`);
    await t.db.query(`SELECT pg_sleep(0.002)`);
    const ids: { id: string }[] = await t.db.query(`SELECT uuid_v7()::text AS id FROM generate_series(1, 20000)`);
    expect(new Set(ids.map((r) => r.id)).size).toBe(ids.length);
    for (const { id } of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id > earlier).toBe(true);
    }
    // The first 48 bits are the Unix time in milliseconds.
    const millis = parseInt(ids[0].id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millis - Date.now())).toBeLessThan(60_000);
  });
});
