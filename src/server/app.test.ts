// The app as a whole: its OpenAPI document validates and lists every route; unknown routes and failures answer in the one error shape.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it, vi } from 'vitest';
import type { SqlDriver } from '../store/sql.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

/** A store and connection that fail every query, as a corrupt database file would, with internals in the message. */
const failing = () => {
  const fail = async () => {
    throw new Error('SQLITE_CORRUPT: database disk image is malformed (/var/lib/dyad/secret.db)');
  };
  return { store: { engine: 'sqlite', events: fail, search: fail } as unknown as Store, db: { dialect: 'sqlite', get: fail, all: fail } as unknown as SqlDriver };
};

describe('the API app', () => {
  it('serves an OpenAPI 3.1 document that validates and lists every route', async () => {
    const { store, db } = failing();
    const res = await createApp(store, db).request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual([
      '/events',
      '/events/{id}',
      '/documents/{id}',
      '/actors',
      '/actors/{id}',
      '/dyads',
      '/dyads/{a}/{b}/timeline',
      '/search',
      '/export',
      '/health',
    ]);
    for (const [path, item] of Object.entries<{ get: { responses: Record<string, unknown> } }>(doc.paths)) {
      expect([path, Object.keys(item.get.responses)]).toEqual([path, expect.arrayContaining(['200', '500'])]);
    }
  });

  it('answers a path or method no route serves with a 404 in the error shape', async () => {
    const { store, db } = failing();
    const app = createApp(store, db);
    for (const [method, path] of [['GET', '/events/1/sources'], ['POST', '/events']] as const) {
      const res = await app.request(path, { method });
      expect([res.status, await res.json()]).toEqual([404, { error: { code: 'NOT_FOUND', message: `there is no route ${method} ${path}; the routes are listed at /openapi.json` } }]);
    }
  });

  it('answers a failing store with a 500 that hides the internals, and logs the error', async () => {
    const { store, db } = failing();
    const log = vi.fn();
    const app = createApp(store, db, { log });
    for (const path of ['/events', '/health', '/search?q=x', '/dyads/KEN/ETH/timeline']) {
      const res = await app.request(path);
      expect([path, res.status, await res.json()]).toEqual([
        path,
        500,
        { error: { code: 'INTERNAL', message: 'the server failed to answer this request; the details are in its log' } },
      ]);
    }
    expect(log).toHaveBeenCalledTimes(4);
    expect(String(log.mock.calls[0]![0])).toContain('SQLITE_CORRUPT');
  });
});
