// A dyad's top actors, agreements and amounts, on both engines, from the articles in test/support/actor-articles.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import { dyadSummary } from './dyad-summary.js';

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyadSummary on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('ranks the actors in the dyad’s events and lists its agreements, by date', async () => {
      const summary = await dyadSummary(s.driver, { a: 'USA', b: 'PAK', by: 'month' });
      // Rubio: the call, the undated intent to meet, the praise; Dar (also as plain "Dar"): the call and the intent; the countries: the signing and the praise.
      expect(summary.topActors).toEqual([
        { name: 'Marco Rubio', code: 'USAGOV', events: 3 },
        { name: 'Ishaq Dar', code: 'PAKGOV', events: 2 },
        { name: 'Pakistan', code: 'PAK', events: 2 },
        { name: 'United States', code: 'USA', events: 1 },
      ]);
      expect(summary.agreements.map((a) => [a.date, a.cameo, a.amount])).toEqual([['2025-07-01', '057', null]]);
      expect(summary.amounts).toEqual([]);
    });

    it('keeps to the range', async () => {
      const summary = await dyadSummary(s.driver, { a: 'PAK', b: 'USA', by: 'month', from: '2025-05-01', to: '2025-05-31' });
      expect(summary.agreements).toEqual([]);
      expect(summary.topActors.map((a) => [a.name, a.events])).toEqual([
        ['Ishaq Dar', 1],
        ['Marco Rubio', 1],
      ]);
    });
  });
}
