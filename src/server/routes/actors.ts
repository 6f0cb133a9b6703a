// GET /actors (by country, type or name, paginated) and GET /actors/{id} with the actor's recent events.
import { createRoute, z } from '@hono/zod-openapi';
import { actorById, findActors, listActors } from '../../analytics/actors.js';
import type { EntityType } from '../../document/document.js';
import { ApiError, BAD_REQUEST, INTERNAL, NOT_FOUND } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { EventSchema } from '../event-schema.js';
import { pageParams, pageSchema, readPage } from '../page.js';
import { country, idParam, query } from '../params.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'] as const satisfies readonly EntityType[];

const ActorSchema = z
  .object({
    id: z.number().int(),
    name: z.string().openapi({ example: 'Musalia Mudavadi' }),
    type: z.string().openapi({ example: 'PERSON' }),
    country: z.string().nullable(),
    sector: z.string().nullable(),
    roles: z.array(
      z.object({ role: z.string(), country: z.string(), sector: z.string(), firstSeen: z.string().nullable(), lastSeen: z.string().nullable() }).openapi('ActorRole'),
    ),
    events: z.number().int().openapi({ description: 'Stored events, asserted or not, with the actor as source or target.' }),
    mentions: z.number().int(),
  })
  .openapi('Actor');

const listActorsRoute = createRoute({
  method: 'get',
  path: '/actors',
  tags: ['actors'],
  summary: 'Actors, most events first',
  description: 'With name, the actors whose name matches (exact first, then containing it, then by surname; at most 100 in all).',
  request: {
    query: query({
      country: country.optional().openapi({ description: 'Actors of this country (ISO 3166-1 alpha-3).' }),
      type: z
        .string()
        .optional()
        .transform((v, ctx) => {
          const type = v?.toUpperCase();
          if (type === undefined || (ENTITY_TYPES as readonly string[]).includes(type)) return type;
          ctx.addIssue({ code: 'custom', message: `is not an actor type; use ${ENTITY_TYPES.join(', ')}` });
          return z.NEVER;
        })
        .openapi({ type: 'string', enum: [...ENTITY_TYPES], description: 'Actors of this type (any case).' }),
      name: z.string().min(1, { error: 'is empty; give part of a name' }).optional().openapi({ description: 'Part of a name, ignoring case, accents and titles.', example: 'Mudavadi' }),
      ...pageParams,
    }),
  },
  responses: {
    200: { description: 'One page of actors.', content: { 'application/json': { schema: pageSchema('ActorPage', ActorSchema) } } },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

const getActor = createRoute({
  method: 'get',
  path: '/actors/{id}',
  tags: ['actors'],
  summary: 'One actor with its most recent events',
  request: { params: z.object({ id: idParam('actor', 'GET /actors') }) },
  responses: {
    200: {
      description: 'The actor and its newest events (at most 50, undated last).',
      content: { 'application/json': { schema: ActorSchema.extend({ recentEvents: z.array(EventSchema) }).openapi('ActorWithEvents') } },
    },
    ...BAD_REQUEST,
    ...NOT_FOUND,
    ...INTERNAL,
  },
});

/** GET /actors and GET /actors/{id}. */
export const actorRoutes: RouteGroup = (app, core) => {
  app.openapi(listActorsRoute, async (c) => {
    const { name, country, type, ...page } = c.req.valid('query');
    if (name === undefined) return c.json(await readPage(page, (limit, offset) => listActors(core.db, { country, type, limit, offset })), 200);
    const matches = async () => (await findActors(core.db, name)).filter((a) => (country === undefined || a.country === country) && (type === undefined || a.type === type));
    return c.json(await readPage(page, async (limit, offset) => (await matches()).slice(offset, offset + limit)), 200);
  });
  app.openapi(getActor, async (c) => {
    const { id } = c.req.valid('param');
    const actor = await actorById(core.db, id);
    if (actor === null) throw new ApiError('NOT_FOUND', `there is no actor ${id}; list actors with GET /actors`);
    return c.json(actor, 200);
  });
};
