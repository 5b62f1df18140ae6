// The floor for the staff list benchmark: Fastify + pg running the API's statements (a prepared one
// prepared under the API's name), nothing else.
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const { count, ids, load, idsPosition } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const run = ({ name, sql, params }) => pool.query({ name, text: sql, values: params });
const app = Fastify();
app.get('/ready', async () => ({ ok: true }));
app.get('/staff', async () => {
  const [total, page] = await Promise.all([run(count), run(ids)]);
  const params = [...load.params];
  params[idsPosition] = page.rows.map((row) => row.id);
  const rows = await run({ ...load, params });
  return { items: rows.rows, total: Number(total.rows[0].total) };
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
