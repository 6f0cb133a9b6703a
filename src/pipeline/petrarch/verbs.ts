// Finds the dictionary's verbs in a sentence: a surface form of a block's verb, used as a verb (wink's POS).
import type { CompiledDictionary, VerbEntry } from '../../knowledge/petrarch/compile.js';
import type { Word } from './words.js';

export interface VerbAt {
  entry: VerbEntry;
  /** Word indices of the whole verb ("broken down"), and of its inflected word. */
  first: number;
  end: number;
  head: number;
}

// "will wire tap", "to restore": after these a word wink calls a noun is still the verb.
const VERB_OPENERS = new Set(['AUX', 'PART']);

/**
 * The dictionary verb whose inflected word is word `at`, the longest of the entries that fit there; null when
 * none does or when the word is not used as a verb.
 * @example verbAt(words, dict, 1) // { entry: BREAK_DOWN, first: 1, end: 3, head: 1 } for "Ethiopia broke down …"
 */
export function verbAt(words: readonly Word[], dict: CompiledDictionary, at: number): VerbAt | null {
  const w = words[at]!;
  const entries = dict.verbs.get(w.text);
  if (!entries) return null;
  if (w.pos !== 'VERB' && !VERB_OPENERS.has(words[at - 1]?.pos ?? '')) return null;
  let best: VerbAt | null = null;
  for (const entry of entries) {
    const first = at - entry.head;
    if (first < 0 || !entry.words.every((x, k) => words[first + k]?.text === x)) continue;
    if (!best || entry.words.length > best.end - best.first) best = { entry, first, end: first + entry.words.length, head: at };
  }
  return best;
}
