// The floor for the staff list benchmark: Fastify + pg running the API's statements, nothing else.
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const { countSql, countParams, idsSql, idsParams, loadSql, loadParams, idPositions } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify();
app.get('/ready', async () => ({ ok: true }));
app.get('/staff', async () => {
  const [count, ids] = await Promise.all([pool.query(countSql, countParams), pool.query(idsSql, idsParams)]);
  const params = [...loadParams];
  idPositions.forEach((position, i) => (params[position] = ids.rows[i]?.id ?? params[position]));
  const page = await pool.query(loadSql, params);
  return { items: page.rows, total: Number(count.rows[0].cnt) };
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
