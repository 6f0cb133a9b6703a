// Reads how an HTML or XML text begins (past a BOM, XML declaration, comments and DOCTYPE): how a page is told from a feed.

/** Only this much of the text is looked at, so a huge input costs nothing extra. */
const WINDOW = 64 * 1024;

/** The DOCTYPE's root name and the first element's name, both lower-cased, or null when absent. */
export interface MarkupStart {
  doctype: string | null;
  element: string | null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** A tag or DOCTYPE name at `start` (`html`, `rdf:RDF`), lower-cased, or null when none starts there. */
function nameAt(text: string, start: number): string | null {
  let end = start;
  while (end < text.length && /[A-Za-z0-9:_.-]/.test(text[end]!)) end++;
  return end > start && /[A-Za-z]/.test(text[start]!) ? text.slice(start, end).toLowerCase() : null;
}

/**
 * The index just past the `>` that ends the DOCTYPE starting at `start`, skipping its internal
 * subset (`[ … ]`) and quoted strings inside it; the text's length when it never ends.
 * @example doctypeEnd('<!DOCTYPE rss [<!ENTITY a "]>">]><rss/>', 0) // 32, where <rss/> starts
 */
export function doctypeEnd(text: string, start: number): number {
  let quote = '';
  let inSubset = false;
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return text.length;
}

/**
 * Finds the DOCTYPE name and the first element of a text, or nulls when it does not start with markup.
 * @example markupStart('<?xml version="1.0"?>\n<!-- feed --><rss version="2.0">') // { doctype: null, element: 'rss' }
 * @example markupStart('<!doctype html><html lang="en">') // { doctype: 'html', element: 'html' }
 */
export function markupStart(text: string): MarkupStart {
  const end = Math.min(text.length, WINDOW);
  let doctype: string | null = null;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end || text[i] !== '<') return { doctype, element: null };
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close >= end) return { doctype, element: null };
      i = close + 3;
    } else if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0 || close >= end) return { doctype, element: null };
      i = close + 2;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      let at = i + 9;
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      doctype = nameAt(text, at);
      i = doctypeEnd(text, i);
    } else {
      return { doctype, element: nameAt(text, i + 1) };
    }
  }
}
