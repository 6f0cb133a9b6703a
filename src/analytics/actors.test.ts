// Actors on SQLite and PostgreSQL: a minister's roles over time, his events under his full name and his surname, and name search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import { queryEvents } from '../store/event-query.js';
import type { SqlDriver } from '../store/sql.js';
import { openDriver } from '../store/store.js';
import { actorById, findActors, listActors, type ActorSummary } from './actors.js';

/** Name, type, country, sector, events, mentions: what an actor list is about, without ids. */
const brief = (actors: ActorSummary[]) => actors.map((a) => [a.name, a.type, a.country, a.sector, a.events, a.mentions]);
const names = (actors: ActorSummary[]) => actors.map((a) => a.name);
/** Every result per engine as JSON, to compare the engines at the end. */
const results = new Map<string, string>();

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`actors on ${engine.name}`, () => {
    let s: ActorStore;
    let db: SqlDriver;
    beforeAll(async () => {
      s = await actorStore(engine);
      db = s.driver;
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('lists actors by events, then mentions, then name, counting events that did not happen', async () => {
      const all = await listActors(db, {});
      results.set(engine.name, JSON.stringify(all));
      expect(brief(all)).toEqual([
        // 6: the call, Beijing, "Dar accused India", "will meet Rubio" (future) and its intent, Madrid.
        ['Ishaq Dar', 'PERSON', 'PAK', 'GOV', 6, 5],
        // 4 with the agreement Pakistan "did not sign" (negated).
        ['Pakistan', 'GPE', 'PAK', null, 4, 7],
        ['Marco Rubio', 'PERSON', 'USA', 'GOV', 4, 3],
        ['India', 'GPE', 'IND', null, 3, 3],
        ['China', 'GPE', 'CHN', null, 1, 4],
        ['United States', 'GPE', 'USA', null, 1, 3],
        ['José Manuel Albares', 'PERSON', 'ESP', 'GOV', 1, 1],
        ['Wang Wentao', 'PERSON', 'CHN', 'GOV', 1, 1],
        ['Wang Yi', 'PERSON', 'CHN', 'GOV', 1, 1],
        ['Spain', 'GPE', 'ESP', null, 0, 2],
      ]);
    });

    it("gives a minister's roles in the order they were first seen, with the first and last day of each", async () => {
      const [dar] = await listActors(db, { country: 'PAK', type: 'PERSON' });
      expect(dar!.roles).toEqual([
        { role: 'Foreign Minister', country: 'PAK', sector: 'GOV', firstSeen: '2025-05-06', lastSeen: '2025-07-15' },
        { role: 'Deputy Prime Minister', country: 'PAK', sector: 'GOV', firstSeen: '2025-05-20', lastSeen: '2025-05-20' },
      ]);
      const [pakistan] = await listActors(db, { country: 'PAK', type: 'GPE' });
      expect(pakistan!.roles).toEqual([]);
    });

    it('filters by country and type, and pages with limit and offset', async () => {
      expect(names(await listActors(db, { country: 'PAK' }))).toEqual(['Ishaq Dar', 'Pakistan']);
      expect(names(await listActors(db, { country: 'CHN', type: 'PERSON' }))).toEqual(['Wang Wentao', 'Wang Yi']);
      expect(names(await listActors(db, { type: 'ORG' }))).toEqual([]);
      expect(names(await listActors(db, { limit: 2, offset: 1 }))).toEqual(['Pakistan', 'Marco Rubio']);
    });

    it('finds an actor by name whatever the case, accents, honorifics or spacing', async () => {
      for (const name of ['Ishaq Dar', 'ishaq  DAR', 'Mr. Ishaq Dar', 'dar']) expect(names(await findActors(db, name))).toEqual(['Ishaq Dar']);
      for (const name of ['José Manuel Albares', 'jose manuel albares', 'ALBARÉS']) expect(names(await findActors(db, name))).toEqual(['José Manuel Albares']);
      expect(names(await findActors(db, 'Wang'))).toEqual(['Wang Wentao', 'Wang Yi']);
    });

    it('falls back to the last word of the name, as a surname', async () => {
      expect(names(await findActors(db, 'Foreign Minister Albares'))).toEqual(['José Manuel Albares']);
      expect(names(await findActors(db, 'Muhammad Ishaq Dar'))).toEqual(['Ishaq Dar']);
    });

    it('finds nothing for an unknown name or one with no letters', async () => {
      expect(await findActors(db, 'Kowalczyk')).toEqual([]);
      expect(await findActors(db, ' .. ')).toEqual([]);
    });

    it('gives one actor with its events, newest first, planned ones included, shaped as queryEvents shapes them', async () => {
      const [found] = await findActors(db, 'Ishaq Dar');
      const dar = await actorById(db, found!.id);
      expect(dar).toMatchObject({ ...found, events: 6 });
      expect(dar!.recentEvents.map((e) => [e.date, e.cameo, e.source.code, e.target?.code, e.modality, e.negated, e.evidence])).toEqual([
        ['2025-07-14', '040', 'ESPGOV', 'PAKGOV', 'asserted', false, 'Spanish Foreign Minister José Manuel Albares met Pakistani Foreign Minister Ishaq Dar'],
        ['2025-W25', '040', 'PAKGOV', 'USAGOV', 'future', false, 'He will meet Rubio'],
        ['2025-06-10', '112', 'PAKGOV', 'IND', 'asserted', false, 'Dar accused India'],
        // The intent to meet has no date of its own; it sits at its article's days (June 8 to 11).
        [null, '036', 'PAKGOV', 'USAGOV', 'asserted', false, 'He will meet Rubio'],
        ['2025-05-20', '040', 'PAKGOV', 'CHNGOV', 'asserted', false, 'Pakistani Deputy Prime Minister Ishaq Dar met Chinese Foreign Minister Wang Yi'],
        ['2025-05-06', '041', 'PAKGOV', 'USAGOV', 'asserted', false, 'Pakistani Foreign Minister Ishaq Dar held a phone call with U.S. Secretary of State Marco Rubio'],
      ]);
      const stored = await queryEvents(db, { assertedOnly: false });
      for (const e of dar!.recentEvents) expect(e).toEqual(stored.find((x) => x.id === e.id));
      expect(dar!.recentEvents[1]!.sources).toEqual([{ id: 'daily-india', url: 'https://news.example/daily-india', copy: false }]);
    });

    it('gives null for an id no entity has', async () => {
      expect(await actorById(db, 9999)).toBeNull();
    });
  });

  describe.skipIf(engine.skip)(`name search order on ${engine.name}`, () => {
    let db: SqlDriver;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await engine.open();
      db = await openDriver(opened.spec, { schema: opened.schema });
      dispose = async () => (await db.close(), await opened.dispose());
      for (const name of ['Ali Khan', 'Babar Khan', 'Khan', 'de Souza', 'Alina Rahman']) {
        await db.run("INSERT INTO entities (type, name, name_key, country, sector) VALUES ('PERSON', ?, lower(?), 'PAK', 'GOV')", [name, name]);
      }
    });
    afterAll(async () => dispose?.());

    it('puts the exact name first, then names containing it, then surnames, each by name in code-point order', async () => {
      expect(names(await findActors(db, 'khan'))).toEqual(['Khan', 'Ali Khan', 'Babar Khan']);
      expect(names(await findActors(db, 'Zahid Khan'))).toEqual(['Ali Khan', 'Babar Khan', 'Khan']);
      expect(names(await findActors(db, 'ali'))).toEqual(['Ali Khan', 'Alina Rahman']);
      // Upper case sorts before lower case on both engines, whatever PostgreSQL's locale.
      expect(names(await listActors(db, {}))).toEqual(['Ali Khan', 'Alina Rahman', 'Babar Khan', 'Khan', 'de Souza']);
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('actors on both engines', () => {
  it('gives identical results on SQLite and PostgreSQL', () => {
    expect(results.get('postgres')).toBe(results.get('sqlite'));
  });
});
