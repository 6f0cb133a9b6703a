// Streams articles from JSONL, one object a line, in constant memory; a bad line is a positioned error, not an exception.
import { createInterface } from 'node:readline';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { ArticleInput } from '../index.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './decode.js';
import { checkPublished, showValue } from './published.js';

/**
 * One JSONL line: `{"id": "a1", "text": "…", "published": "2025-09-14", "url": null, "source": "Dawn", "title": null}`,
 * or `"html"` (a whole page) instead of `"text"`. Without an id, the line is named `<file>:<line>`.
 */
export const articleLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/** A JSONL article: `html` set when the line gave a page rather than text (then `text` is empty until the page is read). */
export type JsonlArticle = ArticleInput & { id: string; title: string | null; html: string | null };

/** What each non-blank line gives: an article, or an error whose message starts `<name>:<line>:`. */
export type JsonlItem = { ok: true; line: number; article: JsonlArticle } | { ok: false; line: number; error: DyadError };

export interface JsonlOptions {
  /** Longest line accepted, in bytes (default 10 MB, as for one article). */
  maxBytes?: number;
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Checks one line's text. Blank lines are the caller's business (they are skipped).
 * @example parseArticleLine('{"id":7,"text":"Talks were held."}', 'in.jsonl', 1) // { ok: true, article: { id: '7', … } }
 */
export function parseArticleLine(raw: string, name: string, line: number, options: JsonlOptions = {}): JsonlItem {
  const bad = (code: 'INPUT_JSON' | 'INPUT_FIELD' | 'INPUT_EMPTY' | 'PUBLISHED_INVALID', reason: string): JsonlItem => ({
    ok: false,
    line,
    error: new DyadError(code, `${name}:${line}: ${reason}`),
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so short lines skip the exact count.
  if (raw.length * 3 > maxBytes && Buffer.byteLength(raw) > maxBytes) {
    return { ok: false, line, error: tooLarge(`${name}:${line}`, Buffer.byteLength(raw), maxBytes, 'line') };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = (error as Error).message;
    return bad('INPUT_JSON', `not JSON: ${reason.length > 100 ? `${reason.slice(0, 100)}…` : reason}`);
  }
  if (typeOf(value) !== 'object') return bad('INPUT_JSON', `expected a JSON object with "text" (or "html"), got ${typeOf(value)}`);
  const parsed = articleLineSchema.safeParse(value);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const got = (value as Record<string, unknown>)[field];
    if (got === undefined) return bad('INPUT_FIELD', `missing "${field}"`);
    const expected = field === 'id' ? 'a string or number' : field === 'text' || field === 'html' ? 'a string' : 'a string or null';
    return bad('INPUT_FIELD', `"${field}" must be ${expected}, got ${typeOf(got)}`);
  }
  const { id, text, html, title, published, url, source } = parsed.data;
  if (text === undefined && html === undefined) return bad('INPUT_FIELD', `missing "text" (or "html")`);
  if ((text ?? html ?? '').trim() === '') return bad('INPUT_EMPTY', `"${text === undefined ? 'html' : 'text'}" is empty`);
  let date: string | null = null;
  if (published !== undefined && published !== null) {
    const checked = checkPublished(published);
    if (!checked.ok) return bad('PUBLISHED_INVALID', `"published" ${showValue(published)} ${checked.reason}`);
    date = checked.date;
  }
  const article = { id: id ?? `${name}:${line}`, text: text ?? '', html: text === undefined ? (html ?? null) : null, title: title ?? null };
  return { ok: true, line, article: { ...article, published: date, url: url ?? null, source: source ?? null } };
}

/**
 * Cuts every line longer than `max` bytes down to `max + 1` bytes, so readline never holds a huge
 * line (a 2 GB file with no newline), and notes for each line, in order, its real byte size when it
 * was cut and whether its bytes were valid UTF-8 (readline would quietly turn bad bytes into U+FFFD).
 * Like readline (crlfDelay Infinity), it treats "\n", "\r" and "\r\n" as one line end each.
 */
class LineLimiter extends Transform {
  /** Real byte sizes of the cut lines, oldest first. */
  readonly cut: number[] = [];
  /** For each line, oldest first: were its bytes valid UTF-8? */
  readonly valid: boolean[] = [];
  private size = 0;
  private lineValid = true;
  private afterCR = false;
  private decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly max: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const parts: Buffer[] = [];
    let start = 0;
    while (start <= chunk.length) {
      // "\r\n" split across chunks: the "\n" ends nothing new.
      if (this.afterCR && chunk[start] === 0x0a) {
        parts.push(chunk.subarray(start, start + 1));
        start++;
      }
      this.afterCR = false;
      let end = start;
      while (end < chunk.length && chunk[end] !== 0x0a && chunk[end] !== 0x0d) end++;
      const room = Math.max(0, this.max + 1 - this.size);
      parts.push(chunk.subarray(start, start + Math.min(end - start, room)));
      this.check(chunk.subarray(start, end), true);
      this.size += end - start;
      if (end === chunk.length) break;
      this.endLine();
      const crlf = chunk[end] === 0x0d && chunk[end + 1] === 0x0a;
      parts.push(chunk.subarray(end, end + (crlf ? 2 : 1)));
      this.afterCR = chunk[end] === 0x0d && end + 1 === chunk.length;
      start = end + (crlf ? 2 : 1);
    }
    done(null, parts.length === 1 ? parts[0] : Buffer.concat(parts));
  }

  override _flush(done: TransformCallback): void {
    if (this.size > 0) this.endLine();
    done();
  }

  /** Feeds a piece of the current line to the UTF-8 check; `more` says the line may go on. */
  private check(bytes: Uint8Array, more: boolean): void {
    if (!this.lineValid) return;
    try {
      this.decoder.decode(bytes, { stream: more });
    } catch {
      this.lineValid = false;
      this.decoder = new TextDecoder('utf-8', { fatal: true });
    }
  }

  private endLine(): void {
    this.check(new Uint8Array(0), false);
    if (this.size > this.max) this.cut.push(this.size);
    this.valid.push(this.lineValid);
    this.size = 0;
    this.lineValid = true;
  }
}

/**
 * Reads JSONL from a stream line by line (node:readline pauses the stream while the consumer
 * works, and over-long lines are cut before they are buffered, so memory stays flat) and yields
 * one item per non-blank line, in order. A UTF-8 BOM before the first line is dropped.
 * @example for await (const item of readJsonl(createReadStream('in.jsonl'), 'in.jsonl')) if (item.ok) read(item.article)
 */
export async function* readJsonl(input: Readable, name: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const limiter = new LineLimiter(maxBytes);
  pipeline(input, limiter, () => undefined); // an input error reaches readline through the limiter
  const lines = createInterface({ input: limiter, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const utf8 = limiter.valid.shift() ?? true;
      if (raw.length * 3 > maxBytes && Buffer.byteLength(raw) > maxBytes) {
        yield { ok: false, line, error: tooLarge(`${name}:${line}`, limiter.cut.shift() ?? Buffer.byteLength(raw), maxBytes, 'line') };
        continue;
      }
      if (line === 1 && raw.includes('\u0000')) {
        // JSON never holds a raw NUL: this is a binary file (articles.jsonl.gz?), not JSONL; one message, not one per line.
        yield { ok: false, line, error: new DyadError('INPUT_BINARY', `${name}: looks like a binary file, not JSONL (NUL byte on line 1)`) };
        return;
      }
      if (!utf8) {
        yield { ok: false, line, error: new DyadError('INPUT_ENCODING', `${name}:${line}: is not valid UTF-8; convert the file first, e.g. iconv -f latin1 -t utf-8`) };
        continue;
      }
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() !== '') {
        yield parseArticleLine(text, name, line, options);
      }
    }
  } finally {
    lines.close();
    limiter.destroy();
  }
}
