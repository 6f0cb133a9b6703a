// Parses untrusted feed XML safely: refuses entity declarations (XXE, billion laughs) and decodes only the five XML entities and numeric references.
import { XMLParser, type EntityDecoderOptions } from 'fast-xml-parser';
import { doctypeEnd } from './markup-start.js';

/** A parsed element: child elements by name, attributes as `@_name`, text as `#text`. */
export type XmlNode = { [key: string]: unknown };

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/**
 * Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references; a reference to NUL,
 * a surrogate or past U+10FFFF becomes U+FFFD. Anything else (`&nbsp;`) is left as written.
 * @example decodeXmlReferences('Q&amp;A &#8217;s &#x1F600; &nbsp;') // 'Q&A ’s 😀 &nbsp;'
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return XML_ENTITIES[name]!;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  });
}

/** The parser's entity decoder: entities a document declares are never registered, let alone expanded. */
const entityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXmlReferences,
};

/**
 * Whether a DOCTYPE in the document declares entities (`<!ENTITY …>`), outside comments and
 * CDATA sections. A plain `<!DOCTYPE rss PUBLIC …>` does not.
 * @example declaresEntities('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>') // true
 */
export function declaresEntities(xml: string): boolean {
  for (let i = xml.indexOf('<!'); i >= 0; i = xml.indexOf('<!', i + 1)) {
    const skipTo = xml.startsWith('<![CDATA[', i) ? ']]>' : xml.startsWith('<!--', i) ? '-->' : null;
    if (skipTo) {
      i = xml.indexOf(skipTo, i + 4);
      if (i < 0) return false;
    } else if (xml.slice(i + 2, i + 9).toUpperCase() === 'DOCTYPE') {
      const end = doctypeEnd(xml, i);
      if (/<!ENTITY/i.test(xml.slice(i, end))) return true;
      i = end - 1;
    }
  }
  return false;
}

/** Elements that repeat in feeds: always arrays, even when there is one. */
const REPEATED = new Set(['item', 'entry', 'link']);

/**
 * Parses XML into nested objects (see {@link XmlNode}); Atom `type="xhtml"` content is kept as
 * raw markup. Throws the parser's error on broken XML or nesting deeper than 100.
 * Callers must refuse {@link declaresEntities} documents first.
 * @example parseXml('<rss><channel><title>A &amp; B</title></channel></rss>') // { rss: { channel: { title: 'A & B' } } }
 */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    processEntities: true,
    entityDecoder,
    isArray: (name) => REPEATED.has(name),
    stopNodes: ['..content[type=xhtml]', '..summary[type=xhtml]', '..title[type=xhtml]'],
  });
  return parser.parse(xml) as XmlNode;
}
