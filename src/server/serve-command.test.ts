// `dyad serve`: its flags, loopback by default, and one real run: it prints its URL, answers, and stops on a signal.
import { once } from 'node:events';
import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { parseServeArgs, serveCommand } from './serve-command.js';

/** Fake stdio whose stderr is kept as text. */
function fakeIo() {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let err = '';
  io.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io, stderr: () => err };
}

async function waitFor<T>(probe: () => T | null): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = probe();
    if (found !== null) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
}

describe('parseServeArgs', () => {
  it('serves ./dyad.db on 127.0.0.1:8080 by default', () => {
    expect(parseServeArgs([])).toEqual({ db: 'dyad.db', host: '127.0.0.1', port: 8080 });
    expect(parseServeArgs(['--db', 'postgres://u@db/dyad', '--port', '0'])).toEqual({ db: 'postgres://u@db/dyad', host: '127.0.0.1', port: 0 });
  });

  it.each(['localhost', '127.0.0.2', '::1', '[::1]', '::ffff:127.0.0.1'])('takes the loopback host %s without --public', (host) => {
    expect(parseServeArgs(['--host', host]).host).toBe(host);
  });

  it.each(['0.0.0.0', '192.168.1.20', '::', 'example.org'])('refuses the host %s without --public, and takes it with', (host) => {
    expect(() => parseServeArgs(['--host', host])).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: `--host ${host} is not a loopback address, and the API has no authentication; give --public as well to serve it beyond this machine`,
      }),
    );
    expect(parseServeArgs(['--host', host, '--public']).host).toBe(host);
  });

  it.each([
    [['--port', '70000'], '--port 70000 must be a port number from 0 to 65535 (0 picks a free one)'],
    [['--port', 'http'], '--port http must be a port number from 0 to 65535 (0 picks a free one)'],
    [['--port', '80.5'], '--port 80.5 must be a port number from 0 to 65535 (0 picks a free one)'],
    [['--verbose'], 'unknown option --verbose'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message }));
  });
});

describe('serveCommand', () => {
  it('prints its URL on stderr, answers over HTTP, and returns 0 once stopped', async () => {
    const { store, spec, dispose } = await ENGINES[0]!.open();
    await store.close();
    const { io, stderr } = fakeIo();
    const stop = new AbortController();
    const running = serveCommand(['--db', spec, '--port', '0'], io, { signal: stop.signal });
    try {
      const url = await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.exec(stderr())?.[0] ?? null);
      expect(stderr()).toBe(`dyad: serving the sqlite store at ${url} (routes: ${url}/openapi.json); stop with Ctrl-C\n`);
      const res = await fetch(`${url}/health`);
      expect([res.status, await res.json()]).toEqual([200, { status: 'ok', engine: 'sqlite' }]);
    } finally {
      stop.abort();
      expect(await running).toBe(0);
      await dispose();
    }
  });

  it('refuses a port that is taken with a USAGE error naming it', async () => {
    const { store, spec, dispose } = await ENGINES[0]!.open();
    await store.close();
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(serveCommand(['--db', spec, '--port', String(port)], fakeIo().io)).rejects.toThrow(
        expect.objectContaining({ code: 'USAGE', message: `cannot listen on http://127.0.0.1:${port} (EADDRINUSE); give another --port or --host` }),
      );
    } finally {
      taken.close();
      await dispose();
    }
  });

  it('refuses a store that does not exist', async () => {
    await expect(serveCommand(['--db', '/nonexistent/dyad.db'], fakeIo().io)).rejects.toThrow(expect.objectContaining({ code: 'STORE' }));
  });
});
