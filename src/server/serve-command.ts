// `dyad serve`: the HTTP JSON API over a store, on loopback unless --public says otherwise, until SIGINT or SIGTERM.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import ipaddr from 'ipaddr.js';
import { report, type CliIo } from '../cli/extract-command.js';
import { parseFlags, usage } from '../cli/options.js';
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openDriver, openStore } from '../store/store.js';
import { createApp } from './app.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  db: string;
  host: string;
  /** 0 lets the system pick a free port (the printed URL has it). */
  port: number;
}

/** localhost, 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.0.0.1), with or without IPv6 brackets. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare.toLowerCase() === 'localhost' || (ipaddr.isValid(bare) && ipaddr.process(bare).range() === 'loopback');
}

/**
 * Parses `dyad serve` arguments (after the word `serve`). Defaults: --db dyad.db, --port 8080, --host 127.0.0.1.
 * @throws DyadError USAGE for a bad port, or a host that is not loopback without --public (the API has no authentication).
 * @example parseServeArgs(['--port', '9000']) // { db: 'dyad.db', host: '127.0.0.1', port: 9000 }
 */
export function parseServeArgs(argv: string[]): ServeOptions {
  const parsed = parseFlags({
    args: argv,
    strict: true,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, public: { type: 'boolean' } },
  });
  const v = parsed.values;
  const port = Number(v.port ?? DEFAULT_PORT);
  if (!/^\d+$/.test(v.port ?? String(DEFAULT_PORT)) || port > 65_535) throw usage(`--port ${showValue(v.port!)} must be a port number from 0 to 65535 (0 picks a free one)`);
  const host = v.host ?? DEFAULT_HOST;
  if (!isLoopback(host) && v.public !== true) {
    throw usage(`--host ${showValue(host)} is not a loopback address, and the API has no authentication; give --public as well to serve it beyond this machine`);
  }
  return { db: v.db ?? DEFAULT_DB, host, port };
}

/** The URL the server answers at, with IPv6 hosts in brackets. */
const urlOf = (host: string, port: number): string => `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;

/** Resolves once the server listens, with its port; a listen error (port in use, not allowed) rejects as a USAGE error. */
function listening(server: Server, o: ServeOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve((server.address() as { port: number }).port));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL' ? usage(`cannot listen on ${urlOf(o.host, o.port)} (${error.code}); give another --port or --host`) : error),
    );
  });
}

/** Resolves on SIGINT, SIGTERM or `signal`, whichever comes first. */
function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
}

/** Stops taking connections and waits for open requests, cutting those still open after `graceMs`. */
async function shutDown(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}

export interface ServeRun {
  /** Stops the server as SIGINT would (tests, embedding). */
  signal?: AbortSignal;
}

/**
 * Runs `dyad serve` (argv after the word `serve`): prints the URL on stderr, answers until SIGINT or SIGTERM, then
 * closes the server and the store.
 * @returns 0 once stopped.
 * @example process.exitCode = await serveCommand(['--db', 'dyad.db', '--port', '8080'], process)
 */
export async function serveCommand(argv: string[], io: CliIo, run: ServeRun = {}): Promise<number> {
  const o = parseServeArgs(argv);
  const db = await openDriver(o.db, { create: false });
  const store = await openStore(o.db, { create: false }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  try {
    const app = createApp(store, db, { log: (error) => report(io, `unexpected error answering a request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) });
    const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port }) as Server;
    try {
      const url = urlOf(o.host, await listening(server, o));
      report(io, `serving the ${store.engine} store at ${url} (routes: ${url}/openapi.json); stop with Ctrl-C`);
      await stopRequested(run.signal);
    } finally {
      if (server.listening) await shutDown(server, 5000);
    }
  } finally {
    await store.close();
    await db.close();
  }
  return 0;
}
