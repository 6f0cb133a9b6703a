// The planner's statistics on PostgreSQL: refreshed at the first threshold and each time the run's count doubles; never on SQLite.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import type { SqlDriver } from './sql.js';
import { StatisticsRefresh } from './statistics.js';
import { openDriver } from './store.js';

const addPerson = (db: SqlDriver, key: string) => db.run('INSERT INTO entities (type, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?)', ['PERSON', key, key, 'KEN', 'GOV']);

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`statistics on ${engine.name}`, () => {
    it(engine.name === 'postgres' ? 'analyzes at the first threshold, then when the count doubles' : 'never analyzes: SQLite plans without them', async () => {
      const place = engine.place();
      const db = await openDriver(place.spec, place.schema === undefined ? {} : { schema: place.schema });
      try {
        for (const key of ['amina wekesa', 'dawit alemu', 'musalia mudavadi']) await addPerson(db, key);
        const statistics = new StatisticsRefresh(db, 2);
        if (engine.name === 'sqlite') {
          await statistics.written(10);
          expect(await db.get("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")).toBeUndefined();
          return;
        }
        // reltuples is -1 until a table is first analyzed, then the rows ANALYZE counted.
        const rows = async () => (await db.get<{ n: number }>("SELECT reltuples::int AS n FROM pg_class WHERE oid = 'entities'::regclass"))!.n;
        await statistics.written(1);
        expect(await rows()).toBe(-1);
        await statistics.written(1);
        expect(await rows()).toBe(3);
        await addPerson(db, 'ruth nyambura');
        await statistics.written(1);
        expect(await rows()).toBe(3);
        await statistics.written(1);
        expect(await rows()).toBe(4);
      } finally {
        await db.close();
        await place.drop();
      }
    });
  });
}
