// Lower-case mentions that name no one by name: the country pair ("both sides"), role nouns ("the army chief"), pronouns.
import type { Token } from '../../document/document.js';

// "both parties", "the two leaders" name people or political parties as often as countries, so they are not here.
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'governments', 'neighbours', 'neighbors', 'states', 'capitals']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

/**
 * Matches a phrase for two countries at `i` and returns its end: "both sides", "the two countries",
 * "the two nuclear-armed neighbours" (up to four modifiers between "two" and the noun).
 */
export function pairPhraseEnd(tokens: readonly Token[], i: number, limit: number): number | null {
  const t = tokens[i]!;
  if (t.normal === 'both' && i + 1 < limit && PAIR_NOUNS.has(tokens[i + 1]!.normal)) return i + 2;
  if (t.normal !== 'the' || tokens[i + 1]?.normal !== 'two') return null;
  for (let j = i + 2; j < Math.min(limit, i + 7); j++) {
    const w = tokens[j]!;
    if (PAIR_NOUNS.has(w.normal)) return j + 1;
    if (!(w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'VERB' || w.text === '-' || w.pos === 'PROPN')) return null;
  }
  return null;
}

/** "he", "his", "her": pronouns that can stand for a person. */
export function isPersonPronoun(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET');
}
