// Lower-case mentions that name no one by name: the country pair ("both sides", "the two leaders"), role nouns ("the army chief"), pronouns.
import type { Token } from '../../document/document.js';

// "both parties" names political parties as often as countries, so it is not here.
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'governments', 'neighbours', 'neighbors', 'states', 'capitals']);
// "the two leaders", "both presidents": two office-holders, the last two people of different countries named before.
const PEOPLE_PAIR_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'counterparts']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

/** A phrase for two countries, or for two of their office-holders (`people`). */
export interface PairPhrase {
  end: number;
  people: boolean;
}

/**
 * Matches a phrase for two countries or their leaders at `i`: "both sides", "the two countries", "the two
 * nuclear-armed neighbours" (up to four modifiers between "two" and the noun), "the two foreign ministers".
 */
export function pairPhrase(tokens: readonly Token[], i: number, limit: number): PairPhrase | null {
  const t = tokens[i]!;
  if (t.normal === 'both' && i + 1 < limit) return pairNoun(tokens[i + 1]!, i + 2);
  if (t.normal !== 'the' || tokens[i + 1]?.normal !== 'two') return null;
  for (let j = i + 2; j < Math.min(limit, i + 7); j++) {
    const w = tokens[j]!;
    const pair = pairNoun(w, j + 1);
    if (pair) return pair;
    if (!(w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'VERB' || w.text === '-' || w.pos === 'PROPN')) return null;
  }
  return null;
}

/** The pair phrase ending at `end` when `w` is a pair noun ("countries", "leaders"), else null. */
function pairNoun(w: Token, end: number): PairPhrase | null {
  if (PAIR_NOUNS.has(w.normal)) return { end, people: false };
  return PEOPLE_PAIR_NOUNS.has(w.normal) ? { end, people: true } : null;
}

/** "he", "his", "her": pronouns that can stand for a person. */
export function isPersonPronoun(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET');
}
