// Migrations on both engines: a store made by an older Dyad is brought up to date with what it holds.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ENGINES, POSTGRES_URL } from '../../test/support/engines.js';
import { openPostgres } from './postgres-driver.js';
import { migrate, SCHEMA_VERSION } from './schema.js';
import type { SqlDriver } from './sql.js';
import { openSqlite } from './sqlite-driver.js';

/** An unmigrated connection to a fresh database of `engine`, and how to throw it away. */
async function fresh(engine: 'sqlite' | 'postgres'): Promise<{ db: SqlDriver; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-schema-'));
    const db = openSqlite(join(dir, 'old.db'));
    return { db, dispose: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const schema = `dyad_test_${randomBytes(5).toString('hex')}`;
  const db = await openPostgres(POSTGRES_URL, schema);
  return {
    db,
    async dispose() {
      await db.close();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`schema on ${engine.name}`, () => {
    it('fills the surname of the people a version-4 store already holds, and only theirs', async () => {
      const { db, dispose } = await fresh(engine.name);
      try {
        await migrate(db, 4);
        const add = (type: string, name: string, key: string) => db.run('INSERT INTO entities (type, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?)', [type, name, key, 'KEN', 'GOV']);
        await add('PERSON', 'Musalia Mudavadi', 'musalia mudavadi');
        await add('PERSON', 'Ruto', 'ruto');
        await add('PERSON', 'Jean-Pierre de la Croix', 'jean-pierre de la croix');
        await add('ORG', 'Kenya Ports Authority', 'kenya ports authority');
        await migrate(db);
        const rows = await db.all<{ name_key: string; surname: string }>('SELECT name_key, surname FROM entities ORDER BY id');
        expect(rows.map((r) => r.surname)).toEqual(['mudavadi', 'ruto', 'croix', '']);
        const version = await db.get<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations');
        expect(version?.v).toBe(SCHEMA_VERSION);
      } finally {
        await dispose();
      }
    });
  });
}
