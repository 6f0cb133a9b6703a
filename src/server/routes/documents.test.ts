// GET /documents/{id} on SQLite and PostgreSQL: the text with every span quoting it, URL-encoded ids, unknown ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { ARTICLES, openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const CALL = ARTICLES[0].text;
/** The span of the first `quote` in the call story. */
const at = (quote: string) => ({ start: CALL.indexOf(quote), end: CALL.indexOf(quote) + quote.length, text: quote });

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`documents route on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('gives the text with its mentions, times, amounts and event evidence', async () => {
      expect(await api.get('/documents/wire-call')).toEqual({
        status: 200,
        body: {
          id: 'wire-call',
          url: 'https://news.example/wire-call',
          source: 'Dyad Wire',
          title: null,
          published: '2025-04-11',
          copyOf: null,
          text: CALL,
          spans: {
            mentions: [
              { ...at('Kenyan'), type: 'NORP', entity: { id: 1, name: 'Kenya' } },
              { ...at('Amina Odhiambo'), type: 'PERSON', entity: { id: 2, name: 'Amina Odhiambo' } },
              { ...at('Ethiopian'), type: 'NORP', entity: { id: 3, name: 'Ethiopia' } },
              { ...at('Tesfaye Bekele'), type: 'PERSON', entity: { id: 4, name: 'Tesfaye Bekele' } },
              { ...at('Moyale'), type: 'MISC', entity: { id: 5, name: 'Moyale' } },
            ],
            times: [{ ...at('April 11'), type: 'DATE', value: '2025-04-11' }, { ...at('on Thursday'), type: 'DATE', value: '2025-04-10' }],
            amounts: [{ ...at('$2 million'), amount: 2_000_000, currency: 'USD', approximate: false }],
            events: [{ ...at('Kenyan Foreign Minister Amina Odhiambo spoke by telephone with Ethiopian Foreign Minister Tesfaye Bekele'), eventId: 1, cameo: '041', cameoName: 'Discuss by telephone' }],
          },
        },
      });
    });

    it('keeps every span of every document quoting its text', async () => {
      for (const article of ARTICLES) {
        const { status, body } = await api.get(`/documents/${encodeURIComponent(article.key)}`);
        expect(status).toBe(200);
        expect(body.text).toBe(article.text);
        const spans = [...body.spans.mentions, ...body.spans.times, ...body.spans.amounts, ...body.spans.events];
        expect(spans.length).toBeGreaterThan(0);
        for (const span of spans) expect(body.text.slice(span.start, span.end)).toBe(span.text);
      }
    });

    it('finds a document whose id is a URL, given URL-encoded as one path segment', async () => {
      const { status, body } = await api.get(`/documents/${encodeURIComponent('https://news.example/2025/05/pak-usa')}`);
      expect(status).toBe(200);
      expect(body.spans.events.map((e: { eventId: number; text: string }) => [e.eventId, e.text])).toEqual([
        [5, 'Pakistani Foreign Minister Saima Qureshi met American Secretary of State John Harlow'],
        [6, 'Qureshi plans to visit Beijing'],
      ]);
    });

    it('gives a document without events empty event spans', async () => {
      const { body } = await api.get('/documents/markets');
      expect([body.url, body.spans.events, body.spans.amounts]).toEqual([null, [], []]);
    });

    it('answers an unknown document id with a 404 naming it', async () => {
      expect(await api.get('/documents/no%20such%20story')).toEqual({
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: 'there is no document "no such story"; document ids are listed in each event\'s sources' } },
      });
    });
  });
}
