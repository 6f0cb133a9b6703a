// GET /health: the server answers and its store can be queried.
import { createRoute, z } from '@hono/zod-openapi';
import { INTERNAL } from '../api-error.js';
import type { RouteGroup } from '../core.js';

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: 'Whether the server and its store answer',
  responses: {
    200: {
      description: 'The store answered a query.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']) }).openapi('Health') } },
    },
    ...INTERNAL,
  },
});

/** GET /health. */
export const healthRoutes: RouteGroup = (app, core) => {
  app.openapi(health, async (c) => {
    await core.db.get('SELECT 1 AS ok');
    return c.json({ status: 'ok' as const, engine: core.store.engine }, 200);
  });
};
