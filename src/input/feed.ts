// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items, refusing entity declarations; errors are data naming the input.
import { DyadError } from '../errors.js';
import { atomEntry, atomText, rssItem, textOf, type FeedItem } from './feed-items.js';
import { declaresEntities, parseXml, type XmlNode } from './feed-xml.js';
import { htmlToText } from './html.js';
import { markupStart } from './markup-start.js';
import { webUrl } from './web-url.js';

export type { FeedItem } from './feed-items.js';

export type FeedResult = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; error: DyadError };

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/**
 * Whether a text is a feed: its first element (after a BOM, XML declaration, comments and
 * DOCTYPE) is `<rss>`, `<feed>` or `<rdf:RDF>`.
 * @example looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>') // true
 * @example looksLikeFeed('<!doctype html><html>') // false
 */
export function looksLikeFeed(text: string): boolean {
  const element = markupStart(text).element;
  return element !== null && FEED_ROOTS.has(element);
}

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? value : [value]).filter(isNode);

/** Why a text is not a feed, for the message: "it is not XML", "its root element is <html>". */
function notAFeed(xml: string): string {
  const element = markupStart(xml).element;
  if (element === null) return 'is not XML (it does not start with an element)';
  const hint = element === 'html' ? '; it is an HTML page, read it as one' : '';
  return `is not a feed: its root element is <${element}>, not <rss>, <rdf:RDF> or <feed>${hint}`;
}

/**
 * Reads a feed's title and items. Relative item links resolve against `name` when it is a URL.
 * @returns INPUT_HOSTILE when the feed declares entities (XXE, billion laughs); INPUT_FEED when it
 * is not well-formed XML or not a feed.
 * @example readFeed('<rss><channel><title>Dawn</title><item><title>Talks</title></item></channel></rss>', 'dawn.xml')
 * // { ok: true, title: 'Dawn', items: [{ id: null, title: 'Talks', url: null, published: null, html: null }] }
 */
export function readFeed(xml: string, name: string): FeedResult {
  const fail = (code: 'INPUT_FEED' | 'INPUT_HOSTILE', reason: string): FeedResult => ({ ok: false, error: new DyadError(code, `${name}: ${reason}`) });
  if (declaresEntities(xml)) return fail('INPUT_HOSTILE', 'the feed declares XML entities (<!ENTITY …>); refused to protect against entity expansion attacks');
  if (!looksLikeFeed(xml)) return fail('INPUT_FEED', notAFeed(xml));
  let document: XmlNode;
  try {
    document = parseXml(xml);
  } catch (error) {
    return fail('INPUT_FEED', `is not well-formed XML (${(error as Error).message.replace(/\.$/, '')}); expected an RSS, RDF or Atom feed`);
  }
  const base = webUrl(name, null);
  const root = Object.entries(document).find(([key]) => FEED_ROOTS.has(key.toLowerCase()));
  const feed = isNode(root?.[1]) ? root[1] : {};
  if (root?.[0] === 'feed') return { ok: true, title: atomText(feed.title), items: nodes(feed.entry).map((e) => atomEntry(e, base)) };
  const channel = nodes(feed.channel)[0] ?? {};
  const items = root?.[0] === 'rss' ? channel.item : feed.item; // RSS 1.0 items are siblings of the channel
  return { ok: true, title: textOf(channel.title), items: nodes(items).map((i) => rssItem(i, base)) };
}

/**
 * The plain text of a feed item's HTML (paragraphs separated by a blank line), or null when it
 * has none. The title is not included: callers put it first, followed by a blank line.
 * @example feedItemText({ id: null, title: 'Talks', url: null, published: null, html: '<p>Ministers &amp; envoys met.</p>' })
 * // 'Ministers & envoys met.'
 */
export function feedItemText(item: FeedItem): string | null {
  return item.html ? htmlToText(item.html) || null : null;
}
