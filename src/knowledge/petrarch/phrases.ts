// Dictionary phrases as word lists (PETRARCH joins words with "_" or spaces), their regular plurals, and an index to find them in a sentence.

/**
 * The words of a dictionary phrase, upper-cased, split on "_" and spaces; a trailing "_" (PETRARCH's "no plural") is dropped.
 * @example phraseWords('MINAS_TIRITH') // ['MINAS', 'TIRITH']; phraseWords('UN_') // ['UN']
 */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toUpperCase()
    .split(/[_\s]+/)
    .filter((w) => w.length > 0);
}

/**
 * A noun's regular plural as PETRARCH forms it: +S, Y → IES, SS → ES.
 * @example plural('AUTHORITY') // 'AUTHORITIES'; plural('CONGRESS') // 'CONGRESSES'
 */
export function plural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** A phrase with its last word made plural. */
export function pluralPhrase(words: readonly string[]): string[] {
  return [...words.slice(0, -1), plural(words.at(-1)!)];
}

export interface PhraseHit<T> {
  /** Word index of the first word and one past the last. */
  first: number;
  end: number;
  value: T;
}

/** Phrases of upper-case words; finds the longest one starting at a word. The first value added for a phrase wins. */
export class WordPhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly seen = new Set<string>();

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const list = this.byFirst.get(words[0]!);
    const entry = { words: [...words], value };
    if (list) list.push(entry);
    else this.byFirst.set(words[0]!, [entry]);
  }

  /** The longest phrase whose words are `words[at…]`, or null. */
  longestAt(words: readonly string[], at: number): PhraseHit<T> | null {
    let best: PhraseHit<T> | null = null;
    for (const e of this.byFirst.get(words[at]!) ?? []) {
      if (best && e.words.length <= best.end - best.first) continue;
      if (e.words.every((w, k) => words[at + k] === w)) best = { first: at, end: at + e.words.length, value: e.value };
    }
    return best;
  }

  get size(): number {
    return this.seen.size;
  }
}
