// The lookup of a lone surname among stored people: what it finds on both engines, and that SQLite finds it by index.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { peopleBySurname, PERSON_BY_SURNAME, surnameParams } from './entities.js';
import { openPostgres } from './postgres-driver.js';
import { migrate } from './schema.js';
import { openSqlite } from './sqlite-driver.js';
import type { SqlDriver } from './sql.js';

const person = (db: SqlDriver, name: string, key: string, country: string) =>
  db.run("INSERT INTO entities (type, name, name_key, country, sector, surname) VALUES ('PERSON', ?, ?, ?, 'GOV', ?)", [name, key, country, key.split(' ').at(-1)!]);


for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`surname lookup on ${engine.name}`, () => {
    it('finds the person stored under the bare surname, and the countrymen whose full name ends with it', async () => {
      const place = engine.place();
      const db = engine.name === 'sqlite' ? openSqlite(place.spec) : await openPostgres(place.spec, place.schema);
      try {
        await migrate(db);
        await person(db, 'Mensah', 'mensah', 'GHA');
        await person(db, 'Kwame Mensah', 'kwame mensah', 'GHA');
        await person(db, 'Ama Mensah', 'ama mensah', 'TGO');
        await person(db, 'Kofi Boateng', 'kofi boateng', 'GHA');
        const ids = new Map((await db.all<{ id: number; name_key: string }>('SELECT id, name_key FROM entities')).map((r) => [r.name_key, r.id]));
        const sorted = (rows: { id: number; same: number }[]) => rows.map((r) => [r.id, Number(r.same)]).sort((a, b) => a[0]! - b[0]!);
        expect(sorted(await peopleBySurname(db, 'mensah', 'GHA'))).toEqual([
          [ids.get('mensah'), 1],
          [ids.get('kwame mensah'), 0],
        ]);
        // With no country known, a countryman of any country.
        expect(sorted(await peopleBySurname(db, 'mensah', ''))).toEqual([
          [ids.get('kwame mensah'), 0],
          [ids.get('ama mensah'), 0],
        ]);
        expect(await peopleBySurname(db, 'asante', 'GHA')).toEqual([]);
      } finally {
        await db.close();
        await place.drop();
      }
    });
  });
}

describe('surname lookup plan on SQLite', () => {
  it('searches the name and surname indexes rather than reading every stored person', async () => {
    const db = openSqlite(':memory:');
    try {
      await migrate(db);
      const plan = await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${PERSON_BY_SURNAME}`, surnameParams('mensah', 'GHA'));
      const steps = plan.map((r) => r.detail).filter((d) => d.includes('entities'));
      expect(steps).toHaveLength(2);
      expect(steps[0]).toMatch(/^SEARCH entities USING .*INDEX .*\(type=\? AND name_key=\? AND country=\?\)/);
      expect(steps[1]).toMatch(/^SEARCH entities USING INDEX entities_surname \(surname=\?\)/);
    } finally {
      await db.close();
    }
  });
});
