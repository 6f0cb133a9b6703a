// Tests for reading an article from an HTML page: main text, metadata, hostile pages, and telling HTML from other text.
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, readHtmlArticle, type HtmlArticleResult } from './html.js';
import { MAX_NODES } from './html-clean.js';

const PARAGRAPHS = [
  'ISLAMABAD: The foreign ministers of the two countries met on Sunday, their first meeting in a year, and agreed to reopen trade talks.',
  'Officials said the talks, held behind closed doors, covered border crossings, visas and the return of fishermen held by both sides.',
  'A joint statement is expected on Monday, after the ministers brief their cabinets, one official said, asking not to be named.',
];

/** A news page written for these tests: navigation, an article, a sidebar and a footer. */
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><title>Ministers agree to reopen trade talks | Dyad Daily</title>
  <meta property="og:title" content="Ministers agree to reopen trade talks">
  <meta property="og:site_name" content="Dyad Daily">
  <meta property="article:published_time" content="2025-09-14T08:30:00+05:00">
  <link rel="canonical" href="https://news.example/world/trade-talks">
  <script>window.tracker = "should never appear";</script><style>body { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Ministers agree to reopen trade talks</h1>
    ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article>
  <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
  <footer>© Dyad Daily</footer>
</body></html>`;

const articleOf = (r: HtmlArticleResult) => {
  if (!r.ok) throw new Error(`expected an article, got ${r.error.message}`);
  return r.article;
};
const errorOf = (r: HtmlArticleResult) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.article.text.slice(0, 80))}`);
  return r.error;
};

describe('readHtmlArticle', () => {
  it('reads the main text, paragraphs separated by a blank line, with title, day, outlet and URL', () => {
    const article = articleOf(readHtmlArticle(PAGE, { name: 'talks.html' }));
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(article).toMatchObject({
      title: 'Ministers agree to reopen trade talks',
      published: '2025-09-14',
      source: 'Dyad Daily',
      url: 'https://news.example/world/trade-talks',
    });
  });

  it('falls back to the given URL and reads the day from JSON-LD', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-14","publisher":{"name":"Dyad Daily"}}</script><p>${PARAGRAPHS[0]}</p>`;
    expect(articleOf(readHtmlArticle(html, { name: 'x', url: 'https://news.example/a' }))).toMatchObject({
      published: '2025-09-14',
      source: 'Dyad Daily',
      url: 'https://news.example/a',
    });
  });

  it('takes the title from the only <h1> when there is neither og:title nor <title>', () => {
    expect(articleOf(readHtmlArticle(`<h1>Ministers agree to reopen trade talks</h1><p>${PARAGRAPHS[0]}</p>`, { name: 'x' })).title).toBe(
      'Ministers agree to reopen trade talks',
    );
  });

  it('reads a short fragment without head or body', () => {
    expect(articleOf(readHtmlArticle('<p>The ministers met.</p>', { name: 'x' })).text).toBe('The ministers met.');
  });

  it('reports a page with no readable text as INPUT_HTML naming the input', () => {
    const e = errorOf(readHtmlArticle('<html><head><title>Menu</title></head><body><nav>Home</nav><script>x()</script></body></html>', { name: 'menu.html' }));
    expect(e.code).toBe('INPUT_HTML');
    expect(e.message).toBe('menu.html: no article text found in the HTML page');
  });

  it('never lets scripts, event handlers or their code reach the text', () => {
    const html = `<body onload="steal()"><p onclick="steal()">${PARAGRAPHS[0]}</p><script>document.write("<p>injected</p>")</script>`
      + '<img src=x onerror="alert(1)"><noscript><p>Enable JavaScript</p></noscript><svg><script>alert(2)</script></svg></body>';
    const { text } = articleOf(readHtmlArticle(html, { name: 'x' }));
    expect(text).toBe(PARAGRAPHS[0]);
  });

  it('reads a page with a 5 MB data: URI and a 5 MB style attribute within a second or two', () => {
    const huge = 'A'.repeat(5_000_000);
    const html = `<p style="${huge}">${PARAGRAPHS[0]}</p><img src="data:image/png;base64,${huge}">`;
    const value = readHtmlArticle(html, { name: 'x' });
    expect(articleOf(value).text).toBe(PARAGRAPHS[0]);
  });

  it('reads a page with 100,000 nested divs without overflowing the stack, within a second or two', () => {
    const html = `<p>${PARAGRAPHS[0]}</p>${'<div>'.repeat(100_000)}<p>Deep text.</p>${'</div>'.repeat(100_000)}`;
    const value = readHtmlArticle(html, { name: 'x' });
    expect(articleOf(value).text).toContain('Deep text.');
  });

  it('reads a page of 40,000 paragraphs (too big for Readability) from its whole body', () => {
    const value = readHtmlArticle('<p>Talks, held in the capital, went on.</p>'.repeat(40_000), { name: 'x' });
    expect(articleOf(value).text.split('\n\n')).toHaveLength(40_000);
  });

  it(`refuses a page with more than ${MAX_NODES.toLocaleString('en-US')} elements as INPUT_HOSTILE, quickly`, () => {
    const value = readHtmlArticle('<b>x</b>'.repeat(1_000_000), { name: 'bomb.html' });
    const e = errorOf(value);
    expect(e.code).toBe('INPUT_HOSTILE');
    expect(e.message).toMatch(/^bomb\.html: the HTML page has more than 50,000 elements and character references; refused/);
  });

  it('refuses a page of a million character references as INPUT_HOSTILE, quickly', () => {
    const value = readHtmlArticle(`<p>${'&lt;a'.repeat(1_000_000)}</p>`, { name: 'refs.html' });
    expect(errorOf(value).code).toBe('INPUT_HOSTILE');
  });
});

describe('htmlToText', () => {
  it('turns a feed snippet into paragraphs, entities decoded and scripts dropped', () => {
    expect(htmlToText('<p>Talks &amp; trade</p><script>x()</script><p>Second&#8217;s</p>')).toBe('Talks & trade\n\nSecond’s');
  });

  it('reads plain text as one paragraph', () => {
    expect(htmlToText('Talks resumed.\n\nOn Monday.')).toBe('Talks resumed. On Monday.');
  });

  it('gives an empty string for a snippet too complex to parse safely', () => {
    expect(htmlToText('<b>x</b>'.repeat(MAX_NODES + 1))).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><title>Talks</title>',
    '\uFEFF  <html lang="en">',
    '<!-- saved page --><body><p>Talks</p>',
    '<p>The ministers met.</p>',
    '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">',
  ])('is true for %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each(['ISLAMABAD: The ministers met.', '<rss version="2.0"><channel>', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', '{"text":"<p>x</p>"}'])(
    'is false for %j',
    (text) => {
      expect(looksLikeHtml(text)).toBe(false);
    },
  );
});
