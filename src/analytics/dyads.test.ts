// Top dyads on SQLite and PostgreSQL: country pairs in either direction, only events that happened, within dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import type { SqlDriver } from '../store/sql.js';
import { openDriver } from '../store/store.js';
import { topDyads } from './dyads.js';

/** Stores a consultation (040, +1) from `source` to `target` country on 2025-03-03, reported by document 1. */
async function consult(db: SqlDriver, source: string, target: string): Promise<void> {
  await db.run(
    `INSERT INTO events (date, date_lo, date_hi, date_precision, cameo, root, cameo_name, goldstein, quad_class, source_code, source_country, source_sector,
       source_name, target_code, target_country, target_sector, target_name, negated, modality, confidence, num_mentions, num_articles, num_sources, first_document)
     VALUES ('2025-03-03', '2025-03-03', '2025-03-03', 'day', '040', '04', 'Consult', 1, 1, ?, ?, 'GOV', 'x', ?, ?, 'GOV', 'y', 0, 'asserted', 0.9, 1, 1, 1, 1)`,
    [`${source}GOV`, source, `${target}GOV`, target],
  );
}

/** Every result per engine as JSON, to compare the engines at the end. */
const results = new Map<string, string>();

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`topDyads on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('counts each pair in both directions, only asserted and not negated events, most events first, then by codes', async () => {
      const all = await topDyads(s.driver, { top: 20 });
      results.set(engine.name, JSON.stringify(all));
      expect(all).toEqual([
        // The call (+1), the undated intent to meet (+4), the minerals agreement (+8) and Rubio's praise (+3.4); not the planned meeting.
        { a: 'PAK', b: 'USA', events: 4, goldsteinSum: 16.4, goldsteinMean: 4.1, first: '2025-05-06', last: '2025-07-01' },
        { a: 'CHN', b: 'PAK', events: 2, goldsteinSum: 4.4, goldsteinMean: 2.2, first: '2025-05-19', last: '2025-05-20' },
        { a: 'CHN', b: 'IND', events: 1, goldsteinSum: -2, goldsteinMean: -2, first: '2025-07-14', last: '2025-07-14' },
        { a: 'ESP', b: 'PAK', events: 1, goldsteinSum: 1, goldsteinMean: 1, first: '2025-07-14', last: '2025-07-14' },
        // The accusation; the agreement Pakistan "did not sign" is left out.
        { a: 'IND', b: 'PAK', events: 1, goldsteinSum: -2, goldsteinMean: -2, first: '2025-06-10', last: '2025-06-10' },
      ]);
    });

    it('returns only the top pairs', async () => {
      expect((await topDyads(s.driver, { top: 2 })).map((d) => `${d.a}-${d.b}`)).toEqual(['PAK-USA', 'CHN-PAK']);
    });

    it('keeps events whose dates lie within --from and --to; an undated report counts but gives no first or last day', async () => {
      expect(await topDyads(s.driver, { top: 20, from: '2025-06-01', to: '2025-06-30' })).toEqual([
        { a: 'IND', b: 'PAK', events: 1, goldsteinSum: -2, goldsteinMean: -2, first: '2025-06-10', last: '2025-06-10' },
        { a: 'PAK', b: 'USA', events: 1, goldsteinSum: 4, goldsteinMean: 4, first: null, last: null },
      ]);
      expect((await topDyads(s.driver, { top: 20, from: '2025-07-01' })).map((d) => [`${d.a}-${d.b}`, d.events, d.goldsteinSum])).toEqual([
        ['PAK-USA', 2, 11.4],
        ['CHN-IND', 1, -2],
        ['ESP-PAK', 1, 1],
      ]);
      expect(await topDyads(s.driver, { top: 20, to: '2025-05-01' })).toEqual([]);
    });
  });

  describe.skipIf(engine.skip)(`topDyads on ${engine.name}, hand-made events`, () => {
    let db: SqlDriver;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await engine.open();
      db = await openDriver(opened.spec, { schema: opened.schema });
      dispose = async () => (await db.close(), await opened.dispose());
      await db.run("INSERT INTO documents (doc_key, content_hash, text, pipeline, ingested_at) VALUES ('d1', 'h1', 'text', '[]', '2025-03-04')");
      for (const [source, target] of [['PAK', 'PAK'], ['PAK', ''], ['', 'USA'], ['USA', 'PAK']]) await consult(db, source!, target!);
    });
    afterAll(async () => dispose?.());

    it('leaves out events within one country and events with a side whose country is unknown', async () => {
      expect(await topDyads(db, { top: 20 })).toEqual([{ a: 'PAK', b: 'USA', events: 1, goldsteinSum: 1, goldsteinMean: 1, first: '2025-03-03', last: '2025-03-03' }]);
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('topDyads on both engines', () => {
  it('gives identical results on SQLite and PostgreSQL', () => {
    expect(results.get('postgres')).toBe(results.get('sqlite'));
  });
});
