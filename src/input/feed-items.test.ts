// Tests for reading parsed RSS, RDF and Atom items into one shape.
import { describe, expect, it } from 'vitest';
import { atomEntry, atomText, rssItem, textOf } from './feed-items.js';

describe('textOf', () => {
  it('reads a string, the #text of an element with attributes, and the first of repeated elements', () => {
    expect(textOf(' Talks ')).toBe('Talks');
    expect(textOf({ '#text': 'g-17', '@_isPermaLink': 'false' })).toBe('g-17');
    expect(textOf(['first', 'second'])).toBe('first');
  });

  it('is null for blanks, missing values and elements without text', () => {
    expect(textOf('  ')).toBeNull();
    expect(textOf(undefined)).toBeNull();
    expect(textOf({ '@_href': 'x' })).toBeNull();
  });
});

describe('atomText', () => {
  it('removes the markup of html and xhtml text, and keeps plain text as given', () => {
    expect(atomText({ '#text': '<b>Talks</b> &amp; trade', '@_type': 'html' })).toBe('Talks & trade');
    expect(atomText({ '#text': '<div>Aid <b>arrives</b></div>', '@_type': 'xhtml' })).toBe('Aid arrives');
    expect(atomText({ '#text': 'A <b> B', '@_type': 'text' })).toBe('A <b> B');
  });
});

describe('rssItem', () => {
  it('uses a permalink guid as the URL when there is no link, but not a guid marked isPermaLink="false"', () => {
    expect(rssItem({ guid: 'https://news.example/1' }, null).url).toBe('https://news.example/1');
    expect(rssItem({ guid: { '#text': 'https://news.example/1', '@_isPermaLink': 'false' } }, null).url).toBeNull();
  });

  it('prefers content:encoded to the description, and pubDate to dc:date', () => {
    const item = rssItem({ description: 'short', 'content:encoded': '<p>full</p>', pubDate: 'Sun, 14 Sep 2025 08:30:00 GMT', 'dc:date': '2025-01-01' }, null);
    expect(item).toMatchObject({ html: '<p>full</p>', published: '2025-09-14' });
  });

  it('resolves a relative link against the base and drops other schemes', () => {
    expect(rssItem({ link: ['/world/1'] }, 'https://news.example/feed').url).toBe('https://news.example/world/1');
    expect(rssItem({ link: ['javascript:alert(1)'] }, null).url).toBeNull();
  });
});

describe('atomEntry', () => {
  it('takes the alternate link (or the one without rel), never self or enclosure', () => {
    const links = [{ '@_rel': 'self', '@_href': 'https://news.example/self' }, { '@_rel': 'enclosure', '@_href': 'https://news.example/a.mp3' }];
    expect(atomEntry({ link: links }, null).url).toBeNull();
    expect(atomEntry({ link: [...links, { '@_href': 'https://news.example/1' }] }, null).url).toBe('https://news.example/1');
  });

  it('falls back to updated and summary', () => {
    expect(atomEntry({ updated: '2025-09-18T00:00:00Z', summary: 'Short.' }, null)).toMatchObject({ published: '2025-09-18', html: 'Short.' });
  });
});
