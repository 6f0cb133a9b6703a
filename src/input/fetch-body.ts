// Reads an HTTP response body within a size limit: decompresses gzip, deflate and br as a stream (a compression bomb stops at the limit) and decodes the charset.
import type { IncomingMessage } from 'node:http';
import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DyadError } from '../errors.js';
import { decodeArticle, readLimited, tooLarge } from './decode.js';

export type BodyResult = { ok: true; body: string } | { ok: false; error: DyadError };

/** Charsets read as Windows-1252, as browsers do; anything else is read as UTF-8. */
const LATIN1 = new Set(['latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'windows-1252', 'cp1252']);

/** Windows-1252 characters for bytes 0x80–0x9F (the five unassigned bytes map to themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes Windows-1252 (the superset of Latin-1 that pages labelled latin1 use). Done by hand:
 * Node 20's TextDecoder('windows-1252') decodes plain ISO-8859-1, losing curly quotes.
 * @example decodeWindows1252(Buffer.from([0x93, 0x78, 0x94, 0xe9])) // '“x”é'
 */
export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A streaming decompressor for a Content-Encoding, null for none, undefined for one not supported. */
function decompressor(encoding: string): Transform | null | undefined {
  if (encoding === '' || encoding === 'identity') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

/**
 * The charset a Content-Type names, lower-cased, or null.
 * @example charsetOf('text/html; charset="ISO-8859-1"') // 'iso-8859-1'
 */
export function charsetOf(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
}

/**
 * Reads and decodes a response body. A Content-Length over `maxBytes` is refused before reading;
 * otherwise the decoded (decompressed) bytes are counted and reading stops just past the limit.
 * Text is UTF-8 unless the Content-Type says latin1, iso-8859-1 or windows-1252.
 * Throws what the response stream throws (an aborted request, a reset connection).
 * @returns INPUT_TOO_LARGE over the limit; FETCH_FAILED for an unsupported or broken Content-Encoding;
 * INPUT_BINARY, INPUT_ENCODING or INPUT_EMPTY from {@link decodeArticle}.
 * @example await readBody(response, 'https://news.example/a', 10_000_000) // { ok: true, body: '<!doctype html>…' }
 */
export async function readBody(response: IncomingMessage, name: string, maxBytes: number): Promise<BodyResult> {
  const fail = (error: DyadError): BodyResult => {
    response.destroy();
    return { ok: false, error };
  };
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = decompressor(encoding);
  if (decoder === undefined) {
    return fail(new DyadError('FETCH_FAILED', `${name}: the server sent the page with Content-Encoding "${encoding}", which is not supported (gzip, deflate and br are)`));
  }
  const length = Number(response.headers['content-length']);
  if (decoder === null && length > maxBytes) return fail(tooLarge(name, length, maxBytes));
  if (decoder) pipeline(response, decoder, () => undefined); // errors reach the reader through the decoder
  let bytes: Buffer | null;
  try {
    bytes = await readLimited(decoder ?? response, maxBytes);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (!decoder || !/^(Z_|ERR__ERROR)/.test(code ?? '')) throw error;
    return fail(new DyadError('FETCH_FAILED', `${name}: the page's ${encoding} compression is broken (${message})`));
  }
  if (bytes === null) return fail(tooLarge(name, null, maxBytes, decoder ? 'its decompressed content' : ''));
  const contentType = response.headers['content-type'] ?? null;
  if (!LATIN1.has(charsetOf(contentType) ?? '')) {
    const decoded = decodeArticle(bytes, name, { maxBytes });
    return decoded.ok ? { ok: true, body: decoded.text } : { ok: false, error: decoded.error };
  }
  const body = decodeWindows1252(bytes);
  return body.trim() ? { ok: true, body } : fail(new DyadError('INPUT_EMPTY', `${name}: the page is empty; there is no article text to read`));
}
