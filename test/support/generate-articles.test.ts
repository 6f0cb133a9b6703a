// Tests for the article generator: deterministic, varied, codable by the pipeline, copies near and originals apart.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signature, similarity, NEAR_DUPLICATE_THRESHOLD } from '../../src/dedup/minhash.js';
import { extract } from '../../src/index.js';
import { readJsonl } from '../../src/input/jsonl.js';
import { generateArticles, writeArticlesJsonl, type GeneratedArticle } from './generate-articles.js';

const articles = generateArticles(100);
const byId = new Map(articles.map((article) => [article.id, article]));
/** The original a story was copied from, or the story itself. */
const storyOf = (article: GeneratedArticle): string => article.copyOf ?? article.id;

describe('generateArticles', () => {
  it('gives the same articles for the same seed and different ones for another', () => {
    expect(generateArticles(100)).toEqual(articles);
    expect(generateArticles(100, 2)[0]!.text).not.toBe(articles[0]!.text);
  });

  it('makes a tenth of the articles copies of earlier originals from other outlets', () => {
    const copies = articles.filter((article) => article.copyOf !== null);
    expect(copies).toHaveLength(10);
    for (const copy of copies) {
      const original = byId.get(copy.copyOf!)!;
      expect(original.copyOf).toBeNull();
      expect(articles.indexOf(original)).toBeLessThan(articles.indexOf(copy));
      expect(copy.source).not.toBe(original.source);
      expect(copy.url).not.toBe(original.url);
    }
  });

  it('gives every article its own id and url', () => {
    expect(new Set(articles.map((article) => article.id)).size).toBe(100);
    expect(new Set(articles.map((article) => article.url)).size).toBe(100);
  });

  it('publishes across 2025 and dates the events in the text', () => {
    expect(articles.every((article) => /^2025-\d\d-\d\d$/.test(article.published))).toBe(true);
    expect(new Set(articles.map((article) => article.published.slice(5, 7))).size).toBeGreaterThanOrEqual(10);
    const dated = /\b(on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last week|on (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})\b/;
    expect(articles.every((article) => dated.test(article.text))).toBe(true);
  });

  it('writes a headline, a dateline and several paragraphs of several sentences', () => {
    for (const article of articles) {
      const [headline, lead, ...rest] = article.text.split('\n\n');
      expect(headline).not.toMatch(/\.$/);
      expect(lead).toMatch(/^[A-ZÍ ]+, [A-Z][a-z]+ \d{1,2} \(Dyad Wire\) – /);
      expect(rest.length).toBeGreaterThanOrEqual(3);
      expect(article.text.match(/[.!?]["”]?(\s|$)/g)!.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('codes at least 80% of the articles as an event with a source and a target country', () => {
    const coded = articles.map((article) => extract(article).events.filter((event) => event.source.country && event.target?.country));
    expect(coded.filter((events) => events.length > 0).length).toBeGreaterThanOrEqual(80);
    // Varied: many country pairs, and every kind of event the templates write.
    const pairs = new Set(coded.flat().map((event) => [event.source.country, event.target!.country].sort().join('-')));
    const codes = new Set(coded.flat().map((event) => event.cameo));
    expect(pairs.size).toBeGreaterThanOrEqual(10);
    for (const code of ['040', '041', '042', '057', '163', '141', '112', '111', '154', '033']) expect(codes).toContain(code);
  });

  it('keeps every copy a near duplicate of its original and no two different stories near each other', () => {
    const signatures = new Map(articles.map((article) => [article.id, signature(article.text)]));
    for (const [i, a] of articles.entries()) {
      for (const b of articles.slice(0, i)) {
        const score = similarity(signatures.get(a.id)!, signatures.get(b.id)!);
        if (a.copyOf === b.id) expect(score, `${a.id} copies ${b.id}`).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
        if (storyOf(a) !== storyOf(b)) expect(score, `${a.id} and ${b.id} are different stories`).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
      }
    }
  });
});

describe('writeArticlesJsonl', () => {
  it('writes one article a line that readJsonl reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-generate-'));
    try {
      const path = join(dir, 'articles.jsonl');
      writeArticlesJsonl(articles.slice(0, 5), path);
      const read = [];
      for await (const item of readJsonl(createReadStream(path), path)) read.push(item);
      expect(read).toMatchObject(articles.slice(0, 5).map(({ id, text, published, url, source }) => ({ ok: true, article: { id, text, published, url, source } })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
