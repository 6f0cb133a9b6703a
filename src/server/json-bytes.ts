// JSON answers encoded once: a remembered answer goes out as the same bytes each time instead of being serialised per request.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

declare const jsonOf: unique symbol;

/** The UTF-8 JSON text of a `T`, typed so that a route can check `T` against its response schema. */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly [jsonOf]?: T };

/**
 * Serialises `value` once, as UTF-8 JSON.
 * @example const bytes = jsonBytes({ items: [] }) // the bytes of '{"items":[]}'
 */
export function jsonBytes<T>(value: T): JsonBytes<T> {
  return new TextEncoder().encode(JSON.stringify(value)) as JsonBytes<T>;
}

/**
 * Sends encoded JSON with status 200, typed as `c.json(value, 200)` would be, so the route still checks it against its schema.
 * @example app.openapi(route, async (c) => sendJson(c, await memo.get(key, async () => jsonBytes(await compute()))))
 */
export function sendJson<T>(c: Context, bytes: JsonBytes<T>): TypedResponse<JSONParsed<T>, 200, 'json'> {
  return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>;
}
