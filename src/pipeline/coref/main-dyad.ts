// The article's main pair of countries and the pairs it writes out ("Pakistan-US ties", "between Pakistan and India").
import type { Mention, Token } from '../../document/document.js';

/**
 * The two countries the article mentions most (country words, pairs, organisations; a title's country
 * word is a mention of its own, so it counts once), ties going to the one named first; null when fewer than two.
 */
export function mainDyad(mentions: readonly Mention[]): [string, string] | null {
  const top = countryCounts(mentions);
  return top.length >= 2 ? [top[0]![0], top[1]![0]] : null;
}

// A country named this often is what an article is about, not a passing mention.
const FOCUS_MENTIONS = 3;

/** The country the article mentions most, when it mentions it at least three times; else null. */
export function focusCountry(mentions: readonly Mention[]): string | null {
  const top = countryCounts(mentions)[0];
  return top && top[1] >= FOCUS_MENTIONS ? top[0] : null;
}

/** Countries by how often they are mentioned, most first, ties in order of first mention. */
function countryCounts(mentions: readonly Mention[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of mentions) for (const c of m.members ?? (m.country ? [m.country] : [])) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * The most recent pair written out before mention `at` in the same sentence: a pair mention
 * ("Pakistan-US") or two country mentions joined by "and" ("Pakistan and India").
 */
export function pairBefore(mentions: readonly Mention[], at: number, tokens: readonly Token[]): string[] | null {
  const sentence = mentions[at]!.sentence;
  const phrase = mentions[at]!.firstToken;
  for (let k = at - 1; k >= 0 && mentions[k]!.sentence === sentence; k--) {
    const m = mentions[k]!;
    if (actsOn(tokens, m.endToken, phrase)) continue;
    if (m.members && m.members.length === 2) return m.members;
    const prev = mentions[k - 1];
    if (m.country && prev?.country && prev.sentence === sentence && prev.country !== m.country && (m.type === 'GPE' || m.type === 'NORP') && (prev.type === 'GPE' || prev.type === 'NORP')) {
      if (prev.endToken + 1 === m.firstToken && tokens[prev.endToken]!.normal === 'and') return [prev.country, m.country];
    }
  }
  return null;
}

/**
 * "Egypt and Saudi Arabia urged both sides": a verb stands between the pair ending at `end` and the phrase at
 * `phrase`, in one clause (no comma or conjunction), so the pair is its subject and the phrase someone else.
 */
function actsOn(tokens: readonly Token[], end: number, phrase: number): boolean {
  let verb = false;
  for (let k = end; k < phrase; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    verb ||= t.pos === 'VERB';
  }
  return verb;
}
