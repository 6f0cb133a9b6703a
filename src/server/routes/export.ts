// GET /export?format=…: every matching event as GDELT, PLOVER, CSV or JSONL, streamed a page at a time with its content type.
import { createRoute, z } from '@hono/zod-openapi';
import { csvLines } from '../../export/csv.js';
import { EXPORT_FORMATS, storedEvents, type ExportFormat } from '../../export/export-command.js';
import { gdeltLines } from '../../export/gdelt.js';
import { jsonlLines } from '../../export/jsonl.js';
import { ploverLines } from '../../export/plover.js';
import type { StoredEvent } from '../../store/store.js';
import { BAD_REQUEST, INTERNAL } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { datesInOrder, eventFilterParams, query, toEventFilter } from '../params.js';

/** Each format's content type, file name and lines. */
const FORMATS: Record<ExportFormat, { type: string; file: string; lines: (events: AsyncIterable<StoredEvent>) => AsyncIterable<string> }> = {
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', file: 'dyad-events.gdelt.tsv', lines: (events) => gdeltLines(events, new Date()) },
  plover: { type: 'application/x-ndjson; charset=utf-8', file: 'dyad-events.plover.jsonl', lines: ploverLines },
  csv: { type: 'text/csv; charset=utf-8; header=present', file: 'dyad-events.csv', lines: csvLines },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'dyad-events.jsonl', lines: jsonlLines },
};


/** Bytes of about 64 KiB at a time from lines, pulled only as fast as the client reads. */
function byteStream(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const it = lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      let chunk = '';
      while (chunk.length < 65_536) {
        const next = await it.next();
        if (next.done) {
          if (chunk !== '') controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

const text = { schema: z.string() };
const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags: ['events'],
  summary: 'Every matching event in an exchange format',
  description: 'gdelt: GDELT 2.0 event-table rows (TSV, no header); plover: POLECAT-style JSON lines; csv: with a header; jsonl: Dyad events as in GET /events.',
  request: {
    query: query({
      format: z
        .enum(EXPORT_FORMATS, { error: (issue) => (issue.input === undefined ? 'is required' : 'is not an export format') + `; use ${EXPORT_FORMATS.join(', ')}` })
        .openapi({ example: 'csv' }),
      ...eventFilterParams,
    }).superRefine(datesInOrder),
  },
  responses: {
    200: {
      description: 'The events, streamed.',
      content: { 'text/tab-separated-values': text, 'application/x-ndjson': text, 'text/csv': text },
    },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

/** GET /export. */
export const exportRoutes: RouteGroup = (app, core) => {
  app.openapi(exportRoute, (c) => {
    const { format, ...filter } = c.req.valid('query');
    const f = FORMATS[format];
    return c.body(byteStream(f.lines(storedEvents(core.store, toEventFilter(filter)))), 200, {
      'Content-Type': f.type,
      'Content-Disposition': `attachment; filename="${f.file}"`,
    });
  });
};
