// GET /health on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`health route on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    it('says the store answers, and which engine it is', async () => {
      expect(await api.get('/health')).toEqual({ status: 200, body: { status: 'ok', engine: engine.name } });
    });
  });
}
