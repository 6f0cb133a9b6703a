// Tests for a page's metadata: title, publication day, outlet and URL, from meta tags, JSON-LD and <time>.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from './html-meta.js';

const documentOf = (head: string, body = '') => parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
const meta = (head: string, body = '', jsonLd: string[] = [], url: string | null = null) => readPageMeta(documentOf(head, body), jsonLd, url);

describe('readPageMeta', () => {
  it('prefers og:title to <title>, and collapses its whitespace', () => {
    expect(meta('<title>Talks - Outlet</title><meta property="og:title" content=" Talks\n resume ">').title).toBe('Talks resume');
    expect(meta('<title>Talks - Outlet</title>').title).toBe('Talks - Outlet');
  });

  it('reads the day from article:published_time before the other sources', () => {
    const head = '<meta name="date" content="2025-01-01"><meta property="article:published_time" content="2025-09-14T08:30:00+05:00">';
    expect(meta(head, '', ['{"datePublished":"2025-03-03"}']).published).toBe('2025-09-14');
  });

  it('reads the day from JSON-LD, inside an @graph', () => {
    const jsonLd = '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-09-14T08:30:00Z"}]}';
    expect(meta('', '', [jsonLd]).published).toBe('2025-09-14');
  });

  it('reads the day from <time datetime>, then from meta name=date, pubdate or dc.date', () => {
    expect(meta('', '<time datetime="2025-09-14">Sunday</time>').published).toBe('2025-09-14');
    expect(meta('<meta name="pubdate" content="2025-09-15">').published).toBe('2025-09-15');
    expect(meta('<meta name="DC.date" content="2025-09-16">').published).toBe('2025-09-16');
  });

  it('ignores invalid dates and takes the next valid one', () => {
    const head = '<meta property="article:published_time" content="2025-02-30"><meta name="date" content="not a date"><meta name="dc.date" content="2025-09-14">';
    expect(meta(head).published).toBe('2025-09-14');
  });

  it('ignores broken JSON-LD', () => {
    expect(meta('', '', ['{"datePublished":', '[1,2']).published).toBeNull();
  });

  it('reads the outlet from og:site_name, application-name, then the JSON-LD publisher', () => {
    expect(meta('<meta property="og:site_name" content="Dyad Daily"><meta name="application-name" content="DD App">').source).toBe('Dyad Daily');
    expect(meta('<meta name="application-name" content="DD App">').source).toBe('DD App');
    expect(meta('', '', ['{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Dyad Daily"}}']).source).toBe('Dyad Daily');
  });

  it('reads the URL from the canonical link, og:url, then the given URL, resolving relative links', () => {
    expect(meta('<link rel="canonical" href="/world/talks"><meta property="og:url" content="https://news.example/og">', '', [], 'https://news.example/a?utm=x').url).toBe(
      'https://news.example/world/talks',
    );
    expect(meta('<meta property="og:url" content="https://news.example/og">').url).toBe('https://news.example/og');
    expect(meta('', '', [], 'https://news.example/given').url).toBe('https://news.example/given');
  });

  it('refuses javascript: and data: URLs from a hostile page', () => {
    const head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">';
    expect(meta(head, '', [], 'https://news.example/given').url).toBe('https://news.example/given');
  });

  it('gives nulls for a page that says nothing about itself', () => {
    expect(meta('')).toEqual({ title: null, published: null, source: null, url: null });
  });

  it('looks at a bounded number of JSON-LD objects', () => {
    const wide = JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ n: i })).concat([{ datePublished: '2025-09-14' } as never]));
    expect(meta('', '', [wide]).published).toBeNull();
  });
});
