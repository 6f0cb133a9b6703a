// Migrations on both engines: a store made by an older Dyad is brought up to date with what it holds.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { openPostgres } from './postgres-driver.js';
import { migrate, SCHEMA_VERSION } from './schema.js';
import { openSqlite } from './sqlite-driver.js';

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`schema on ${engine.name}`, () => {
    it('fills the surname of the people a version-4 store already holds, and only theirs', async () => {
      const place = engine.place();
      const db = engine.name === 'sqlite' ? openSqlite(place.spec) : await openPostgres(place.spec, place.schema);
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
        await db.close();
        await place.drop();
      }
    });
  });
}
