// Builds the cleaned copy of a page tag by tag: head and body apart, nesting capped, event handlers and huge attributes left out, DOM nodes counted.
import type { Tag } from './html-tag.js';

/** Longest attribute value kept, in characters; longer ones (a 5 MB data: URI or style) are dropped. */
export const MAX_ATTRIBUTE_CHARS = 4096;
/** Deepest element nesting kept; tags opened deeper are dropped and their text kept. */
export const MAX_DEPTH = 200;

/** Elements that never have contents. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that belong in the head; moved there wherever they appear. */
const HEAD = new Set(['meta', 'link', 'base']);
/** Elements a new one of the same name closes: `<p>one<p>two`. */
const SIBLING_CLOSES = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
const VALID_ATTRIBUTE = /^[a-z_:][-a-z0-9_:.]*$/;

/** The tag as clean markup: lower-case name, no event handlers, no huge or malformed attributes. */
function writeTag(tag: Tag): string {
  let out = `<${tag.name}`;
  for (const [name, value] of tag.attributes) {
    if (name.startsWith('on') || value.length > MAX_ATTRIBUTE_CHARS || !VALID_ATTRIBUTE.test(name)) continue;
    out += ` ${name}="${value.replaceAll('"', '&quot;')}"`;
  }
  return `${out}>`;
}

/** Character references in a run of text (`&amp;`, `&#8217;`): a DOM parser makes a text node of each. */
function countReferences(text: string): number {
  let count = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) if (/[A-Za-z#]/.test(text[i + 1] ?? '')) count++;
  return count;
}

/**
 * The cleaned document under construction. Every close tag it writes matches an open one, so a
 * parser nests no deeper than {@link MAX_DEPTH}. `nodes` counts what will cost the DOM a node.
 * @example const doc = new CleanDocument(); doc.open(readTag('<p onclick="x()">', 0)!); doc.text('Hi'); doc.html() // '…<body><p>Hi</body></html>'
 */
export class CleanDocument {
  /** Elements written, in head and body. */
  elements = 0;
  /** Elements, character references and stray `<` written. */
  nodes = 0;
  private readonly head: string[] = [];
  private readonly body: string[] = [];
  private readonly stack: string[] = [];
  private readonly openCount = new Map<string, number>();
  /** Elements opened too deep, by name, so their close tags are dropped too. */
  private readonly droppedOpen = new Map<string, number>();
  private hasTitle = false;

  text(run: string): void {
    this.nodes += countReferences(run);
    this.body.push(run);
  }

  /** A `<` that starts no tag ("a < b"): text to a parser too, but a new text node. */
  strayLessThan(): void {
    this.nodes++;
    this.body.push('<');
  }

  /** The first title goes to the head; its text is raw (no tags inside). */
  title(content: string): void {
    if (this.hasTitle || content.length > MAX_ATTRIBUTE_CHARS) return;
    this.head.push(`<title>${content.replaceAll('<', '&lt;')}</title>`);
    this.hasTitle = true;
    this.nodes++;
  }

  open(tag: Tag): void {
    if (HEAD.has(tag.name) || VOID.has(tag.name)) {
      (HEAD.has(tag.name) ? this.head : this.body).push(writeTag(tag));
    } else if (this.stack.length >= MAX_DEPTH) {
      this.droppedOpen.set(tag.name, (this.droppedOpen.get(tag.name) ?? 0) + 1);
      return;
    } else {
      if (SIBLING_CLOSES.has(tag.name) && this.stack.at(-1) === tag.name) this.closeTop();
      this.body.push(writeTag(tag));
      this.stack.push(tag.name);
      this.openCount.set(tag.name, (this.openCount.get(tag.name) ?? 0) + 1);
    }
    this.elements++;
    this.nodes++;
  }

  /** Closes the innermost open `name` and everything inside it; a close tag nothing matches is dropped. */
  close(name: string): void {
    const dropped = this.droppedOpen.get(name);
    if (dropped) this.droppedOpen.set(name, dropped - 1);
    else if (this.openCount.get(name)) {
      while (this.stack.at(-1) !== name) this.closeTop();
      this.closeTop();
    }
  }

  html(): string {
    return `<!DOCTYPE html><html><head>${this.head.join('')}</head><body>${this.body.join('')}</body></html>`;
  }

  private closeTop(): void {
    const name = this.stack.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    this.body.push(`</${name}>`);
  }
}
