// GET /export on SQLite and PostgreSQL: each format streamed with its content type, filters, and bad parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/engines.js';
import { EXPORT_CSV_COLUMNS } from '../../export/csv.js';
import { GDELT_COLUMNS } from '../../export/gdelt.js';
import { openTestApi, type TestApi } from '../../../test/support/api-fixture.js';

const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'BAD_REQUEST', message } } });

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`export route on ${engine.name}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi(() => engine.open());
    });
    afterAll(async () => api?.dispose());

    const download = async (params: string) => {
      const res = await api.app.request(`/export?${params}`);
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
    };

    it('streams CSV with its header, one row per event, CRLF line ends', async () => {
      const { status, type, disposition, text } = await download('format=csv');
      expect([status, type, disposition]).toEqual([200, 'text/csv; charset=utf-8; header=present', 'attachment; filename="dyad-events.csv"']);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(EXPORT_CSV_COLUMNS.join(','));
      expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['1', '5', '6', '4', '2']);
      expect(lines.at(-1)).toBe('');
    });

    it('streams Dyad events as JSON lines, the same as GET /events gives them', async () => {
      const { type, text } = await download('format=jsonl&dyad=PAK-USA');
      expect(type).toBe('application/x-ndjson; charset=utf-8');
      const events = text.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(events).toEqual((await api.get('/events?dyad=PAK-USA')).body.items);
    });

    it('streams GDELT rows of 61 tab-separated fields', async () => {
      const { type, disposition, text } = await download('format=gdelt&all=true');
      expect([type, disposition]).toEqual(['text/tab-separated-values; charset=utf-8', 'attachment; filename="dyad-events.gdelt.tsv"']);
      const rows = text.trimEnd().split('\n').map((l) => l.split('\t'));
      expect(rows.map((r) => r.length)).toEqual(Array(6).fill(GDELT_COLUMNS.length));
      expect(rows.map((r) => r[0])).toEqual(['1', '5', '6', '4', '2', '3']);
    });

    it('streams PLOVER records as JSON lines', async () => {
      const { type, text } = await download('format=plover&code=04');
      expect(type).toBe('application/x-ndjson; charset=utf-8');
      expect(text.trimEnd().split('\n').map((l) => JSON.parse(l).event_id)).toEqual(['1', '5', '2']);
    });

    it('sends CSV with only its header when nothing matches', async () => {
      expect((await download('format=csv&dyad=BRA-ARG')).text).toBe(`${EXPORT_CSV_COLUMNS.join(',')}\r\n`);
    });

    it.each([
      ['', 'query parameter format is required; use gdelt, plover, csv, jsonl'],
      ['format=xml', 'query parameter format xml is not an export format; use gdelt, plover, csv, jsonl'],
      ['format=csv&dyad=KEN', 'query parameter dyad KEN must be two country codes such as PAK-USA'],
      ['format=csv&page=2', 'unknown query parameter page; this route takes format, dyad, from, to, code, actor, all'],
    ])('refuses ?%s with a 400 naming the parameter', async (params, message) => {
      expect(await api.get(`/export?${params}`)).toEqual(badRequest(message));
    });
  });
}
