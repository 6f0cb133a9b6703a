// The HTTP JSON API over the store: one OpenAPIHono app, a zod schema per route, one error shape, and its own OpenAPI document.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { SqlDriver } from '../store/sql.js';
import type { Store } from '../store/store.js';
import type { RouteGroup } from './core.js';
import { answerError, noRoute, rejectInvalid } from './error-handling.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { dyadRoutes } from './routes/dyads.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';

/** Every route group, in the order the OpenAPI document lists them. */
const ROUTES: readonly RouteGroup[] = [eventRoutes, documentRoutes, actorRoutes, dyadRoutes, searchRoutes, exportRoutes, healthRoutes];

/** How long the analytics routes reuse an answer by default: a timeline may lag an ingest by this much. */
const DEFAULT_CACHE_MS = 1000;

export interface AppOptions {
  /** Where unexpected errors go (the client sees a 500 without them); default console.error. */
  log?: (error: unknown) => void;
  /** How long GET /dyads and the timelines reuse an answer for the same parameters, in ms; default 1000, 0 for never. */
  cacheMs?: number;
}

/**
 * The API over a store and its SQL connection (both stay open; the caller closes them). Serves its OpenAPI 3.1
 * document at /openapi.json; every error is `{ "error": { "code", "message" } }`.
 * @example const app = createApp(store, db); const res = await app.request('/events?dyad=KEN-ETH&pageSize=10')
 */
export function createApp(store: Store, db: SqlDriver, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: rejectInvalid });
  for (const routes of ROUTES) routes(app, { store, db, cacheMs: options.cacheMs ?? DEFAULT_CACHE_MS });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API',
      version: '1',
      description: 'Political event data from news text: events, the documents that report them with their spans, actors, dyads, search and exports.',
    },
  });
  app.notFound(noRoute);
  app.onError(answerError(options.log ?? ((error) => console.error(error))));
  return app;
}
