// Makes untrusted HTML safe and cheap to parse, in one linear pass: drops code and its contents, event handlers and huge attributes, caps nesting and size.
import { CleanDocument } from './html-clean-document.js';
import { readTag, type Tag } from './html-tag.js';

/** Most elements, character references (`&rsquo;`) and stray `<` a page may have; each costs the DOM a node. A news page has a few thousand. */
export const MAX_NODES = 50_000;
/** Longest JSON-LD block kept, and how many are kept. */
const MAX_JSON_LD_CHARS = 256 * 1024;
const MAX_JSON_LD_BLOCKS = 8;

/** Elements skipped with everything inside: code, styling, markup that holds no article text; and the title, kept apart. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'textarea', 'select', 'xmp', 'noembed', 'noframes', 'title']);
/** Elements whose contents are raw text: the first close tag ends them. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe', 'textarea', 'xmp', 'noembed', 'noframes', 'title']);
/** Tags dropped, keeping their contents: the cleaned document makes its own. */
const STRUCTURE = new Set(['html', 'head', 'body']);

/** The cleaned page as one well-formed document, the JSON-LD blocks its scripts held, and how many elements it kept. */
export interface CleanHtml {
  html: string;
  jsonLd: string[];
  elements: number;
}

/** Where an element whose contents are skipped ends, counting nested ones of the same name (`<svg><svg>…`). */
function skipContents(html: string, name: string, from: number): { contentEnd: number; end: number } {
  let depth = 1;
  for (let i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
    const closing = html[i + 1] === '/';
    const at = closing ? i + 2 : i + 1;
    if (html.slice(at, at + name.length).toLowerCase() !== name || /[\w:-]/.test(html[at + name.length] ?? '')) continue;
    if (!closing && RAW_TEXT.has(name)) continue;
    depth += closing ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', at);
      return { contentEnd: i, end: close < 0 ? html.length : close + 1 };
    }
  }
  return { contentEnd: html.length, end: html.length };
}

const isJsonLd = (tag: Tag) => tag.name === 'script' && tag.attributes.some(([name, value]) => name === 'type' && value.trim().toLowerCase() === 'application/ld+json');

/** Where the markup that is not a tag at `lt` (comment, DOCTYPE, CDATA, `<?…>`, `</ >`) ends, or -1 when `lt` starts a tag or text. */
function endOfNonTag(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  const next = html[lt + 1];
  if (next !== '!' && next !== '?' && !(next === '/' && !/[A-Za-z]/.test(html[lt + 2] ?? ''))) return -1;
  const end = html.indexOf('>', lt);
  return end < 0 ? html.length : end + 1;
}

/**
 * Cleans untrusted HTML before a DOM parser sees it. Drops script, style, svg, template and
 * similar elements with their contents (JSON-LD scripts are returned separately), comments,
 * event-handler attributes (`onclick`) and huge attribute values; drops tags nested too deep
 * (keeping their text); moves title, meta, link and base into the head (see `CleanDocument`).
 * Runs in time linear in the input.
 * @returns null when the page has more than {@link MAX_NODES} elements and character references.
 * @example cleanHtml('<p onclick="steal()">Hi<script>x()</script></p>')?.html
 * // '<!DOCTYPE html><html><head></head><body><p>Hi</p></body></html>'
 */
export function cleanHtml(html: string): CleanHtml | null {
  const doc = new CleanDocument();
  const jsonLd: string[] = [];
  for (let i = 0; i < html.length && doc.nodes <= MAX_NODES; ) {
    const lt = html.indexOf('<', i);
    doc.text(html.slice(i, lt < 0 ? html.length : lt));
    if (lt < 0) break;
    const skipped = endOfNonTag(html, lt);
    const tag = skipped < 0 ? readTag(html, lt) : null;
    if (tag === null) {
      if (skipped < 0) doc.strayLessThan();
      i = skipped < 0 ? lt + 1 : skipped;
      continue;
    }
    i = tag.end;
    if (!tag.complete || STRUCTURE.has(tag.name)) continue;
    if (tag.closing) doc.close(tag.name);
    else if (!SKIPPED.has(tag.name)) doc.open(tag);
    else if (!tag.selfClosing || RAW_TEXT.has(tag.name)) {
      const { contentEnd, end } = skipContents(html, tag.name, tag.end);
      const content = html.slice(tag.end, contentEnd);
      if (tag.name === 'title') doc.title(content);
      else if (isJsonLd(tag) && content.length <= MAX_JSON_LD_CHARS && jsonLd.length < MAX_JSON_LD_BLOCKS) jsonLd.push(content);
      i = end;
    }
  }
  return doc.nodes > MAX_NODES ? null : { html: doc.html(), jsonLd, elements: doc.elements };
}
