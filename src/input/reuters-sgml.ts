// Streams the stories of a Reuters-21578 SGML file (reut2-NNN.sgm), one <REUTERS> element at a time, in constant memory.
import type { Readable } from 'node:stream';
import { DyadError } from '../errors.js';
import type { ArticleInput } from '../index.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './decode.js';
import { checkPublished } from './published.js';

/** A story read from the collection: its headline is kept apart as well as in `text`. */
export type ReutersArticle = ArticleInput & { id: string; title: string | null; published: string | null };

/** Each story gives one item; `label` is `<name>#<NEWID>` and starts every error message. */
export type ReutersItem = { ok: true; label: string; article: ReutersArticle } | { ok: false; label: string; error: DyadError };

export interface ReutersOptions {
  /** Largest story accepted, in bytes (default 10 MB); the longest in the collection is under 100 KB. */
  maxBytes?: number;
}

const OPEN = '<REUTERS';
const CLOSE = '</REUTERS>';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The content of the first `<tag>…</tag>` in a story, or null. */
function element(story: string, tag: string): string | null {
  const start = story.indexOf(`<${tag}>`);
  if (start < 0) return null;
  const end = story.indexOf(`</${tag}>`, start);
  return end < 0 ? null : story.slice(start + tag.length + 2, end);
}

/**
 * Unescapes the SGML entities of the collection (&lt; &gt; &amp; and numeric &#N;) and drops the
 * control characters they and the raw bytes carry (&#3; ends every BODY), keeping tabs and line ends.
 * @example sgmlText('AT&amp;T &lt;T&gt; earnings\n&#3;') // 'AT&T <T> earnings\n'
 */
export function sgmlText(raw: string): string {
  return raw
    .replace(/&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (entity, name?: string, decimal?: string, hex?: string) => {
      if (name) return { lt: '<', gt: '>', amp: '&', quot: '"' }[name.toLowerCase()] ?? entity;
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * The day of a story's DATE as YYYY-MM-DD, or null when it holds no real date. Days may have one
 * digit and trailing junk ("&#9;&#9;&#9;C T") follows some times.
 * @example reutersDate('26-FEB-1987 15:01:01.79') // '1987-02-26'
 * @example reutersDate(' 5-MAR-1987 09:15:00.10') // '1987-03-05'
 */
export function reutersDate(raw: string): string | null {
  const match = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(raw);
  const month = match ? MONTHS.indexOf(match[2]!.toUpperCase()) + 1 : 0;
  if (!match || month === 0) return null;
  const checked = checkPublished(`${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`);
  return checked.ok ? checked.date : null;
}

/** The NEWID of a story from its opening tag, or `?` when it has none. */
const newId = (story: string): string => /<REUTERS\b[^>]*\bNEWID="(\d+)"/.exec(story)?.[1] ?? '?';

/** Reads one story, from `<REUTERS` up to (not including) `</REUTERS>`. */
function readStory(story: string, name: string): ReutersItem {
  const id = newId(story);
  const label = `${name}#${id}`;
  const body = element(story, 'BODY');
  if (body === null) return { ok: false, label, error: new DyadError('INPUT_EMPTY', `${label}: has no BODY; nothing to read`) };
  // "<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued…": the wire copy began with the dateline.
  const lead = `${sgmlText(element(story, 'DATELINE') ?? '').trimStart()}${sgmlText(body)}`.trimEnd();
  if (lead.trim() === '') return { ok: false, label, error: new DyadError('INPUT_EMPTY', `${label}: has an empty BODY; nothing to read`) };
  const titleText = sgmlText(element(story, 'TITLE') ?? '').replace(/\s+/g, ' ').trim();
  const title = titleText === '' ? null : titleText;
  const date = element(story, 'DATE');
  return {
    ok: true,
    label,
    article: {
      id: `reuters-${id}`,
      title,
      text: title === null ? lead : `${title}\n\n${lead}`,
      published: date === null ? null : reutersDate(date),
      url: null,
      source: 'Reuters',
    },
  };
}

/** Labels of the stories opened in a piece of the file, in order. */
const openedLabels = (text: string, name: string): string[] => text.split(OPEN).slice(1).map((rest) => `${name}#${newId(OPEN + rest)}`);

/** Items for the text before a `</REUTERS>`: its story, after an error for any earlier opening that was never closed. */
function* readSegment(segment: string, name: string): Generator<ReutersItem> {
  const start = segment.lastIndexOf(OPEN);
  if (start < 0) return;
  for (const label of openedLabels(segment.slice(0, start), name)) {
    yield { ok: false, label, error: new DyadError('INPUT_UNREADABLE', `${label}: has no ${CLOSE} before the next story; the file is damaged`) };
  }
  yield readStory(segment.slice(start), name);
}

/** A chunk of the stream as text: bytes are latin1, so a character never straddles two chunks. */
function latin1(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk;
  const bytes = chunk as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Reads a Reuters-21578 file chunk by chunk, decoding its bytes as latin1 (the files are not valid
 * UTF-8 everywhere), and yields one item per `<REUTERS>` story, in order, so every story is counted:
 * an article (id `reuters-<NEWID>`, text = TITLE, a blank line, DATELINE + BODY, published from
 * DATE, source "Reuters"), or an INPUT_EMPTY error for a story with no BODY (a headline-only brief
 * or an unprocessed table). Memory holds one story at a time.
 * @example for await (const item of readReutersSgml(createReadStream('reut2-000.sgm'), 'reut2-000.sgm')) if (item.ok) read(item.article)
 */
export async function* readReutersSgml(stream: Readable, name: string, options: ReutersOptions = {}): AsyncGenerator<ReutersItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let pending = '';
  let skipping = false; // inside a story that was too large: drop it up to its </REUTERS>
  for await (const chunk of stream) {
    const searchFrom = Math.max(0, pending.length - CLOSE.length);
    pending += latin1(chunk);
    let end = pending.indexOf(CLOSE, searchFrom);
    while (end >= 0) {
      if (!skipping) yield* readSegment(pending.slice(0, end), name);
      skipping = false;
      pending = pending.slice(end + CLOSE.length);
      end = pending.indexOf(CLOSE);
    }
    if (!skipping && pending.length > maxBytes) {
      const label = `${name}#${newId(pending)}`;
      yield { ok: false, label, error: tooLarge(label, null, maxBytes, 'story') };
      skipping = true;
    }
    if (skipping) pending = pending.slice(-CLOSE.length);
  }
  if (skipping) return;
  for (const label of openedLabels(pending, name)) {
    yield { ok: false, label, error: new DyadError('INPUT_UNREADABLE', `${label}: is cut off before ${CLOSE}; the file is incomplete`) };
  }
}
