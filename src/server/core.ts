// What the routes answer from: the store, and its SQL connection for the analytics that run their own queries.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SqlDriver } from '../store/sql.js';
import type { Store } from '../store/store.js';

export interface ApiCore {
  store: Store;
  db: SqlDriver;
  /** How long the analytics routes (dyads, timelines) reuse an answer, in ms; 0 computes every one. */
  cacheMs: number;
}

/** Adds one group of routes (one file under routes/) to the app. */
export type RouteGroup = (app: OpenAPIHono, core: ApiCore) => void;
