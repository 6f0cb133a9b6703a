// GET /dyads (the busiest country pairs) and GET /dyads/{a}/{b}/timeline (a pair's events per day, week or month).
import { createRoute, z } from '@hono/zod-openapi';
import { topDyads, type DyadSummary } from '../../analytics/dyads.js';
import { PERIOD_UNITS } from '../../analytics/periods.js';
import { dyadTimeline, type Timeline } from '../../analytics/timeline.js';
import { BAD_REQUEST, INTERNAL } from '../api-error.js';
import type { RouteGroup } from '../core.js';
import { jsonBytes, sendJson, type JsonBytes } from '../json-bytes.js';
import { Memo } from '../memo.js';
import { country, datesInOrder, day, query, wholeNumber } from '../params.js';

const DyadSchema = z
  .object({
    a: z.string().openapi({ description: 'The first country code in code-point order.', example: 'ETH' }),
    b: z.string().openapi({ example: 'KEN' }),
    events: z.number().int(),
    goldsteinSum: z.number(),
    goldsteinMean: z.number().nullable(),
    first: z.string().nullable().openapi({ description: 'The first day of the earliest dated event, or null.' }),
    last: z.string().nullable(),
  })
  .openapi('Dyad');

const TimelineEventSchema = z
  .object({
    id: z.number().int(),
    date: z.string(),
    day: z.string(),
    approximate: z.boolean(),
    cameo: z.string(),
    cameoName: z.string(),
    root: z.string(),
    quadClass: z.number().int().min(1).max(4),
    source: z.string().nullable(),
    target: z.string().nullable(),
    goldstein: z.number(),
    evidence: z.string(),
  })
  .openapi('TimelineEvent');

const count = z.number().int();
const TimelineSchema = z
  .object({
    dyad: z.tuple([z.string(), z.string()]),
    by: z.enum(PERIOD_UNITS),
    buckets: z.array(
      z
        .object({
          label: z.string().openapi({ example: '2025-04' }),
          start: z.string(),
          end: z.string(),
          count,
          byQuadClass: z.object({ 1: count, 2: count, 3: count, 4: count }),
          byRoot: z.record(z.string(), count),
          goldsteinSum: z.number(),
          goldsteinMean: z.number().nullable(),
          events: z.array(TimelineEventSchema),
        })
        .openapi('TimelineBucket'),
    ),
    undated: count,
    coarse: count,
    listed: z.boolean().openapi({ description: 'False when the range holds too many events to list: the buckets then carry counts and sums only.' }),
  })
  .openapi('Timeline');

const listDyads = createRoute({
  method: 'get',
  path: '/dyads',
  tags: ['dyads'],
  summary: 'The country pairs with most events',
  description: 'Asserted, non-negated events between two known, different countries, in either direction. Answers are reused for a second, so they may lag an ingest by that much.',
  request: {
    query: query({
      top: wholeNumber({ min: 1, max: 500, default: 20, description: 'How many pairs.' }),
      from: day('Count events whose date lies on or after this day.'),
      to: day('Count events whose date lies on or before this day.'),
    }).superRefine(datesInOrder),
  },
  responses: {
    200: { description: 'The pairs, most events first.', content: { 'application/json': { schema: z.object({ items: z.array(DyadSchema) }).openapi('DyadList') } } },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

const timeline = createRoute({
  method: 'get',
  path: '/dyads/{a}/{b}/timeline',
  tags: ['dyads'],
  summary: "A country pair's timeline",
  description:
    'Events in either direction per day, week or month, with counts by quad class and root and the Goldstein series. Answers are reused for a second, so they may lag an ingest by that much.',
  request: {
    params: z.object({ a: country, b: country.openapi({ example: 'ETH' }) }),
    query: query({
      by: z.enum(PERIOD_UNITS, { error: `is not a period; use ${PERIOD_UNITS.join(', ')}` }).default('month'),
      from: day('The first day of the timeline (default: the first event).'),
      to: day('The last day of the timeline (default: the last event).'),
    }).superRefine(datesInOrder),
  },
  responses: {
    200: { description: 'The timeline.', content: { 'application/json': { schema: TimelineSchema } } },
    ...BAD_REQUEST,
    ...INTERNAL,
  },
});

/** GET /dyads and GET /dyads/{a}/{b}/timeline. */
export const dyadRoutes: RouteGroup = (app, core) => {
  // Kept as encoded JSON: a busy timeline is sent thousands of times a second, and serialising it would cost more than reading it.
  const tops = new Memo<JsonBytes<{ items: DyadSummary[] }>>(core.cacheMs);
  const timelines = new Memo<JsonBytes<Timeline>>(core.cacheMs);
  app.openapi(listDyads, async (c) => {
    const q = c.req.valid('query');
    return sendJson(c, await tops.get(JSON.stringify(q), async () => jsonBytes({ items: await topDyads(core.db, q) })));
  });
  app.openapi(timeline, async (c) => {
    const q = { ...c.req.valid('param'), ...c.req.valid('query') };
    return sendJson(c, await timelines.get(JSON.stringify(q), async () => jsonBytes(await dyadTimeline(core.db, q))));
  });
};
