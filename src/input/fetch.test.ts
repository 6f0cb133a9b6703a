// Tests for fetching against real local servers: redirects, refusals of private addresses and schemes, timeouts, size limits and bombs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as policy from './address-policy.js';
import { fetchUrl, type FetchResult } from './fetch.js';

// Wraps refusedRange so one test can let the test server's own address through (see "re-checks every redirect").
vi.mock('./address-policy.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./address-policy.js')>();
  return { ...real, refusedRange: vi.fn(real.refusedRange) };
});
const realRefusedRange = vi.mocked(policy.refusedRange).getMockImplementation()!;

const MB = 1024 * 1024;
const PAGE = '<!doctype html><title>Talks</title><p>The ministers met.</p>';
const BOMB = gzipSync(Buffer.alloc(50 * MB)); // 50 MB of zeros in about 50 KB

let server: Server;
let base: string;
let port: number;
const requests: string[] = [];

/** The test server's routes, by path. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/page': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/gzip-page': (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/latin1': (_, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' }).end(Buffer.from([0x43, 0x61, 0x66, 0xe9])),
  '/moved': (_, res) => res.writeHead(301, { location: '/page' }).end(),
  '/loop-a': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, res) => res.writeHead(302, { location: '/loop-a' }).end(),
  '/to-nowhere': (_, res) => res.writeHead(302, { location: 'http://[bad' }).end(),
  '/to-file': (_, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-metadata': (_, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-localhost': (_, res) => res.writeHead(302, { location: `http://localhost:${port}/page` }).end(),
  '/missing': (_, res) => res.writeHead(404).end('not here'),
  '/error': (_, res) => res.writeHead(503).end(),
  '/silent': () => undefined, // never answers
  '/trickle': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('x'), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/bomb': (_, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }).end(BOMB),
  '/big-declared': (_, res) => res.writeHead(200, { 'content-length': String(20 * MB) }).end(),
  '/big-chunked': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 3; i++) res.write(Buffer.alloc(MB, 97));
    res.end();
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    const path = req.url!.split('?')[0]!;
    const chain = /^\/chain\/(\d+)$/.exec(path); // /chain/1 → /chain/2 → … never ends
    if (chain) return res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` }).end();
    (routes[path] ?? routes['/missing']!)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterEach(() => {
  vi.mocked(policy.refusedRange).mockImplementation(realRefusedRange);
  requests.length = 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivate: true };
const pageOf = (r: FetchResult) => {
  if (!r.ok) throw new Error(`expected a page, got ${r.error.message}`);
  return r;
};
const errorOf = (r: FetchResult) => {
  if (r.ok) throw new Error(`expected an error, got ${r.body.slice(0, 80)}`);
  return r.error;
};

describe('fetchUrl', () => {
  it('fetches a page with its final URL and Content-Type', async () => {
    expect(await fetchUrl(`${base}/page`, local)).toEqual({ ok: true, url: `${base}/page`, body: PAGE, contentType: 'text/html; charset=utf-8' });
  });

  it('follows a redirect and reports the final URL', async () => {
    expect(pageOf(await fetchUrl(`${base}/moved`, local)).url).toBe(`${base}/page`);
  });

  it('decompresses a gzip page and decodes a latin1 page', async () => {
    expect(pageOf(await fetchUrl(`${base}/gzip-page`, local)).body).toBe(PAGE);
    expect(pageOf(await fetchUrl(`${base}/latin1`, local)).body).toBe('Café');
  });

  it('reports a redirect loop as FETCH_FAILED', async () => {
    const e = errorOf(await fetchUrl(`${base}/loop-a`, local));
    expect(e.code).toBe('FETCH_FAILED');
    expect(e.message).toBe(`${base}/loop-a: redirect loop (${base}/loop-a → ${base}/loop-b → ${base}/loop-a)`);
  });

  it('gives up after maxRedirects (default 5) redirects', async () => {
    const e = errorOf(await fetchUrl(`${base}/chain/1`, local));
    expect(e.code).toBe('FETCH_FAILED');
    expect(e.message).toBe(`${base}/chain/1: too many redirects (5); the last pointed to ${base}/chain/7`);
    expect(requests).toHaveLength(6);
    expect(errorOf(await fetchUrl(`${base}/chain/1`, { ...local, maxRedirects: 1 })).message).toContain('too many redirects (1)');
  });

  it('reports a redirect to an invalid URL as FETCH_FAILED', async () => {
    expect(errorOf(await fetchUrl(`${base}/to-nowhere`, local)).message).toBe(`${base}/to-nowhere: redirected to "http://[bad", which is not a valid URL`);
  });

  it('refuses a redirect to a file: URL', async () => {
    const e = errorOf(await fetchUrl(`${base}/to-file`, local));
    expect(e.code).toBe('FETCH_REFUSED');
    expect(e.message).toBe(`${base}/to-file: redirected to file:///etc/passwd: only http and https URLs can be fetched (got file:)`);
  });

  it('re-checks every redirect: from an allowed server to the cloud metadata address, or to localhost, is refused', async () => {
    // Let the test server's literal address through, as if it were public; everything else keeps the real policy.
    vi.mocked(policy.refusedRange).mockImplementation((address) => (address === '127.0.0.1' ? null : realRefusedRange(address)));
    const metadata = errorOf(await fetchUrl(`${base}/to-metadata`));
    expect(metadata.code).toBe('FETCH_REFUSED');
    expect(metadata.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/to-metadata: redirected to http:\/\/169\.254\.169\.254\/latest\/meta-data\/: 169\.254\.169\.254 is a link-local address; /);
    const localhost = errorOf(await fetchUrl(`${base}/to-localhost`));
    expect(localhost.code).toBe('FETCH_REFUSED');
    expect(localhost.message).toMatch(/: localhost resolves to (127\.0\.0\.1|::1), a loopback address; /);
    expect(requests).toEqual(['/to-metadata', '/to-localhost']);
  });

  it('refuses the loopback address without allowPrivate, before connecting', async () => {
    const e = errorOf(await fetchUrl(`${base}/page`));
    expect(e.code).toBe('FETCH_REFUSED');
    expect(e.message).toBe(
      `${base}/page: 127.0.0.1 is a loopback address; fetching local and private-network addresses is refused; pass --allow-private to allow it`,
    );
    expect(requests).toEqual([]);
  });

  it.each(['http', 'https'])('refuses a hostname that resolves to loopback (localhost) at connect time, over %s', async (scheme) => {
    const e = errorOf(await fetchUrl(`${scheme}://localhost:${port}/page`));
    expect(e.code).toBe('FETCH_REFUSED');
    expect(e.message).toMatch(new RegExp(`^${scheme}://localhost:\\d+/page: localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address; `));
    expect(requests).toEqual([]);
  });

  it.each([
    ['http://[::1]/', '[::1] is a loopback address'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1] is a loopback address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://10.0.0.1/', '10.0.0.1 is a private-network address'],
    ['http://192.168.1.1/', '192.168.1.1 is a private-network address'],
    ['http://100.64.0.1/', '100.64.0.1 is a carrier-grade NAT (CGNAT) address'],
    ['http://[fd00::1]/', '[fd00::1] is a unique-local (private IPv6) address'],
    ['http://0.0.0.0/', '0.0.0.0 is the unspecified address'],
    ['http://224.0.0.1/', '224.0.0.1 is a multicast address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
  ])('refuses the private or special address in %s', async (url, reason) => {
    const e = errorOf(await fetchUrl(url));
    expect(e.code).toBe('FETCH_REFUSED');
    expect(e.message).toContain(`: ${reason}; `);
  });

  it.each(['file:///etc/passwd', 'ftp://news.example/a.txt', 'data:text/html,<p>x</p>', 'javascript:alert(1)'])('refuses %s: only http and https', async (url) => {
    const e = errorOf(await fetchUrl(url, local));
    expect(e.code).toBe('FETCH_REFUSED');
    expect(e.message).toBe(`${url}: only http and https URLs can be fetched (got ${url.split(':')[0]}:)`);
  });

  it('refuses a URL that does not parse', async () => {
    expect(errorOf(await fetchUrl('news.example/a')).message).toBe('news.example/a: is not a valid URL; give an absolute http or https URL');
  });

  it('times out on a server that never answers', async () => {
    const e = errorOf(await fetchUrl(`${base}/silent`, { ...local, timeoutMs: 300 }));
    expect(e.code).toBe('FETCH_TIMEOUT');
    expect(e.message).toBe(`${base}/silent: no complete answer within 0.3 s; the server is slow or not answering, try again later`);
  });

  it('times out on a server that trickles the body, counting the whole request', async () => {
    const start = Date.now();
    expect(errorOf(await fetchUrl(`${base}/trickle`, { ...local, timeoutMs: 500 })).code).toBe('FETCH_TIMEOUT');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('stops a gzip bomb at maxBytes as INPUT_TOO_LARGE', async () => {
    const e = errorOf(await fetchUrl(`${base}/bomb`, { ...local, maxBytes: MB }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain(`${base}/bomb: its decompressed content is larger than the limit of 1,048,576 bytes`);
  });

  it('refuses a body whose Content-Length is over maxBytes, and one that is counted over it', async () => {
    expect(errorOf(await fetchUrl(`${base}/big-declared`, { ...local, maxBytes: MB })).message).toContain('is 20,971,520 bytes (20.0 MB), over the limit');
    expect(errorOf(await fetchUrl(`${base}/big-chunked`, { ...local, maxBytes: MB })).message).toContain('is larger than the limit of 1,048,576 bytes');
  });

  it('reports a failed status as FETCH_FAILED with the status and a hint', async () => {
    expect(errorOf(await fetchUrl(`${base}/missing`, local)).message).toBe(`${base}/missing: the server answered 404 Not Found; check the URL`);
    expect(errorOf(await fetchUrl(`${base}/error`, local)).message).toBe(`${base}/error: the server answered 503 Service Unavailable; try again later`);
  });

  it('reports a closed port as FETCH_FAILED', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(errorOf(await fetchUrl(`http://127.0.0.1:${closedPort}/`, local)).message).toBe(`http://127.0.0.1:${closedPort}/: the server refused the connection`);
  });
});
