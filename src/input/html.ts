// Reads a news article out of an HTML page: main text via Readability, plus title, day, outlet and URL; hostile markup is cleaned first.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DyadError } from '../errors.js';
import { cleanHtml, MAX_NODES } from './html-clean.js';
import { readPageMeta, type PageMeta } from './html-meta.js';
import { paragraphsOf } from './html-text.js';
import { markupStart } from './markup-start.js';

/** An article read from a page: plain text with paragraphs separated by a blank line, and what the page says about itself. */
export interface PageArticle extends PageMeta {
  text: string;
}

export interface HtmlArticleOptions {
  /** The input's name for messages: a path or URL. */
  name: string;
  /** Where the page came from; relative canonical links resolve against it, and it is the fallback `url`. */
  url?: string | null;
}

export type HtmlArticleResult = { ok: true; article: PageArticle } | { ok: false; error: DyadError };

/** Pages with more elements than this skip Readability, whose cost grows fast with size, and keep their whole body text. */
const READABILITY_MAX_ELEMENTS = 15_000;

/** First elements that mark a text as HTML rather than plain text or XML. */
const HTML_STARTS = new Set(['html', 'head', 'body', 'p', 'div', 'article', 'main', 'section', 'meta', 'title', 'h1', 'h2', 'h3', 'table']);

/**
 * Whether a text is an HTML page or fragment: an HTML DOCTYPE, or a first element such as
 * `<html>`, `<body>` or `<p>` (after a BOM, comments and an XML declaration). A feed is not.
 * @example looksLikeHtml('<!doctype html><title>Talks</title>') // true
 * @example looksLikeHtml('<rss version="2.0">') // false
 */
export function looksLikeHtml(text: string): boolean {
  const start = markupStart(text);
  return start.doctype === 'html' || (start.element !== null && HTML_STARTS.has(start.element));
}

/**
 * Plain text of an HTML snippet (a feed item's description): paragraphs separated by a blank
 * line, entities decoded, scripts dropped. Empty when there is no text, or when the snippet is
 * too complex to parse safely (see `cleanHtml`).
 * @example htmlToText('<p>Talks &amp; trade</p><p>Second</p>') // 'Talks & trade\n\nSecond'
 */
export function htmlToText(html: string): string {
  const clean = cleanHtml(html);
  return clean ? paragraphsOf(parseHTML(clean.html).document.body).join('\n\n') : '';
}

/** The main text and title as Readability finds them ('' and null when it finds none); the title may be the page's only <h1>. */
function readable(document: Document): { text: string; title: string | null } {
  const parsed = new Readability<Node>(document, { serializer: (node) => node, disableJSONLD: true }).parse();
  return { text: parsed?.content ? paragraphsOf(parsed.content).join('\n\n') : '', title: parsed?.title?.trim() || null };
}

/**
 * Reads the article in an HTML page. The page is cleaned first (see `cleanHtml`: no scripts,
 * styles or event handlers, bounded attributes and nesting), so hostile pages cost linear time.
 * Text: Readability's main content, else (nothing found, or a page too big for Readability) the
 * whole body's text. Metadata: see `readPageMeta`; a page with neither og:title nor <title> takes
 * Readability's title (its only <h1>).
 * @returns INPUT_HTML naming the input when the page has no readable text; INPUT_HOSTILE when it
 * has more than {@link MAX_NODES} elements and character references.
 * @example readHtmlArticle('<title>Talks</title><p>The ministers met.</p>', { name: 'a.html' })
 * // { ok: true, article: { text: 'The ministers met.', title: 'Talks', published: null, source: null, url: null } }
 */
export function readHtmlArticle(html: string, options: HtmlArticleOptions): HtmlArticleResult {
  const clean = cleanHtml(html);
  if (clean === null) {
    const limit = MAX_NODES.toLocaleString('en-US');
    const reason = `the HTML page has more than ${limit} elements and character references; refused as too costly to parse (a news page has a few thousand)`;
    return { ok: false, error: new DyadError('INPUT_HOSTILE', `${options.name}: ${reason}`) };
  }
  const { document } = parseHTML(clean.html);
  const meta = readPageMeta(document, clean.jsonLd, options.url ?? null);
  const main = clean.elements <= READABILITY_MAX_ELEMENTS ? readable(document) : { text: '', title: null };
  const text = main.text || paragraphsOf(parseHTML(clean.html).document.body).join('\n\n');
  if (!text) return { ok: false, error: new DyadError('INPUT_HTML', `${options.name}: no article text found in the HTML page`) };
  return { ok: true, article: { text, ...meta, title: meta.title ?? main.title } };
}
