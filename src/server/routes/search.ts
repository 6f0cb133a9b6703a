// GET /search?q=…: documents matching words (SQLite FTS5 or PostgreSQL full-text search), best first, paginated.
import { createRoute, z } from '@hono/zod-openapi';
import { BAD_REQUEST, INTERNAL } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { pageParams, pageSchema, readPage } from '../page.js';
import { query } from '../params.js';

const SearchHitSchema = z
  .object({
    id: z.string().openapi({ description: 'The document id, for GET /documents/{id}.' }),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
  })
  .openapi('SearchHit');

const search = createRoute({
  method: 'get',
  path: '/search',
  tags: ['documents'],
  summary: 'Documents matching words',
  request: {
    query: query({
      q: z
        .string({ error: 'is required; give the words to look for, such as ?q=border+crossing' })
        .refine((v) => v.trim() !== '', { error: 'is blank; give the words to look for, such as ?q=border+crossing' })
        .openapi({ description: 'Words to look for; punctuation and quotes are plain text.', example: 'border crossing' }),
      ...pageParams,
    }),
  },
  responses: {
    200: { description: 'One page of matching documents, best first.', content: { 'application/json': { schema: pageSchema('SearchPage', SearchHitSchema) } } },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

/** GET /search. */
export const searchRoutes: RouteGroup = (app, core) => {
  app.openapi(search, async (c) => {
    const { q, ...page } = c.req.valid('query');
    // The store ranks the best `limit` hits; a later page is the tail of a longer ranking.
    return c.json(await readPage(page, async (limit, offset) => (await core.store.search(q, offset + limit)).slice(offset)), 200);
  });
};
