// Tests for decoding one article's bytes: empty, binary, bad UTF-8, BOM, size limits, files and streams.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArticle, readArticleFile, readArticleStream, type DecodeResult } from './decode.js';

const TEXT = 'ISLAMABAD: The two ministers spoke by telephone on Saturday.';
const bytes = (s: string) => new TextEncoder().encode(s);
const errorOf = (r: DecodeResult) => {
  if (r.ok) throw new Error(`expected an error, got text ${JSON.stringify(r.text)}`);
  return r.error;
};

describe('decodeArticle', () => {
  it('returns the text of a UTF-8 article, accents included', () => {
    expect(decodeArticle(bytes(`${TEXT} Café talks resumed.`), 'a.txt')).toEqual({ ok: true, text: `${TEXT} Café talks resumed.` });
  });

  it('drops a UTF-8 byte order mark', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TEXT)]), 'bom.txt');
    expect(r).toEqual({ ok: true, text: TEXT });
  });

  it('reports an empty input as INPUT_EMPTY naming it', () => {
    const e = errorOf(decodeArticle(new Uint8Array(), 'empty.txt'));
    expect(e.code).toBe('INPUT_EMPTY');
    expect(e.message).toBe('empty.txt: is empty; there is no article text to read');
  });

  it('reports whitespace-only text as INPUT_EMPTY', () => {
    const e = errorOf(decodeArticle(bytes(' \n\t\r\n  '), 'blank.txt'));
    expect(e.code).toBe('INPUT_EMPTY');
    expect(e.message).toContain('only whitespace');
  });

  it('reports a NUL byte as INPUT_BINARY with its offset', () => {
    const e = errorOf(decodeArticle(new Uint8Array([0x41, 0x42, 0x00, 0x43]), 'img.png'));
    expect(e.code).toBe('INPUT_BINARY');
    expect(e.message).toBe('img.png: looks like a binary file, not text (NUL byte at offset 2)');
  });

  it('reports a high share of control characters as INPUT_BINARY', () => {
    const data = new Uint8Array(100).map((_, i) => (i % 5 === 0 ? 0x01 : 0x61));
    expect(errorOf(decodeArticle(data, 'x.bin')).code).toBe('INPUT_BINARY');
  });

  it('accepts a stray control character in otherwise normal text', () => {
    expect(decodeArticle(bytes(`${TEXT}\x1a`), 'a.txt').ok).toBe(true);
  });

  it('reports Latin-1 bytes as INPUT_ENCODING with the offending byte and offset', () => {
    const e = errorOf(decodeArticle(new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' talks')]), 'latin1.txt'));
    expect(e.code).toBe('INPUT_ENCODING');
    expect(e.message).toContain('latin1.txt: is not valid UTF-8 (byte 0xE9 at offset 3)');
  });

  it('reports UTF-16 as INPUT_ENCODING rather than binary', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Talks resumed.', 'utf16le')]);
    expect(errorOf(decodeArticle(utf16, 'u16.txt')).message).toBe('u16.txt: is UTF-16, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8');
  });

  it('reports a truncated multi-byte sequence at the end as INPUT_ENCODING', () => {
    const e = errorOf(decodeArticle(new Uint8Array([...bytes('Talks '), 0xe2, 0x82]), 'cut.txt'));
    expect(e.message).toContain('at offset 6');
  });

  it('reports a surrogate encoded in UTF-8 as INPUT_ENCODING', () => {
    expect(errorOf(decodeArticle(new Uint8Array([0x61, 0xed, 0xa0, 0x80]), 's.txt')).message).toContain('offset 1');
  });

  it('refuses an article over the limit, naming the size, the limit and --max-bytes', () => {
    const e = errorOf(decodeArticle(bytes(TEXT), 'big.txt', { maxBytes: 10 }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toBe('big.txt: is 60 bytes, over the limit of 10 bytes; raise it with --max-bytes 60');
  });
});

describe('readArticleFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a UTF-8 file', async () => {
    writeFileSync(join(dir, 'ok.txt'), TEXT);
    expect(await readArticleFile(join(dir, 'ok.txt'))).toEqual({ ok: true, text: TEXT });
  });

  it('reports a missing file as INPUT_UNREADABLE', async () => {
    const e = errorOf(await readArticleFile(join(dir, 'nope.txt')));
    expect(e.code).toBe('INPUT_UNREADABLE');
    expect(e.message).toBe(`${join(dir, 'nope.txt')}: no such file`);
  });

  it('reports a directory as INPUT_UNREADABLE', async () => {
    mkdirSync(join(dir, 'folder'));
    expect(errorOf(await readArticleFile(join(dir, 'folder'))).message).toContain('is a directory');
  });

  it('refuses a large file from its size alone', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
    const e = errorOf(await readArticleFile(join(dir, 'big.txt'), { maxBytes: 1000 }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain('is 5,000 bytes (4.9 KB), over the limit of 1,000 bytes; raise it with --max-bytes 5K');
  });
});

describe('readArticleStream', () => {
  it('reads a stream in several chunks', async () => {
    const r = await readArticleStream(Readable.from([Buffer.from('ISLAMABAD: '), Buffer.from('Talks were held.')]), 'stdin');
    expect(r).toEqual({ ok: true, text: 'ISLAMABAD: Talks were held.' });
  });

  it('stops reading once the stream passes the limit', async () => {
    const chunks = Array.from({ length: 100 }, () => Buffer.from('y'.repeat(100)));
    const e = errorOf(await readArticleStream(Readable.from(chunks), 'stdin', { maxBytes: 250 }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain('stdin: is larger than the limit of 250 bytes');
  });
});
