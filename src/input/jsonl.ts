// Streams articles from JSONL, one object a line, in constant memory; a bad line is a positioned error, not an exception.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { ArticleInput } from '../index.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './decode.js';
import { checkPublished, showValue } from './published.js';

/** One JSONL line: `{"id": "a1", "text": "…", "published": "2025-09-14", "url": null, "source": "Dawn"}`. */
export const articleLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/** What each non-blank line gives: an article, or an error whose message starts `<name>:<line>:`. */
export type JsonlItem = { ok: true; line: number; article: ArticleInput } | { ok: false; line: number; error: DyadError };

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
  if (typeOf(value) !== 'object') return bad('INPUT_JSON', `expected a JSON object with "id" and "text", got ${typeOf(value)}`);
  const parsed = articleLineSchema.safeParse(value);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const got = (value as Record<string, unknown>)[field];
    if (got === undefined) return bad('INPUT_FIELD', `missing "${field}"`);
    const expected = field === 'id' ? 'a string or number' : field === 'text' ? 'a string' : 'a string or null';
    return bad('INPUT_FIELD', `"${field}" must be ${expected}, got ${typeOf(got)}`);
  }
  const { id, text, published, url, source } = parsed.data;
  if (text.trim() === '') return bad('INPUT_EMPTY', `"text" is empty`);
  let date: string | null = null;
  if (published !== undefined && published !== null) {
    const checked = checkPublished(published);
    if (!checked.ok) return bad('PUBLISHED_INVALID', `"published" ${showValue(published)} ${checked.reason}`);
    date = checked.date;
  }
  return { ok: true, line, article: { id, text, published: date, url: url ?? null, source: source ?? null } };
}

/**
 * Reads JSONL from a stream line by line (node:readline pauses the stream while the consumer
 * works, so memory stays flat) and yields one item per non-blank line, in order.
 * A UTF-8 BOM before the first line is dropped.
 * @example for await (const item of readJsonl(createReadStream('in.jsonl'), 'in.jsonl')) if (item.ok) read(item.article)
 */
export async function* readJsonl(input: Readable, name: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      yield parseArticleLine(text, name, line, options);
    }
  } finally {
    lines.close();
  }
}
