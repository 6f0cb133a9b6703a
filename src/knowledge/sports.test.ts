// Tests for the sports words: the shipped list loads, and a word the tokens could never match is refused.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './knowledge.js';
import { sportsSchema } from './sports.js';

describe('sports words', () => {
  it('loads the shipped list with its thresholds', () => {
    const { sports } = loadKnowledge();
    expect(sports.words.has('striker') && sports.words.has('wicket')).toBe(true);
    expect(sports.words.has('win')).toBe(false);
    expect(sports.count).toBeGreaterThanOrEqual(sports.distinct);
  });

  it('refuses a phrase or a capitalised word, naming the entry', () => {
    const bad = sportsSchema.safeParse({ minimum: { count: 4, distinct: 3 }, words: ['striker', 'half time', 'Uefa'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['words.1', 'a single lower-case word such as "striker"'],
      ['words.2', 'a single lower-case word such as "striker"'],
    ]);
  });
});
