// Tests for reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds, refusing entity attacks, and turning items into text.
import { describe, expect, it } from 'vitest';
import { feedItemText, looksLikeFeed, readFeed, type FeedResult } from './feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Dyad Daily &amp; Co</title>
    <item>
      <title>Ministers agree to reopen trade talks</title>
      <link>https://news.example/world/trade-talks</link>
      <guid isPermaLink="false">dd-2025-0914-1</guid>
      <pubDate>Sun, 14 Sep 2025 08:30:00 +0500</pubDate>
      <description>&lt;p&gt;The ministers met on Sunday.&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p>The ministers met on Sunday.</p><p>Talks resume in October.</p>]]></content:encoded>
    </item>
    <item>
      <title>Envoy recalled</title>
      <guid>https://news.example/world/envoy</guid>
      <dc:date>2025-09-15T10:00:00Z</dc:date>
      <description>The envoy was recalled for consultations.</description>
    </item>
  </channel>
</rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>Dyad Daily</title></channel>
  <item rdf:about="https://news.example/world/summit">
    <title>Summit ends</title><link>https://news.example/world/summit</link>
    <dc:date>2025-09-16</dc:date><description>The summit ended with a joint statement.</description>
  </item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Dyad &lt;b&gt;Daily&lt;/b&gt;</title>
  <entry>
    <id>urn:dd:1</id>
    <title>Ceasefire holds</title>
    <link rel="self" href="https://news.example/feed/1"/>
    <link rel="alternate" href="/world/ceasefire"/>
    <updated>2025-09-18T00:00:00Z</updated>
    <published>2025-09-17T09:00:00+03:00</published>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The ceasefire held overnight.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:dd:2</id>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Aid <b>arrives</b></div></title>
    <link href="https://news.example/world/aid"/>
    <updated>2025-09-19T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Aid arrived &amp; was shared.</p></div></content>
  </entry>
</feed>`;

const feedOf = (r: FeedResult) => {
  if (!r.ok) throw new Error(`expected a feed, got ${r.error.message}`);
  return r;
};
const errorOf = (r: FeedResult) => {
  if (r.ok) throw new Error(`expected an error, got ${r.items.length} items`);
  return r.error;
};

describe('readFeed', () => {
  it('reads an RSS 2.0 feed with a plain DOCTYPE: title, guid, link, pubDate and content:encoded', () => {
    const feed = feedOf(readFeed(RSS, 'dd.rss'));
    expect(feed.title).toBe('Dyad Daily & Co');
    expect(feed.items).toEqual([
      {
        id: 'dd-2025-0914-1',
        title: 'Ministers agree to reopen trade talks',
        url: 'https://news.example/world/trade-talks',
        published: '2025-09-14',
        html: '<p>The ministers met on Sunday.</p><p>Talks resume in October.</p>',
      },
      {
        id: 'https://news.example/world/envoy',
        title: 'Envoy recalled',
        url: 'https://news.example/world/envoy',
        published: '2025-09-15',
        html: 'The envoy was recalled for consultations.',
      },
    ]);
  });

  it('reads an RSS 1.0 (RDF) feed, whose items sit beside the channel', () => {
    const feed = feedOf(readFeed(RDF, 'dd.rdf'));
    expect(feed.title).toBe('Dyad Daily');
    expect(feed.items).toEqual([
      { id: 'https://news.example/world/summit', title: 'Summit ends', url: 'https://news.example/world/summit', published: '2025-09-16', html: 'The summit ended with a joint statement.' },
    ]);
  });

  it('reads an Atom feed: alternate link resolved against a URL name, published before updated, content before summary', () => {
    const feed = feedOf(readFeed(ATOM, 'https://news.example/feed.atom'));
    expect(feed.title).toBe('Dyad Daily');
    expect(feed.items).toEqual([
      { id: 'urn:dd:1', title: 'Ceasefire holds', url: 'https://news.example/world/ceasefire', published: '2025-09-17', html: '<p>The ceasefire held overnight.</p>' },
      {
        id: 'urn:dd:2',
        title: 'Aid arrives',
        url: 'https://news.example/world/aid',
        published: '2025-09-19',
        html: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Aid arrived &amp; was shared.</p></div>',
      },
    ]);
  });

  it('reads an empty channel as a feed with no items', () => {
    expect(feedOf(readFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'q.rss'))).toEqual({ ok: true, title: 'Quiet', items: [] });
  });

  it('drops javascript: and data: links from a hostile feed', () => {
    const xml = '<rss><channel><item><title>x</title><link>javascript:alert(1)</link><guid>data:text/html,x</guid></item></channel></rss>';
    expect(feedOf(readFeed(xml, 'x.rss')).items[0]).toMatchObject({ url: null, id: 'data:text/html,x' });
  });

  it('refuses an external entity (XXE) as INPUT_HOSTILE, without reading the file', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>';
    const e = errorOf(readFeed(xml, 'xxe.rss'));
    expect(e.code).toBe('INPUT_HOSTILE');
    expect(e.message).toBe('xxe.rss: the feed declares XML entities (<!ENTITY …>); refused to protect against entity expansion attacks');
  });

  it('refuses a billion laughs as INPUT_HOSTILE, at once', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss><channel><title>&lol9;</title></channel></rss>`;
    expect(errorOf(readFeed(xml, 'lol.rss')).code).toBe('INPUT_HOSTILE');
  });

  it('reports a text that is not XML as INPUT_FEED', () => {
    const e = errorOf(readFeed('ISLAMABAD: The ministers met.', 'notes.xml'));
    expect(e.code).toBe('INPUT_FEED');
    expect(e.message).toBe('notes.xml: is not XML (it does not start with an element)');
  });

  it('reports XML that is not a feed as INPUT_FEED, naming its root, and points an HTML page to the page reader', () => {
    expect(errorOf(readFeed('<?xml version="1.0"?><note><to>x</to></note>', 'n.xml')).message).toBe(
      'n.xml: is not a feed: its root element is <note>, not <rss>, <rdf:RDF> or <feed>',
    );
    expect(errorOf(readFeed('<html><body><p>x</p></body></html>', 'p.xml')).message).toContain('; it is an HTML page, read it as one');
  });

  it('reports broken XML as INPUT_FEED with the parser reason', () => {
    const e = errorOf(readFeed('<rss><channel><title><![CDATA[never closed</title></channel></rss>', 'broken.rss'));
    expect(e.code).toBe('INPUT_FEED');
    expect(e.message).toMatch(/^broken\.rss: is not well-formed XML \(CDATA is not closed\); expected an RSS, RDF or Atom feed$/);
  });

  it('reports 100,000 nested elements as INPUT_FEED instead of overflowing the stack', () => {
    const e = errorOf(readFeed(`<rss><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`, 'deep.rss'));
    expect(e.code).toBe('INPUT_FEED');
    expect(e.message).toContain('nested');
  });
});

describe('feedItemText', () => {
  const item = { id: null, title: 'Talks', url: null, published: null };

  it('turns the item HTML into paragraphs, leaving out the title (callers put it first)', () => {
    expect(feedItemText({ ...item, html: '<p>Ministers &amp; envoys met.</p><p>Talks resume.</p>' })).toBe('Ministers & envoys met.\n\nTalks resume.');
  });

  it('never lets a script in a description reach the text', () => {
    expect(feedItemText({ ...item, html: '<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)>' })).toBe('Hi');
  });

  it('is null when the item has no HTML or no text in it', () => {
    expect(feedItemText({ ...item, html: null })).toBeNull();
    expect(feedItemText({ ...item, html: '<script>x()</script>' })).toBeNull();
  });
});

describe('looksLikeFeed', () => {
  it.each([RSS, RDF, ATOM, '<!-- generated --><rss version="2.0">'])('is true for a feed', (text) => {
    expect(looksLikeFeed(text)).toBe(true);
  });

  it.each(['<!DOCTYPE html><html>', '<?xml version="1.0"?><note/>', 'Talks resumed.', '<p>rss</p>'])('is false for %j', (text) => {
    expect(looksLikeFeed(text)).toBe(false);
  });
});
