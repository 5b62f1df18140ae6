// Usage: npm run migration:generate -- AddSomething
// Migrates a scratch database to the current migrations, asks TypeORM what the entities still need,
// and writes that as a new migration registered in migrations/index.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@sopr/server-core';
import { createDataSource, runMigrations } from '@sopr/server-database';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddStaff');
  const base = new URL(loadConfig().databaseUrl);
  const scratch = `sopr_migration_${Date.now()}`;
  const admin = new Client({ connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = Object.assign(new URL(base), { pathname: `/${scratch}` }).toString();
    await runMigrations(url);
    const dataSource = await createDataSource(url).initialize();
    const log = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (log.upQueries.length === 0) {
      process.stdout.write('No changes: entities and migrations agree.\n');
      return;
    }
    // After every existing migration, even one stamped ahead of this machine's clock (TypeORM orders by the stamp).
    const dir = join(__dirname, '../../server/database/src/migrations');
    const latest = Math.max(0, ...readdirSync(dir).map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0)));
    const timestamp = Math.max(Date.now(), latest + 1);
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => '`' + sql.replace(/`/g, '\\`') + '`';
    const up = log.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');
    const down = log.downQueries.reverse().map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');
    const file = `${timestamp}-${name}`;
    writeFileSync(
      join(dir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexPath = join(dir, 'index.ts');
    let index = readFileSync(indexPath, 'utf8');
    index = `import { ${className} } from './${file}';\n` + index.replace(/\[([^\]]*)\];/, (_m, list: string) => `[${list.trim() ? `${list.trim().replace(/,$/, '')}, ` : ''}${className}];`);
    writeFileSync(indexPath, index);
    process.stdout.write(`Wrote migrations/${file}.ts (${log.upQueries.length} statements)\n`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
