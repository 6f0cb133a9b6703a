// Tests for cleaning hostile HTML before parsing: code dropped with its contents, event handlers and huge attributes dropped, nesting and size capped.
import { describe, expect, it } from 'vitest';
import { cleanHtml, MAX_NODES } from './html-clean.js';
import { MAX_ATTRIBUTE_CHARS, MAX_DEPTH } from './html-clean-document.js';

const bodyOf = (html: string) => /<body>([\s\S]*)<\/body>/.exec(cleanHtml(html)!.html)![1];
const headOf = (html: string) => /<head>([\s\S]*)<\/head>/.exec(cleanHtml(html)!.html)![1];

describe('cleanHtml', () => {
  it('wraps the page in one html, head and body, whatever the input had', () => {
    expect(cleanHtml('<p>The ministers met.</p>')!.html).toBe('<!DOCTYPE html><html><head></head><body><p>The ministers met.</p></body></html>');
    expect(bodyOf('<!doctype html><HTML><Head></head><BODY class="x"><p>Hi</p></body></html>')).toBe('<p>Hi</p>');
  });

  it('drops scripts, styles, noscript, svg, template and iframes with everything inside them', () => {
    const html = '<p>Talks</p><script>steal("</p>")</script><style>p{}</style><noscript><p>Enable JS</p></noscript>'
      + '<svg><svg><text>icon</text></svg><text>more</text></svg><template><p>hidden</p></template><iframe src="x">frame</iframe><p>resumed</p>';
    expect(bodyOf(html)).toBe('<p>Talks</p><p>resumed</p>');
  });

  it('drops a script whose close tag is missing, and everything after it', () => {
    expect(bodyOf('<p>Talks</p><script>while(1){}')).toBe('<p>Talks</p>');
  });

  it('drops comments, DOCTYPEs, CDATA sections and processing instructions', () => {
    expect(bodyOf('<!-- <p>old</p> --><?php echo 1 ?><![CDATA[x]]><p>Hi</p>')).toBe('<p>Hi</p>');
  });

  it('drops event-handler attributes and keeps the others, re-quoted', () => {
    expect(bodyOf('<a href=/world onclick="steal()" ONMOUSEOVER=x title=\'say "hi"\'>Talks</a>')).toBe('<a href="/world" title="say &quot;hi&quot;">Talks</a>');
  });

  it('drops a 5 MB data: URI and a 5 MB style attribute in linear time', () => {
    const huge = 'A'.repeat(5_000_000);
    const value = bodyOf(`<p style="${huge}">Talks</p><img src="data:image/png;base64,${huge}" alt="map">`);
    expect(value).toBe('<p>Talks</p><img alt="map">');
  });

  it(`keeps attribute values up to ${MAX_ATTRIBUTE_CHARS} characters`, () => {
    const value = 'x'.repeat(MAX_ATTRIBUTE_CHARS);
    expect(bodyOf(`<p title="${value}">Hi</p>`)).toBe(`<p title="${value}">Hi</p>`);
  });

  it(`caps nesting at ${MAX_DEPTH} elements: 100,000 nested divs keep their text and close cleanly`, () => {
    const html = `${'<div>'.repeat(100_000)}<p>Deep</p>${'</div>'.repeat(100_000)}<p>After</p>`;
    const value = bodyOf(html);
    expect(value).toBe(`${'<div>'.repeat(MAX_DEPTH)}Deep${'</div>'.repeat(MAX_DEPTH)}<p>After</p>`);
  });

  it('closes what a close tag leaves open, and drops close tags that match nothing', () => {
    expect(bodyOf('<div><p><b>bold</div></span><p>next')).toBe('<div><p><b>bold</b></p></div><p>next');
  });

  it('closes an open p or li when another one starts', () => {
    expect(bodyOf('<ul><li>one<li>two</ul><p>a<p>b')).toBe('<ul><li>one</li><li>two</li></ul><p>a</p><p>b');
  });

  it('moves title, meta and link into the head, keeping only the first title as raw text', () => {
    const html = '<body><title>Talks <b>resume</b></title><meta property="og:title" content="Talks"><link rel="canonical" href="/a"><title>Second</title><p>Hi</p>';
    expect(headOf(html)).toBe('<title>Talks &lt;b>resume&lt;/b></title><meta property="og:title" content="Talks"><link rel="canonical" href="/a">');
    expect(bodyOf(html)).toBe('<p>Hi</p>');
  });

  it('returns JSON-LD script contents apart and drops other scripts', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2025-09-14"}</script><script>alert(1)</script><p>Hi</p>';
    expect(cleanHtml(html)!.jsonLd).toEqual(['{"datePublished":"2025-09-14"}']);
  });

  it('keeps a stray "<" as text', () => {
    expect(bodyOf('<p>a < b and 3<4</p>')).toBe('<p>a < b and 3<4</p>');
  });

  it('drops a tag cut off by the end of the input, in linear time', () => {
    const value = bodyOf(`<p>Hi</p>${'<a '.repeat(1_000_000)}`);
    expect(value).toBe('<p>Hi</p>');
  });

  it('skips a million unclosed templates or comments in linear time', () => {
    expect(bodyOf(`<p>Hi</p>${'<template>'.repeat(1_000_000)}`)).toBe('<p>Hi</p>');
    expect(bodyOf(`<p>Hi</p>${'<!--'.repeat(1_000_000)}`)).toBe('<p>Hi</p>');
    expect(bodyOf(`<p>Hi</p>${'</div>'.repeat(1_000_000)}`)).toBe('<p>Hi</p>');
  });

  it(`counts the elements it keeps`, () => {
    expect(cleanHtml('<meta name="a" content="b"><p>a<br>b</p><script>x</script>')!.elements).toBe(3);
  });

  it(`refuses (null) a page with more than ${MAX_NODES} elements, character references and stray "<"`, () => {
    expect(cleanHtml('<b>x</b>'.repeat(MAX_NODES + 1))).toBeNull();
    expect(cleanHtml(`<p>${'&amp;'.repeat(MAX_NODES + 1)}</p>`)).toBeNull();
    expect(cleanHtml(`<p>${'< '.repeat(MAX_NODES + 1)}</p>`)).toBeNull();
    expect(cleanHtml('<b>x</b>'.repeat(MAX_NODES - 10))).not.toBeNull();
  });
});
