// Scores `extract` on the seed article against ../shared/seed/gold.json, one test per check, when that folder exists.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSeedScore, MAX_EXTRA_RATE, parseSeedGold, scoreSeed, type SeedScore } from '../src/eval/seed-score.js';
import { extract, type EventRecord } from '../src/index.js';

const seedDir = new URL('../../shared/seed/', import.meta.url);
const seed = existsSync(new URL('article.txt', seedDir))
  ? {
      text: readFileSync(new URL('article.txt', seedDir), 'utf8'),
      gold: parseSeedGold(JSON.parse(readFileSync(new URL('gold.json', seedDir), 'utf8'))),
    }
  : null;

describe('seed article', () => {
  if (!seed) {
    console.warn('skipping seed scoring: ../shared/seed not found');
    it.skip('is scored against gold.json (../shared/seed not found)', () => {});
    return;
  }
  const { text, gold } = seed;
  let cached: { record: EventRecord; score: SeedScore } | null = null;
  /** Extracts and scores once, printing the score for humans. */
  const scored = () => {
    if (!cached) {
      const record = extract({ id: 'seed', text, published: gold.document.published });
      cached = { record, score: scoreSeed(record, gold) };
      console.log(`seed score:\n${formatSeedScore(cached.score)}`);
    }
    return cached;
  };

  for (const g of gold.events.filter((e) => !e.optional)) {
    it(`finds gold event ${g.id}: ${g.cameo.join('|')} ${g.countries.join('/')} ${g.date ?? 'undated'} "${g.evidence}"`, () => {
      const { record, score } = scored();
      const events = record.events.map((e) => `${e.id} ${e.cameo} ${e.source.country ?? '?'}→${e.target?.country ?? '?'} ${e.date ?? 'undated'} "${e.evidence.text}"`);
      expect(score.events.find((e) => e.id === g.id)!.found, `produced:\n${events.join('\n')}`).toBe(true);
    });
  }
  it('finds every required gold event', () => {
    expect(scored().score.events.filter((e) => !e.optional && !e.found).map((e) => e.id)).toEqual([]);
  });
  it(`produces at most ${MAX_EXTRA_RATE * 100}% extra events`, () => {
    const { score } = scored();
    expect(score.extraRate, score.extras.map((e) => `${e.id} ${e.cameo} ${e.dyad} "${e.evidence}"`).join('\n')).toBeLessThanOrEqual(MAX_EXTRA_RATE);
  });
  it('finds all gold times with their values', () => {
    expect(scored().score.times.filter((t) => !t.found).map((t) => `${t.text} = ${t.value}`)).toEqual([]);
  });
  it('finds all gold people with name, country and sector', () => {
    const wrong = scored().score.people.filter((p) => p.status !== 'right');
    expect(wrong.map((p) => ({ name: p.name, want: `${p.country} ${p.sector}`, produced: p.produced }))).toEqual([]);
  });
  it('attaches the $500 million to the USSM investment event', () => {
    const { score } = scored();
    expect(score.amounts.length).toBeGreaterThan(0);
    expect(score.amounts.filter((a) => !a.ok)).toEqual([]);
  });
  it('reads nothing from the not-article line', () => {
    const { score } = scored();
    expect(score.unplacedLines).toEqual([]);
    expect(score.leaks).toEqual([]);
  });
  it('passes the seed score', () => {
    const { score } = scored();
    expect(score.pass, formatSeedScore(score)).toBe(true);
  });
  it('quotes its text at every offset', () => {
    const { record } = scored();
    expect(record.document.text).toBe(text);
    const spans = [...record.mentions, ...record.times, ...record.quantities, ...record.events.map((e) => e.evidence), ...record.events.flatMap((e) => (e.location ? [e.location] : []))];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(record.document.text.slice(s.start, s.end), JSON.stringify(s)).toBe(s.text);
  });
});
