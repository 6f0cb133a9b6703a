// GET /actors and GET /actors/{id} on SQLite and PostgreSQL: filters, name search, pages, bad parameters and unknown ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const names = (body: { items: { name: string }[] }) => body.items.map((a) => a.name);
const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'BAD_REQUEST', message } } });

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`actors routes on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('lists actors most events first, with their roles, a page at a time', async () => {
      const { status, body } = await api.get('/actors?pageSize=3');
      expect(status).toBe(200);
      expect(names(body)).toEqual(['Daniel Kiptoo', 'Ethiopia', 'Saima Qureshi']);
      expect(body).toMatchObject({ page: 1, pageSize: 3, next: 2 });
      expect(body.items[0]).toEqual({
        id: expect.any(Number),
        name: 'Daniel Kiptoo',
        type: 'PERSON',
        country: 'KEN',
        sector: 'GOV',
        roles: [{ role: 'President', country: 'KEN', sector: 'GOV', firstSeen: '2025-07-16', lastSeen: '2025-07-16' }],
        events: 3,
        mentions: 2,
      });
      expect(names((await api.get('/actors?pageSize=3&page=2')).body)).toEqual(['Amina Odhiambo', 'China', 'Dawit Alemu']);
      expect((await api.get('/actors?pageSize=3&page=5')).body).toMatchObject({ page: 5, next: null });
    });

    it.each([
      ['country=ken&type=person', ['Daniel Kiptoo', 'Amina Odhiambo']],
      ['type=GPE', ['Ethiopia', 'China', 'Kenya', 'United States', 'Pakistan']],
      ['name=qureshi', ['Saima Qureshi']],
      ['name=Minister%20Kiptoo', ['Daniel Kiptoo']],
      ['name=kiptoo&country=ETH', []],
      ['name=nobody', []],
    ])('filters with %s', async (filter, expected) => {
      const { status, body } = await api.get(`/actors?${filter}`);
      expect(status).toBe(200);
      expect(names(body)).toEqual(expected);
    });

    it.each([
      ['country=KENYA', 'query parameter country KENYA is not a country code; give an ISO 3166-1 alpha-3 code such as KEN'],
      ['type=robot', 'query parameter type robot is not an actor type; use PERSON, ORG, GPE, LOC, NORP, MISC'],
      ['name=', 'query parameter name "" is empty; give part of a name'],
      ['page=first', 'query parameter page first must be a whole number from 1 to 1000000'],
      ['limit=5', 'unknown query parameter limit; this route takes country, type, name, page, pageSize'],
    ])('refuses %s with a 400 naming the parameter', async (params, message) => {
      expect(await api.get(`/actors?${params}`)).toEqual(badRequest(message));
    });

    it('gives one actor with its newest events, planned ones too', async () => {
      const id = (await api.get('/actors?name=kiptoo')).body.items[0].id;
      const { status, body } = await api.get(`/actors/${id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id, name: 'Daniel Kiptoo', events: 3 });
      expect(body.recentEvents.map((e: { id: number; cameo: string }) => [e.id, e.cameo])).toEqual([
        [3, '042'],
        [2, '040'],
        [4, '036'],
      ]);
      expect(body.recentEvents[1]).toEqual((await api.get('/events/2')).body);
    });

    it('answers an unknown actor id with a 404 and a malformed one with a 400', async () => {
      expect(await api.get('/actors/999')).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'there is no actor 999; list actors with GET /actors' } } });
      expect(await api.get('/actors/kiptoo')).toEqual(badRequest('path parameter id kiptoo must be an actor id, a whole number from GET /actors'));
    });
  });
}
