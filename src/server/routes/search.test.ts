// GET /search on SQLite and PostgreSQL: matching documents, pages, and bad parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'BAD_REQUEST', message } } });

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`search route on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('finds documents by their words', async () => {
      expect(await api.get('/search?q=spoke+by+telephone')).toEqual({
        status: 200,
        body: { items: [{ id: 'wire-call', title: null, url: 'https://news.example/wire-call', published: '2025-04-11' }], page: 1, pageSize: 50, next: null },
      });
      expect((await api.get('/search?q=%22unbalanced+quote')).body.items).toEqual([]);
    });

    it('pages through the hits', async () => {
      const first = (await api.get('/search?q=Nairobi&pageSize=1')).body;
      const second = (await api.get('/search?q=Nairobi&pageSize=1&page=2')).body;
      expect([first.next, second.next]).toEqual([2, null]);
      expect([...first.items, ...second.items].map((h: { id: string }) => h.id).sort()).toEqual(['markets', 'wire-call']);
    });

    it.each([
      ['', 'query parameter q is required; give the words to look for, such as ?q=border+crossing'],
      ['q=%20%20', 'query parameter q "  " is blank; give the words to look for, such as ?q=border+crossing'],
      ['q=Nairobi&pageSize=0', 'query parameter pageSize 0 must be a whole number from 1 to 500'],
      ['query=Nairobi', 'query parameter q is required; give the words to look for, such as ?q=border+crossing; unknown query parameter query; this route takes q, page, pageSize'],
    ])('refuses ?%s with a 400 naming the parameter', async (params, message) => {
      expect(await api.get(`/search?${params}`)).toEqual(badRequest(message));
    });
  });
}
