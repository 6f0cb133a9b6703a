// Reads a page's title, publication day, outlet and canonical URL from its meta tags, JSON-LD and <time> elements.
import { publishedDay } from './published-day.js';
import { webUrl } from './web-url.js';

/** What a page says about itself; each field null when the page does not say. */
export interface PageMeta {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

/** Objects looked at in all JSON-LD blocks together, so a huge graph costs little. */
const MAX_JSON_LD_NODES = 2000;

const tidy = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** `content` of each meta tag by its lower-cased property, name or itemprop; the first tag wins. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    for (const key of ['property', 'name', 'itemprop']) {
      const name = meta.getAttribute(key)?.trim().toLowerCase();
      if (name && content !== null && !contents.has(name)) contents.set(name, content);
    }
  }
  return contents;
}

/** The JSON-LD objects, breadth first (a NewsArticle, the items of an `@graph`, its `publisher`). */
function jsonLdObjects(blocks: string[]): Record<string, unknown>[] {
  const queue: unknown[] = [];
  for (const block of blocks) {
    try {
      queue.push(JSON.parse(block));
    } catch {
      // a broken block is ignored, as browsers and search engines do
    }
  }
  const objects: Record<string, unknown>[] = [];
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    if (!value || typeof value !== 'object') continue;
    if (!Array.isArray(value)) objects.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) if (queue.length < MAX_JSON_LD_NODES && child && typeof child === 'object') queue.push(child);
  }
  return objects;
}

/** A publisher's name: `"Dawn"`, `{ "name": "Dawn" }` or the first of a list. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return tidy(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return tidy((value as { name: string }).name);
  return null;
}

/**
 * Reads what a page says about itself. Title: og:title, then <title>. Published: the first real
 * date of article:published_time, og:published_time, JSON-LD datePublished, <time datetime>, meta
 * date/pubdate/dc.date, as YYYY-MM-DD. Source: og:site_name, application-name, JSON-LD publisher.
 * URL: the canonical link, og:url, then `givenUrl`; only http(s) URLs are kept.
 * @example readPageMeta(document, ['{"datePublished":"2025-09-14T08:00:00Z"}'], null).published // '2025-09-14'
 */
export function readPageMeta(document: Document, jsonLd: string[], givenUrl: string | null): PageMeta {
  const meta = metaContents(document);
  const objects = jsonLdObjects(jsonLd);
  const fromJsonLd = (key: string) => objects.map((o) => o[key]).find((v) => v !== undefined && v !== null);
  const dates = [
    meta.get('article:published_time'),
    meta.get('og:published_time'),
    ...objects.map((o) => o.datePublished).filter((v): v is string => typeof v === 'string'),
    ...[...document.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')),
    meta.get('date'),
    meta.get('pubdate'),
    meta.get('dc.date'),
    meta.get('datepublished'),
  ];
  const canonical = [...document.querySelectorAll('link[rel][href]')].find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel')!));
  const base = webUrl(givenUrl, null);
  return {
    title: tidy(meta.get('og:title')) ?? tidy(document.querySelector('title')?.textContent),
    published: dates.map(publishedDay).find((d) => d !== null) ?? null,
    source: tidy(meta.get('og:site_name')) ?? tidy(meta.get('application-name')) ?? nameOf(fromJsonLd('publisher')),
    url: webUrl(canonical?.getAttribute('href'), base) ?? webUrl(meta.get('og:url'), base) ?? base,
  };
}
