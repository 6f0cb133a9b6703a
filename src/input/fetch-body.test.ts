// Tests for reading a response body in-process (no socket): limits, compression bombs, charsets and encodings.
import type { IncomingMessage, IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeWindows1252, readBody, type BodyResult } from './fetch-body.js';

const URL = 'https://news.example/a';
const MB = 1024 * 1024;
/** A response with these headers whose body streams `chunks`. */
const response = (headers: IncomingHttpHeaders, ...chunks: Buffer[]) => Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;
const bodyOf = (r: BodyResult) => {
  if (!r.ok) throw new Error(`expected a body, got ${r.error.message}`);
  return r.body;
};
const errorOf = (r: BodyResult) => {
  if (r.ok) throw new Error(`expected an error, got ${r.body.length} characters`);
  return r.error;
};
const ZEROS = Buffer.alloc(50 * MB);

describe('readBody', () => {
  it('reads a UTF-8 body', async () => {
    expect(bodyOf(await readBody(response({}, Buffer.from('Café talks')), URL, 100))).toBe('Café talks');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decompresses Content-Encoding %s', async (encoding, compress) => {
    const r = await readBody(response({ 'content-encoding': encoding }, compress(Buffer.from('Talks resumed.'))), URL, 100);
    expect(bodyOf(r)).toBe('Talks resumed.');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })],
  ])('stops a %s bomb (50 MB of zeros) at the limit as INPUT_TOO_LARGE', async (encoding, compress) => {
    const e = errorOf(await readBody(response({ 'content-encoding': encoding }, compress(ZEROS)), URL, MB));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toBe(`${URL}: its decompressed content is larger than the limit of 1,048,576 bytes (1.0 MB); raise it with --max-bytes 2MB`);
  });

  it('refuses a Content-Length over the limit before reading', async () => {
    const e = errorOf(await readBody(response({ 'content-length': '5000' }), URL, 1000));
    expect(e.message).toBe(`${URL}: is 5,000 bytes (4.9 KB), over the limit of 1,000 bytes; raise it with --max-bytes 5K`);
  });

  it('counts a body without Content-Length and stops past the limit', async () => {
    expect(errorOf(await readBody(response({}, Buffer.alloc(600, 97), Buffer.alloc(600, 97)), URL, 1000)).code).toBe('INPUT_TOO_LARGE');
  });

  it('reports an unsupported Content-Encoding as FETCH_FAILED', async () => {
    const e = errorOf(await readBody(response({ 'content-encoding': 'compress' }, Buffer.from('x')), URL, 100));
    expect(e.code).toBe('FETCH_FAILED');
    expect(e.message).toBe(`${URL}: the server sent the page with Content-Encoding "compress", which is not supported (gzip, deflate and br are)`);
  });

  it('decodes latin1, iso-8859-1 and windows-1252 bodies as Windows-1252', async () => {
    for (const charset of ['latin1', 'ISO-8859-1', 'windows-1252']) {
      const r = await readBody(response({ 'content-type': `text/html; charset=${charset}` }, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94])), URL, 100);
      expect(bodyOf(r)).toBe('Café “x”');
    }
  });

  it('reports bytes that are not UTF-8 as INPUT_ENCODING and an image as INPUT_BINARY', async () => {
    expect(errorOf(await readBody(response({}, Buffer.from([0x43, 0x61, 0x66, 0xe9])), URL, 100)).code).toBe('INPUT_ENCODING');
    expect(errorOf(await readBody(response({ 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00])), URL, 100)).code).toBe('INPUT_BINARY');
  });

  it.each([
    ['gzip', 'incorrect header check'],
    ['br', 'Decompression failed'],
  ])('reports a broken %s body as FETCH_FAILED', async (encoding, reason) => {
    const e = errorOf(await readBody(response({ 'content-encoding': encoding }, Buffer.from('not compressed at all, really')), URL, 100));
    expect(e.code).toBe('FETCH_FAILED');
    expect(e.message).toBe(`${URL}: the page's ${encoding} compression is broken (${reason})`);
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the Windows-1252 characters and the rest as Latin-1', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0x81, 0xe9, 0xff]))).toBe('€…‘’–—™\u0081éÿ');
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/html; charset=UTF-8', 'utf-8'],
    ['text/html;charset="ISO-8859-1"', 'iso-8859-1'],
    ['text/html', null],
    [null, null],
  ])('reads %j as %j', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});
