// GET /documents/{id}: a stored document's text with its highlighted spans (mentions, times, amounts, event evidence).
import { createRoute, z } from '@hono/zod-openapi';
import { showValue } from '../../input/published.js';
import { ApiError, BAD_REQUEST, INTERNAL, NOT_FOUND } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { readDocument } from '../document-view.js';

const at = { start: z.number().int(), end: z.number().int(), text: z.string().openapi({ description: 'The document text from start to end.' }) };

const DocumentSchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    copyOf: z.string().nullable().openapi({ description: 'For a syndicated copy, the id of its original.' }),
    text: z.string(),
    spans: z
      .object({
        mentions: z.array(
          z.object({ ...at, type: z.string().openapi({ example: 'PERSON' }), entity: z.object({ id: z.number().int(), name: z.string() }).nullable() }).openapi('MentionSpan'),
        ),
        times: z.array(z.object({ ...at, type: z.string().openapi({ example: 'DATE' }), value: z.string().openapi({ example: '2025-04-10' }) }).openapi('TimeSpan')),
        amounts: z.array(z.object({ ...at, amount: z.number(), currency: z.string(), approximate: z.boolean() }).openapi('AmountSpan')),
        events: z.array(z.object({ ...at, eventId: z.number().int(), cameo: z.string(), cameoName: z.string() }).openapi('EventSpan')),
      })
      .openapi({ description: '[start, end) in UTF-16 code units into text; each list in text order.' }),
  })
  .openapi('Document');

const getDocument = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags: ['documents'],
  summary: 'A stored document with its spans',
  description: 'The id is the one given at ingest, else the path or URL, URL-encoded as one path segment (GET /documents/https%3A%2F%2Fnews.example%2Fa).',
  request: { params: z.object({ id: z.string().openapi({ example: 'wire-a' }) }) },
  responses: {
    200: { description: 'The document.', content: { 'application/json': { schema: DocumentSchema } } },
    ...BAD_REQUEST,
    ...NOT_FOUND,
    ...INTERNAL,
  },
});

/** GET /documents/{id}. */
export const documentRoutes: RouteGroup = (app, core) => {
  app.openapi(getDocument, async (c) => {
    const { id } = c.req.valid('param');
    const document = await readDocument(core.db, id);
    if (document === null) throw new ApiError('NOT_FOUND', `there is no document ${showValue(id)}; document ids are listed in each event's sources`);
    return c.json(document, 200);
  });
};
