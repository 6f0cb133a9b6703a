// Fetches one web page or feed defensively: http(s) only, public addresses only (checked at connect time), redirects re-checked, time and size bounded.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { DyadError } from '../errors.js';
import { guardedLookup, RefusedAddressError, refusedRange } from './address-policy.js';
import { DEFAULT_MAX_BYTES } from './decode.js';
import { readBody } from './fetch-body.js';

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (a local test server); default false. */
  allowPrivate?: boolean;
  /** Limit for the whole fetch, redirects and slow bodies included, in ms; default 15000. */
  timeoutMs?: number;
  /** Largest body accepted after decompression, in bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
}

/** The page with its final URL (after redirects), or why it could not be fetched. */
export type FetchResult = { ok: true; url: string; body: string; contentType: string | null } | { ok: false; error: DyadError };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const PRIVATE_HINT = 'fetching local and private-network addresses is refused; pass --allow-private to allow it';

/** What to tell the user about a failed status, after "the server answered 404 Not Found". */
function statusHint(status: number): string {
  if (status === 404 || status === 410) return '; check the URL';
  if (status === 401 || status === 403) return '; the page needs a login or refuses automated readers';
  if (status === 429 || status >= 500) return '; try again later';
  return '';
}

/** Why a URL may not be fetched before connecting (scheme, literal private address), or null. */
function refusal(url: URL, allowPrivate: boolean): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs can be fetched (got ${url.protocol})`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const range = allowPrivate || !isIP(host) ? null : refusedRange(host);
  return range ? `${url.hostname} is ${range}; ${PRIVATE_HINT}` : null;
}

/** One GET request; resolves with the response headers, the body still unread. */
function get(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const options = { signal, agent: false, headers: { 'user-agent': 'dyad (news event extraction)', accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' } };
    request(url, allowPrivate ? options : { ...options, lookup: guardedLookup }, resolve).on('error', reject).end();
  });
}

/** The DyadError for whatever a request or body read threw. */
function failure(name: string, error: unknown, signal: AbortSignal, timeoutMs: number): DyadError {
  if (signal.aborted) return new DyadError('FETCH_TIMEOUT', `${name}: no complete answer within ${timeoutMs / 1000} s; the server is slow or not answering, try again later`);
  if (error instanceof RefusedAddressError) return new DyadError('FETCH_REFUSED', `${name}: ${error.message}; ${PRIVATE_HINT}`);
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOTFOUND') return new DyadError('FETCH_FAILED', `${name}: no such host; check the URL`);
  if (code === 'ECONNREFUSED') return new DyadError('FETCH_FAILED', `${name}: the server refused the connection`);
  return new DyadError('FETCH_FAILED', `${name}: ${message || code || 'the request failed'}`);
}

/**
 * Fetches a page or feed with node:http(s). Only http(s); every address, including redirect
 * targets and what each hostname resolves to, must be public unless `allowPrivate`. Redirects
 * are followed by hand and re-checked; a loop or more than `maxRedirects` fails. Bodies are
 * decompressed with a limit and decoded as text (see `readBody`).
 * @returns FETCH_REFUSED (scheme, private address), FETCH_FAILED (status, network, redirects),
 * FETCH_TIMEOUT, INPUT_TOO_LARGE and the decoding errors; each message starts with `url`.
 * @example await fetchUrl('https://news.example/world/talks') // { ok: true, url: 'https://news.example/world/talks', body: '<!doctype html>…', contentType: 'text/html' }
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { allowPrivate = false, timeoutMs = 15_000, maxBytes = DEFAULT_MAX_BYTES, maxRedirects = 5 } = options;
  const fail = (code: 'FETCH_REFUSED' | 'FETCH_FAILED', reason: string): FetchResult => ({ ok: false, error: new DyadError(code, `${url}: ${reason}`) });
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail('FETCH_REFUSED', 'is not a valid URL; give an absolute http or https URL');
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const visited = [current.href];
  try {
    for (;;) {
      const refused = refusal(current, allowPrivate);
      if (refused) return fail('FETCH_REFUSED', visited.length > 1 ? `redirected to ${current.href}: ${refused}` : refused);
      const response = await get(current, allowPrivate, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (!URL.canParse(location, current.href)) return fail('FETCH_FAILED', `redirected to ${JSON.stringify(location)}, which is not a valid URL`);
        current = new URL(location, current);
        if (visited.includes(current.href)) return fail('FETCH_FAILED', `redirect loop (${[...visited, current.href].join(' → ')})`);
        visited.push(current.href);
        if (visited.length - 1 > maxRedirects) return fail('FETCH_FAILED', `too many redirects (${maxRedirects}); the last pointed to ${current.href}`);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return fail('FETCH_FAILED', `the server answered ${status} ${response.statusMessage ?? ''}`.trimEnd() + statusHint(status));
      }
      const body = await readBody(response, url, maxBytes);
      if (!body.ok) return body;
      return { ok: true, url: current.href, body: body.body, contentType: response.headers['content-type'] ?? null };
    }
  } catch (error) {
    return { ok: false, error: failure(url, error, controller.signal, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}
