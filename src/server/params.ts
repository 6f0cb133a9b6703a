// Query and path parameters the routes share, each refusing a bad value with a message that says what a good one looks like.
import { z } from '@hono/zod-openapi';
import { checkPublished } from '../input/published.js';
import type { EventFilter } from '../store/store.js';

/**
 * A route's query schema: parameters it does not list are refused, with the list of those it takes.
 * @example query({ q: z.string() }) // ?q=a&x=1 → 400 "unknown query parameter x; this route takes q"
 */
export function query<S extends z.ZodRawShape>(shape: S) {
  const takes = Object.keys(shape).join(', ');
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `this route takes ${takes}` : undefined) });
}

/**
 * A whole number from `min` to `max` given as a query string, `default` when absent.
 * @example wholeNumber({ min: 1, max: 500, default: 50, description: 'Items per page.' }) // "900" → 400 "… must be a whole number from 1 to 500"
 */
export function wholeNumber(o: { min: number; max: number; default: number; description: string }) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return o.default;
      const n = Number(v);
      if (/^\d+$/.test(v) && n >= o.min && n <= o.max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${o.min} to ${o.max}` });
      return z.NEVER;
    })
    .openapi({ type: 'integer', minimum: o.min, maximum: o.max, default: o.default, description: o.description });
}

/**
 * An optional day, YYYY-MM-DD (an ISO timestamp is reduced to its date).
 * @example day('Events dated on or after this day.') // "2025-02-30" → 400 "… is not a real date; expected YYYY-MM-DD …"
 */
export function day(description: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const checked = checkPublished(v);
      if (checked.ok) return checked.date;
      ctx.addIssue({ code: 'custom', message: checked.reason });
      return z.NEVER;
    })
    .openapi({ type: 'string', description, example: '2025-04-01' });
}

/** A `from` after `to` is refused on `from`; for `.superRefine` on a query with both. */
export function datesInOrder(q: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `is after to ${q.to}; give the earlier day first` });
}

/** An ISO 3166-1 alpha-3 country code in any case, upper-cased: "ken" → "KEN". */
export const country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: 'is not a country code; give an ISO 3166-1 alpha-3 code such as KEN' })
  .transform((s) => s.toUpperCase())
  .openapi({ type: 'string', pattern: '^[A-Za-z]{3}$', description: 'An ISO 3166-1 alpha-3 country code, any case.', example: 'KEN' });

/** The event filters of `dyad events`, as query parameters. */
export const eventFilterParams = {
  dyad: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const m = /^([A-Za-z]{3})[-_/ ]([A-Za-z]{3})$/.exec(v);
      if (m) return [m[1]!.toUpperCase(), m[2]!.toUpperCase()] as [string, string];
      ctx.addIssue({ code: 'custom', message: 'must be two country codes such as PAK-USA' });
      return z.NEVER;
    })
    .openapi({ type: 'string', description: 'Two country codes: events between them in either direction.', example: 'KEN-ETH' }),
  from: day('Events whose date lies on or after this day.'),
  to: day('Events whose date lies on or before this day.'),
  code: z
    .string()
    .regex(/^\d{2,4}$/, { error: 'must be a CAMEO code or prefix such as 04 or 057' })
    .optional()
    .openapi({ description: 'A CAMEO event code or prefix.', example: '04' }),
  actor: z.string().min(1, { error: 'is empty; give part of an actor name' }).optional().openapi({ description: "Part of a source or target actor's name." }),
  all: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true')
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'true also lists planned, intended and denied events (default: what happened).' }),
};

/** The store's filter from parsed event filter parameters. */
export function toEventFilter(q: { dyad?: [string, string]; from?: string; to?: string; code?: string; actor?: string; all: boolean }): EventFilter {
  return { dyad: q.dyad, from: q.from, to: q.to, code: q.code, actor: q.actor, assertedOnly: !q.all };
}

/**
 * A numeric id in the path, named after what it identifies.
 * @example idParam('event', 'GET /events') // "abc" → 400 "path parameter id abc must be an event id, a whole number from GET /events"
 */
export function idParam(what: string, listedBy: string) {
  return z
    .string()
    .regex(/^\d{1,15}$/, { error: `must be ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id, a whole number from ${listedBy}` })
    .transform(Number)
    .openapi({ type: 'integer', minimum: 0, example: 1 });
}
