// Reads one HTML tag (`<a href="…">`, `</p>`) at a position, character by character, so any input costs linear time.

/** Attributes kept per tag; the rest are skipped (still in linear time). */
const MAX_ATTRIBUTES = 64;

/** One tag: lower-case names, attribute values as written (entities not decoded). */
export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: [name: string, value: string][];
  /** Index just past the tag's `>`. */
  end: number;
  /** False when the input ended inside the tag. */
  complete: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

/** Index of the first character at or after `i` that is not a space. */
function skipSpaces(html: string, i: number): number {
  while (i < html.length && isSpace(html.charCodeAt(i))) i++;
  return i;
}

/** An attribute value starting at `i` (quoted or bare) and the index after it. */
function readValue(html: string, i: number): { value: string; end: number } {
  const quote = html[i];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, i + 1);
    return close < 0 ? { value: html.slice(i + 1), end: html.length } : { value: html.slice(i + 1, close), end: close + 1 };
  }
  let end = i;
  while (end < html.length && !isSpace(html.charCodeAt(end)) && html.charCodeAt(end) !== GT) end++;
  return { value: html.slice(i, end), end };
}

/**
 * Reads the tag whose `<` is at `start`, or returns null when no tag starts there (`a < b`).
 * @example readTag('<a href="/x" onclick=go()>', 0)
 * // { name: 'a', closing: false, selfClosing: false, attributes: [['href', '/x'], ['onclick', 'go()']], end: 26, complete: true }
 */
export function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html.charCodeAt(i) === SLASH;
  if (closing) i++;
  const nameStart = i;
  if (!isLetter(html.charCodeAt(i))) return null;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== GT && html.charCodeAt(i) !== SLASH) i++;
  const tag: Tag = { name: html.slice(nameStart, i).toLowerCase(), closing, selfClosing: false, attributes: [], end: html.length, complete: false };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === GT) return { ...tag, end: i + 1, complete: true };
    if (isSpace(c) || c === SLASH) {
      tag.selfClosing = c === SLASH;
      i++;
      continue;
    }
    tag.selfClosing = false;
    const nameAt = i++; // the first character always belongs to the name, even `=`
    while (i < html.length && !isSpace(html.charCodeAt(i)) && ![GT, SLASH, EQUALS].includes(html.charCodeAt(i))) i++;
    const name = html.slice(nameAt, i).toLowerCase();
    let value = '';
    const afterName = skipSpaces(html, i);
    if (html.charCodeAt(afterName) === EQUALS) {
      ({ value, end: i } = readValue(html, skipSpaces(html, afterName + 1)));
    }
    if (tag.attributes.length < MAX_ATTRIBUTES) tag.attributes.push([name, value]);
  }
  return tag;
}
