// Turns ingest arguments (files, directories, `-`, URLs, feeds) into a stream of article units or accounted-for failures, in order.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DyadError } from '../errors.js';
import { readFileBytes } from '../input/compressed.js';
import { decodeArticle, readLimited, tooLarge, unreadable } from '../input/decode.js';
import { feedItemText, looksLikeFeed, readFeed } from '../input/feed.js';
import { fetchUrl } from '../input/fetch.js';
import { looksLikeHtml, readHtmlArticle } from '../input/html.js';
import { readJsonl, type JsonlArticle } from '../input/jsonl.js';
import { readReutersSgml } from '../input/reuters-sgml.js';
import { notIngested, type ArticleUnit, type SourceItem } from './article-unit.js';

export interface SourceOptions {
  /** Publication date for texts that carry none (YYYY-MM-DD). */
  published: string | null;
  maxBytes: number;
  /** Fetch feed URLs and pages at private or loopback addresses. */
  allowPrivate: boolean;
  /** Per-request time limit, ms. */
  timeoutMs: number;
  /** Called as each local file starts being read (progress). */
  onFile?: (path: string) => void;
}

const isUrl = (arg: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) || /^(file|data|javascript):/i.test(arg);

/** Every file under a directory, depth first, in name order; hidden files and folders are left out. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

function pageUnit(key: string, label: string, html: string, o: SourceOptions, fallback: Partial<ArticleUnit> = {}): SourceItem {
  const page = readHtmlArticle(html, { name: label, url: fallback.url ?? null });
  if (!page.ok) return notIngested(label, page.error);
  const a = page.article;
  return {
    ok: true,
    unit: {
      key,
      label,
      text: a.text,
      raw: html,
      title: a.title ?? fallback.title ?? null,
      published: a.published ?? fallback.published ?? o.published,
      url: a.url ?? fallback.url ?? null,
      source: a.source ?? fallback.source ?? null,
    },
  };
}

function* feedUnits(xml: string, label: string, o: SourceOptions): Generator<SourceItem> {
  const feed = readFeed(xml, label);
  if (!feed.ok) {
    yield notIngested(label, feed.error);
    return;
  }
  if (feed.items.length === 0) yield notIngested(label, new DyadError('INPUT_EMPTY', `${label}: the feed has no items`));
  for (const [i, item] of feed.items.entries()) {
    const itemLabel = `${label}#${i + 1}`;
    const body = feedItemText(item);
    if (body === null && item.title === null) {
      yield notIngested(itemLabel, new DyadError('INPUT_EMPTY', `${itemLabel}: the feed item has no title or text`));
      continue;
    }
    const text = [item.title, body].filter((t): t is string => t !== null && t.trim() !== '').join('\n\n');
    const key = item.url ?? item.id ?? itemLabel;
    yield {
      ok: true,
      unit: { key, label: itemLabel, text, raw: item.html ?? text, title: item.title, published: item.published ?? o.published, url: item.url, source: feed.title },
    };
  }
}

/** A text that is really a page or a feed is read as one. */
function* sniffed(key: string, label: string, text: string, o: SourceOptions, url: string | null = null): Generator<SourceItem> {
  if (looksLikeFeed(text)) yield* feedUnits(text, label, o);
  else if (looksLikeHtml(text)) yield pageUnit(key, label, text, o, { url });
  else yield { ok: true, unit: { key, label, text, raw: text, title: null, published: o.published, url, source: null } };
}

async function* jsonlUnits(stream: Readable, name: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  let lines = 0;
  for await (const item of readJsonl(stream, name, { maxBytes: o.maxBytes })) {
    lines++;
    const label = `${name}:${item.line}`;
    if (!item.ok) yield notIngested(label, item.error);
    else yield jsonlUnit(item.article, label, o);
  }
  if (lines === 0) yield notIngested(name, new DyadError('INPUT_EMPTY', `${name}: has no JSONL lines; there is no article to read`));
}

function jsonlUnit(a: JsonlArticle, label: string, o: SourceOptions): SourceItem {
  const meta = { title: a.title, published: a.published ?? o.published, url: a.url ?? null, source: a.source ?? null };
  if (a.html !== null) return pageUnit(a.id, label, a.html, o, meta);
  return { ok: true, unit: { key: a.id, label, text: a.text, raw: a.text, ...meta } };
}

async function* fileUnits(path: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  o.onFile?.(path);
  const lower = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(lower)) return yield* jsonlUnits(createReadStream(path), path, o);
  if (lower.endsWith('.sgm')) {
    for await (const item of readReutersSgml(createReadStream(path), path)) {
      if (!item.ok) yield notIngested(item.label, item.error);
      else yield { ok: true, unit: { key: item.article.id, label: item.label, text: item.article.text, raw: item.article.text, title: item.article.title, published: item.article.published ?? null, url: null, source: item.article.source ?? null } };
    }
    return;
  }
  const bytes = await readFileBytes(path, path, o.maxBytes);
  if (!bytes.ok) return yield notIngested(path, bytes.error);
  const decoded = decodeArticle(bytes.bytes, path, { maxBytes: o.maxBytes });
  if (!decoded.ok) return yield notIngested(path, decoded.error);
  const inner = lower.replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(inner)) return yield* jsonlUnits(Readable.from([decoded.text]), path, o);
  if (/\.(rss|atom|xml)$/.test(inner)) return yield* feedUnits(decoded.text, path, o);
  if (/\.x?html?$/.test(inner)) return yield pageUnit(path, path, decoded.text, o);
  yield* sniffed(path, path, decoded.text, o);
}

async function* urlUnits(url: string, o: SourceOptions): AsyncGenerator<SourceItem> {
  const fetched = await fetchUrl(url, { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes });
  if (!fetched.ok) return yield notIngested(url, fetched.error);
  yield* sniffed(fetched.url, url, fetched.body, o, fetched.url);
}

async function* stdinUnits(stdin: Readable, o: SourceOptions): AsyncGenerator<SourceItem> {
  const first = await readLimited(stdin, o.maxBytes);
  if (first === null) return yield notIngested('stdin', tooLarge('stdin', null, o.maxBytes));
  const decoded = decodeArticle(first, 'stdin', { maxBytes: o.maxBytes });
  if (!decoded.ok) return yield notIngested('stdin', decoded.error);
  if (decoded.text.trimStart().startsWith('{')) return yield* jsonlUnits(Readable.from([decoded.text]), 'stdin', o);
  yield* sniffed('stdin', 'stdin', decoded.text, o);
}

/**
 * Yields, in order, one item per article found in the arguments: a unit to read, or an input that
 * gave none with the reason. Directories are read recursively; `-` is stdin; http(s) URLs are fetched.
 * @example for await (const item of readSources(['corpus/', 'feed.xml'], options, process.stdin)) …
 */
export async function* readSources(args: string[], o: SourceOptions, stdin: Readable): AsyncGenerator<SourceItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield* stdinUnits(stdin, o);
      continue;
    }
    if (isUrl(arg)) {
      yield* urlUnits(arg, o);
      continue;
    }
    try {
      const info = await stat(arg);
      if (info.isDirectory()) {
        for await (const file of walk(arg)) yield* fileUnits(file, o);
      } else yield* fileUnits(arg, o);
    } catch (error) {
      yield notIngested(arg, error instanceof DyadError ? error : unreadable(arg, error));
    }
  }
}
