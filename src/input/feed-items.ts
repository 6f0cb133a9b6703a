// Reads the items of a parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed into one shape.
import type { XmlNode } from './feed-xml.js';
import { htmlToText } from './html.js';
import { publishedDay } from './published-day.js';
import { webUrl } from './web-url.js';

/** One feed item; each field null when the feed does not give it. */
export interface FeedItem {
  /** RSS guid, RDF rdf:about or Atom id. */
  id: string | null;
  title: string | null;
  /** The item's page: an absolute http(s) URL. */
  url: string | null;
  /** YYYY-MM-DD from pubDate, dc:date, published or updated. */
  published: string | null;
  /** content:encoded, Atom content, or description / summary, as given (often HTML). */
  html: string | null;
}

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The text of a parsed element: a string, the `#text` of one with attributes, the first of repeated ones; blank is null.
 * @example textOf({ '#text': 'g-17', '@_isPermaLink': 'false' }) // 'g-17'
 */
export function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  return isNode(first) ? textOf(first['#text']) : null;
}

/**
 * An Atom text construct as plain text: `type="html"` and `"xhtml"` have their markup removed.
 * @example atomText({ '#text': '<b>Talks</b> resume', '@_type': 'html' }) // 'Talks resume'
 */
export function atomText(value: unknown): string | null {
  const text = textOf(value);
  const type = isNode(value) ? value['@_type'] : undefined;
  return text && (type === 'html' || type === 'xhtml') ? htmlToText(text) || null : text;
}

/**
 * The RSS 2.0 or RSS 1.0 `<item>` as a feed item; a guid that is a permalink stands in for a missing link.
 * @example rssItem({ title: 'Talks', link: ['https://news.example/1'], pubDate: 'Sun, 14 Sep 2025 08:30:00 GMT' }, null).published // '2025-09-14'
 */
export function rssItem(item: XmlNode, base: string | null): FeedItem {
  const guid = item.guid;
  const guidIsLink = !(isNode(guid) && guid['@_isPermaLink'] === 'false');
  return {
    id: textOf(guid) ?? textOf(item['@_rdf:about']),
    title: textOf(item.title),
    url: webUrl(textOf(item.link), base) ?? (guidIsLink ? webUrl(textOf(guid), null) : null),
    published: publishedDay(textOf(item.pubDate)) ?? publishedDay(textOf(item['dc:date'])),
    html: textOf(item['content:encoded']) ?? textOf(item.description),
  };
}

/**
 * The Atom `<entry>` as a feed item; its link is the `alternate` one (or the one without a rel).
 * @example atomEntry({ id: 'urn:1', link: [{ '@_href': 'https://news.example/1' }] }, null).url // 'https://news.example/1'
 */
export function atomEntry(entry: XmlNode, base: string | null): FeedItem {
  const links = (Array.isArray(entry.link) ? entry.link : []).filter(isNode);
  const link = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  return {
    id: textOf(entry.id),
    title: atomText(entry.title),
    url: webUrl(textOf(link?.['@_href']), base),
    published: publishedDay(textOf(entry.published)) ?? publishedDay(textOf(entry.updated)),
    html: textOf(entry.content) ?? textOf(entry.summary),
  };
}
