// GET /events (filtered, paginated) and GET /events/{id}: the store's merged events with the documents that report them.
import { createRoute, z } from '@hono/zod-openapi';
import { ApiError, BAD_REQUEST, INTERNAL, NOT_FOUND } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { eventById } from '../event-by-id.js';
import { EventSchema } from '../event-schema.js';
import { pageParams, pageSchema, readPage } from '../page.js';
import { datesInOrder, eventFilterParams, idParam, query, toEventFilter } from '../params.js';

const listEvents = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'Stored events, filtered and paginated',
  description: 'Merged events by date (undated last), then id; by default only what happened (asserted, not negated).',
  request: { query: query({ ...eventFilterParams, ...pageParams }).superRefine(datesInOrder) },
  responses: {
    200: { description: 'One page of events.', content: { 'application/json': { schema: pageSchema('EventPage', EventSchema) } } },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

const getEvent = createRoute({
  method: 'get',
  path: '/events/{id}',
  tags: ['events'],
  summary: 'One stored event',
  request: { params: z.object({ id: idParam('event', 'GET /events') }) },
  responses: {
    200: { description: 'The event.', content: { 'application/json': { schema: EventSchema } } },
    ...BAD_REQUEST,
    ...NOT_FOUND,
    ...INTERNAL,
  },
});

/** GET /events and GET /events/{id}. */
export const eventRoutes: RouteGroup = (app, core) => {
  app.openapi(listEvents, async (c) => {
    const q = c.req.valid('query');
    return c.json(await readPage(q, (limit, offset) => core.store.events({ ...toEventFilter(q), limit, offset })), 200);
  });
  app.openapi(getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const event = await eventById(core, id);
    if (event === null) throw new ApiError('NOT_FOUND', `there is no event ${id}; list events with GET /events`);
    return c.json(event, 200);
  });
};
