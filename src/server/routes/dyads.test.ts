// GET /dyads and GET /dyads/{a}/{b}/timeline on SQLite and PostgreSQL: top pairs, timelines, and bad parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'BAD_REQUEST', message } } });
const empty = (label: string, start: string, end: string) => ({
  label,
  start,
  end,
  count: 0,
  byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 },
  byRoot: {},
  goldsteinSum: 0,
  goldsteinMean: null,
  events: [],
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyads routes on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('lists the country pairs with most events', async () => {
      expect(await api.get('/dyads')).toEqual({
        status: 200,
        body: {
          items: [
            { a: 'ETH', b: 'KEN', events: 3, goldsteinSum: 6, goldsteinMean: 2, first: '2025-04-10', last: '2025-07-15' },
            { a: 'CHN', b: 'PAK', events: 1, goldsteinSum: 4, goldsteinMean: 4, first: '2025-06-01', last: '2025-06-01' },
            { a: 'PAK', b: 'USA', events: 1, goldsteinSum: 1, goldsteinMean: 1, first: '2025-05-05', last: '2025-05-05' },
          ],
        },
      });
    });

    it('sends the reused answers as JSON, like every other route', async () => {
      for (const path of ['/dyads', '/dyads/KEN/ETH/timeline', '/events']) expect((await api.app.request(path)).headers.get('content-type')).toBe('application/json');
    });

    it('takes the top pairs within a period', async () => {
      expect((await api.get('/dyads?top=1')).body.items.map((d: { a: string; b: string }) => `${d.a}-${d.b}`)).toEqual(['ETH-KEN']);
      expect((await api.get('/dyads?from=2025-05-01&to=2025-05-31')).body.items.map((d: { a: string; b: string }) => `${d.a}-${d.b}`)).toEqual(['PAK-USA']);
    });

    it("gives a pair's timeline per month, empty months included", async () => {
      const { status, body } = await api.get('/dyads/ken/eth/timeline');
      expect(status).toBe(200);
      expect(body).toEqual({
        dyad: ['KEN', 'ETH'],
        by: 'month',
        buckets: [
          {
            label: '2025-04',
            start: '2025-04-01',
            end: '2025-04-30',
            count: 1,
            byQuadClass: { 1: 1, 2: 0, 3: 0, 4: 0 },
            byRoot: { '04': 1 },
            goldsteinSum: 1,
            goldsteinMean: 1,
            events: [
              {
                id: 1,
                date: '2025-04-10',
                day: '2025-04-10',
                approximate: false,
                cameo: '041',
                cameoName: 'Discuss by telephone',
                root: '04',
                quadClass: 1,
                source: 'KENGOV',
                target: 'ETHGOV',
                goldstein: 1,
                evidence: 'Kenyan Foreign Minister Amina Odhiambo spoke by telephone with Ethiopian Foreign Minister Tesfaye Bekele',
              },
            ],
          },
          empty('2025-05', '2025-05-01', '2025-05-31'),
          empty('2025-06', '2025-06-01', '2025-06-30'),
          expect.objectContaining({ label: '2025-07', count: 1, byRoot: { '04': 1 }, events: [expect.objectContaining({ id: 2, source: 'ETHGOV', target: 'KENGOV' })] }),
        ],
        undated: 1,
        coarse: 0,
        listed: true,
      });
    });

    it('buckets by week within from and to', async () => {
      const { body } = await api.get('/dyads/ETH/KEN/timeline?by=week&from=2025-04-07&to=2025-04-20');
      expect(body.buckets.map((b: { label: string; count: number }) => [b.label, b.count])).toEqual([
        ['2025-W15', 1],
        ['2025-W16', 0],
      ]);
    });

    it('gives a pair without events an empty timeline', async () => {
      expect((await api.get('/dyads/PAK/ETH/timeline')).body).toEqual({ dyad: ['PAK', 'ETH'], by: 'month', buckets: [], undated: 0, coarse: 0, listed: true });
    });

    it.each([
      ['/dyads?top=0', 'query parameter top 0 must be a whole number from 1 to 500'],
      ['/dyads?top=501', 'query parameter top 501 must be a whole number from 1 to 500'],
      ['/dyads?from=2025-13-01', 'query parameter from 2025-13-01 is not a real date; expected YYYY-MM-DD (e.g. 2025-09-14) or an ISO timestamp (2025-09-14T08:30:00Z)'],
      ['/dyads?from=2025-06-01&to=2025-01-01', 'query parameter from 2025-06-01 is after to 2025-01-01; give the earlier day first'],
      ['/dyads?limit=3', 'unknown query parameter limit; this route takes top, from, to'],
      ['/dyads/KENYA/ETH/timeline', 'path parameter a KENYA is not a country code; give an ISO 3166-1 alpha-3 code such as KEN'],
      ['/dyads/KEN/E1H/timeline', 'path parameter b E1H is not a country code; give an ISO 3166-1 alpha-3 code such as KEN'],
      ['/dyads/KEN/ETH/timeline?by=year', 'query parameter by year is not a period; use day, week, month'],
      ['/dyads/KEN/ETH/timeline?from=2025-05-01&to=2025-04-01', 'query parameter from 2025-05-01 is after to 2025-04-01; give the earlier day first'],
      ['/dyads/KEN/ETH/timeline?format=svg', 'unknown query parameter format; this route takes by, from, to'],
    ])('refuses %s with a 400 naming the parameter', async (path, message) => {
      expect(await api.get(path)).toEqual(badRequest(message));
    });
  });
}
