// GET /events and GET /events/{id} on SQLite and PostgreSQL: filters, pages, bad parameters and unknown ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const ids = (body: { items: { id: number }[] }) => body.items.map((e) => e.id);
const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'BAD_REQUEST', message } } });

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`events routes on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('lists what happened by date, each event with the documents that report it', async () => {
      const { status, body } = await api.get('/events');
      expect(status).toBe(200);
      expect(ids(body)).toEqual([1, 5, 6, 4, 2]);
      expect(body).toMatchObject({ page: 1, pageSize: 50, next: null });
      expect(body.items[0]).toEqual({
        id: 1,
        date: '2025-04-10',
        cameo: '041',
        cameoName: 'Discuss by telephone',
        plover: 'CONSULT',
        goldstein: 1,
        quadClass: 1,
        source: { name: 'Amina Odhiambo', country: 'KEN', sector: 'GOV', code: 'KENGOV' },
        target: { name: 'Tesfaye Bekele', country: 'ETH', sector: 'GOV', code: 'ETHGOV' },
        amount: { value: 2_000_000, currency: 'USD', text: '$2 million' },
        location: null,
        negated: false,
        modality: 'asserted',
        confidence: 0.9,
        numMentions: 1,
        numArticles: 1,
        numSources: 1,
        sources: [{ id: 'wire-call', url: 'https://news.example/wire-call', copy: false }],
        evidence: 'Kenyan Foreign Minister Amina Odhiambo spoke by telephone with Ethiopian Foreign Minister Tesfaye Bekele',
      });
    });

    it('adds planned events with all=true', async () => {
      const { body } = await api.get('/events?all=true');
      expect(ids(body)).toEqual([1, 5, 6, 4, 2, 3]);
      expect(body.items[5]).toMatchObject({ cameo: '042', modality: 'future', date: '2025-09' });
    });

    it.each([
      ['dyad=ETH-KEN', [1, 4, 2]],
      ['dyad=ken_eth', [1, 4, 2]],
      ['code=041', [1]],
      ['code=04', [1, 5, 2]],
      ['actor=qureshi', [5, 6]],
      ['from=2025-05-01&to=2025-06-30', [5, 6]],
      ['dyad=PAK-USA&from=2025-06-01', []],
    ])('filters with %s', async (filter, expected) => {
      const { status, body } = await api.get(`/events?${filter}`);
      expect(status).toBe(200);
      expect(ids(body)).toEqual(expected);
    });

    it('pages through the events, pointing at the next page until the last', async () => {
      expect((await api.get('/events?pageSize=2')).body).toMatchObject({ page: 1, pageSize: 2, next: 2 });
      expect(ids((await api.get('/events?pageSize=2')).body)).toEqual([1, 5]);
      expect(ids((await api.get('/events?pageSize=2&page=2')).body)).toEqual([6, 4]);
      const last = (await api.get('/events?pageSize=2&page=3')).body;
      expect([ids(last), last.next]).toEqual([[2], null]);
      expect((await api.get('/events?pageSize=2&page=4')).body).toEqual({ items: [], page: 4, pageSize: 2, next: null });
    });

    it.each([
      ['dyad=PAKUSA', 'query parameter dyad PAKUSA must be two country codes such as PAK-USA'],
      ['from=2025-02-30', 'query parameter from 2025-02-30 is not a real date; expected YYYY-MM-DD (e.g. 2025-09-14) or an ISO timestamp (2025-09-14T08:30:00Z)'],
      ['to=yesterday', 'query parameter to yesterday is not in the form YYYY-MM-DD (e.g. 2025-09-14) or an ISO timestamp (2025-09-14T08:30:00Z)'],
      ['from=2025-06-01&to=2025-05-01', 'query parameter from 2025-06-01 is after to 2025-05-01; give the earlier day first'],
      ['code=4a', 'query parameter code 4a must be a CAMEO code or prefix such as 04 or 057'],
      ['actor=', 'query parameter actor "" is empty; give part of an actor name'],
      ['all=yes', 'query parameter all yes must be true or false'],
      ['page=0', 'query parameter page 0 must be a whole number from 1 to 1000000'],
      ['pageSize=501', 'query parameter pageSize 501 must be a whole number from 1 to 500'],
      ['pageSize=ten', 'query parameter pageSize ten must be a whole number from 1 to 500'],
      ['dyd=PAK-USA', 'unknown query parameter dyd; this route takes dyad, from, to, code, actor, all, page, pageSize'],
      ['code=x&limit=5', 'query parameter code x must be a CAMEO code or prefix such as 04 or 057; unknown query parameter limit; this route takes dyad, from, to, code, actor, all, page, pageSize'],
    ])('refuses %s with a 400 naming the parameter', async (params, message) => {
      expect(await api.get(`/events?${params}`)).toEqual(badRequest(message));
    });

    it('gives one event as the list gives it, planned ones too', async () => {
      const listed = (await api.get('/events?all=true')).body.items;
      for (const id of [1, 3, 4]) expect(await api.get(`/events/${id}`)).toEqual({ status: 200, body: listed.find((e: { id: number }) => e.id === id) });
    });

    it('answers an unknown event id with a 404 and a malformed one with a 400', async () => {
      expect(await api.get('/events/999')).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'there is no event 999; list events with GET /events' } } });
      expect(await api.get('/events/abc')).toEqual(badRequest('path parameter id abc must be an event id, a whole number from GET /events'));
      expect(await api.get('/events/-1')).toEqual(badRequest('path parameter id -1 must be an event id, a whole number from GET /events'));
    });
  });
}
