// Tests for streaming JSONL articles: good lines become articles, bad lines positioned errors, order kept.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArticleLine, readJsonl, type JsonlItem } from './jsonl.js';

const reason = (item: JsonlItem) => (item.ok ? `ok ${item.article.id}` : item.error.message);
const collect = async (text: string, maxBytes?: number) => {
  const items: JsonlItem[] = [];
  for await (const item of readJsonl(Readable.from([text]), 'in.jsonl', { maxBytes })) items.push(item);
  return items;
};

describe('parseArticleLine', () => {
  it('reads an article with every field', () => {
    const line = '{"id":"a1","text":"The ministers met in Doha.","published":"2025-09-14","url":"https://example.org/a1","source":"Wire"}';
    expect(parseArticleLine(line, 'in.jsonl', 1)).toEqual({
      ok: true,
      line: 1,
      article: { id: 'a1', text: 'The ministers met in Doha.', html: null, title: null, published: '2025-09-14', url: 'https://example.org/a1', source: 'Wire' },
    });
  });

  it('turns a numeric id into a string and optional fields into null', () => {
    const item = parseArticleLine('{"id":42,"text":"Talks resumed.","published":null}', 'in.jsonl', 3);
    expect(item).toMatchObject({ ok: true, article: { id: '42', published: null, url: null, source: null } });
  });

  it('names a line without an id by its file and line, and keeps a page given as html', () => {
    const item = parseArticleLine('{"html":"<p>Talks resumed.</p>","title":"Talks"}', 'in.jsonl', 4);
    expect(item).toMatchObject({ ok: true, article: { id: 'in.jsonl:4', text: '', html: '<p>Talks resumed.</p>', title: 'Talks' } });
  });

  it('reduces a published timestamp to its date', () => {
    const item = parseArticleLine('{"id":"a","text":"Talks resumed.","published":"2025-09-14T08:00:00Z"}', 'in.jsonl', 1);
    expect(item).toMatchObject({ ok: true, article: { published: '2025-09-14' } });
  });

  it.each([
    ['{"id":"a", "text": ', 'in.jsonl:7: not JSON: '],
    ['{"id":"a"}', 'in.jsonl:7: missing "text" (or "html")'],
    ['{"id":"a","html":4}', 'in.jsonl:7: "html" must be a string, got number'],
    ['{"id":"a","text":5}', 'in.jsonl:7: "text" must be a string, got number'],
    ['{"id":true,"text":"Talks."}', 'in.jsonl:7: "id" must be a string or number, got boolean'],
    ['{"id":"a","text":"Talks.","url":3}', 'in.jsonl:7: "url" must be a string or null, got number'],
    ['{"id":"a","text":"  "}', 'in.jsonl:7: "text" is empty'],
    ['["a","b"]', 'in.jsonl:7: expected a JSON object with "text" (or "html"), got array'],
    ['{"id":"a","text":"Talks.","published":"2025-13-01"}', 'in.jsonl:7: "published" 2025-13-01 is not a real date'],
  ])('reports %s as a positioned error', (line, message) => {
    const item = parseArticleLine(line, 'in.jsonl', 7);
    expect(item.ok).toBe(false);
    expect(reason(item).startsWith(message)).toBe(true);
  });

  it('reports a line over the size limit', () => {
    const item = parseArticleLine(`{"id":"a","text":"${'word '.repeat(50)}"}`, 'in.jsonl', 2, { maxBytes: 100 });
    expect(item.ok ? '' : item.error.code).toBe('INPUT_TOO_LARGE');
    expect(reason(item)).toBe('in.jsonl:2: line is 270 bytes, over the limit of 100 bytes; raise it with --max-bytes 270');
  });
});

describe('readJsonl', () => {
  it('yields every line in order, with errors in place, and skips blank lines', async () => {
    const text = [
      '\uFEFF{"id":"first","text":"The envoy arrived."}',
      '',
      'not json at all',
      '   ',
      '{"id":"last","text":"The envoy left."}\r',
    ].join('\n');
    const items = await collect(text);
    expect(items.map((i) => [i.line, reason(i).slice(0, 20)])).toEqual([
      [1, 'ok first'],
      [3, 'in.jsonl:3: not JSON'],
      [5, 'ok last'],
    ]);
  });

  it('reads lines split across chunks', async () => {
    const chunks = ['{"id":"a","te', 'xt":"One."}\n{"id":"b",', '"text":"Two."}'];
    const items: JsonlItem[] = [];
    for await (const item of readJsonl(Readable.from(chunks), 'in.jsonl')) items.push(item);
    expect(items.map(reason)).toEqual(['ok a', 'ok b']);
  });

  it('reports over-long lines with their real size, in place, without holding them', async () => {
    const long = `{"id":"x","text":"${'é'.repeat(400)}"}`; // 820 bytes
    const chunks = ['{"id":"a","text":"One."}\r\n', long.slice(0, 300), long.slice(300), '\r\n{"id":"b","text":"Two."}\n', long, '\n{"id":"c","text":"Three."}'];
    const items: JsonlItem[] = [];
    for await (const item of readJsonl(Readable.from(chunks.map((c) => Buffer.from(c))), 'in.jsonl', { maxBytes: 100 })) items.push(item);
    expect(items.map(reason)).toEqual([
      'ok a',
      'in.jsonl:2: line is 820 bytes, over the limit of 100 bytes; raise it with --max-bytes 820',
      'ok b',
      'in.jsonl:4: line is 820 bytes, over the limit of 100 bytes; raise it with --max-bytes 820',
      'ok c',
    ]);
  });

  it('reports a huge input with no newline at all as one over-long line', async () => {
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(64 * 1024, 0x61)); // 3.2 MB, no newline
    const items: JsonlItem[] = [];
    for await (const item of readJsonl(Readable.from(chunks), 'in.jsonl', { maxBytes: 1000 })) items.push(item);
    expect(items.map(reason)).toEqual([expect.stringMatching(/^in\.jsonl:1: line is 3,276,800 bytes \(3\.1 MB\), over the limit of 1,000 bytes/)]);
  });

  it('turns a stream error into an exception for the caller', async () => {
    const broken = new Readable({ read() { this.destroy(new Error('device gone')); } });
    await expect(async () => {
      for await (const _ of readJsonl(broken, 'in.jsonl')) void _;
    }).rejects.toThrow('device gone');
  });

  it('reports a binary file once instead of once per line', async () => {
    const gzipLike = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a, 0x41, 0x0a, 0x42, 0x0a]);
    const items: JsonlItem[] = [];
    for await (const item of readJsonl(Readable.from([gzipLike]), 'in.jsonl.gz')) items.push(item);
    expect(items.map(reason)).toEqual(['in.jsonl.gz: looks like a binary file, not JSONL (NUL byte on line 1)']);
  });
});

describe('readJsonl and UTF-8', () => {
  const bytes = async (chunks: Buffer[]) => {
    const items: JsonlItem[] = [];
    for await (const item of readJsonl(Readable.from(chunks), 'in.jsonl')) items.push(item);
    return items.map(reason);
  };

  it('reports a line that is not valid UTF-8 by its number and reads the lines around it, with CRLF line ends', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"Kenya hosted Uganda."}\r\n{"id":"b","text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from(' talks"}\r\n\r\n{"id":"c","text":"Peru praised Chile."}'),
    ]);
    expect(await bytes([input])).toEqual(['ok a', 'in.jsonl:2: is not valid UTF-8; convert the file first, e.g. iconv -f latin1 -t utf-8', 'ok c']);
  });

  it('accepts a multi-byte character split across two chunks', async () => {
    const line = Buffer.from('{"id":"é","text":"Café talks resumed."}\n');
    const cut = line.indexOf(0xc3) + 1;
    expect(await bytes([line.subarray(0, cut), line.subarray(cut)])).toEqual(['ok é']);
  });
});
