// The event patterns a token can start: patterns indexed by their first words, looked up by a token's forms; and the
// words a sentence holds, which rule out before matching a pattern that needs a word the sentence lacks.
import type { Sentence } from '../../document/document.js';
import type { EventPattern } from '../../knowledge/patterns.js';
import { anyIn } from './word-forms.js';

const NO_PATTERNS: readonly EventPattern[] = [];

/** Patterns by each word that can start them, and the words each needs further on. */
export class PatternIndex {
  private readonly byAnchor = new Map<string, EventPattern[]>();
  // A token whose forms anchor two lists ("attacked": "attack" and "attacked") gets their union, made once per pair of lists.
  private readonly unions = new Map<EventPattern[], Map<readonly EventPattern[], readonly EventPattern[]>>();
  private readonly needed = new Map<EventPattern, (readonly string[])[]>();

  constructor(patterns: readonly EventPattern[]) {
    for (const p of patterns) {
      for (const w of new Set(p.anchors)) {
        const list = this.byAnchor.get(w);
        if (list) list.push(p);
        else this.byAnchor.set(w, [p]);
      }
      this.needed.set(p, p.elements.slice(1).flatMap((e) => (e.kind === 'word' && !e.optional ? [[...e.words]] : [])));
    }
  }

  /** The patterns anchored on `word`, if any. */
  anchoredBy(word: string): readonly EventPattern[] | undefined {
    return this.byAnchor.get(word);
  }

  /** The patterns anchored on any of a token's `forms`, each once; most tokens anchor none, and get the shared empty list. */
  at(forms: readonly string[]): readonly EventPattern[] {
    let found: readonly EventPattern[] = NO_PATTERNS;
    for (const w of forms) {
      const list = this.byAnchor.get(w);
      if (list) found = found === NO_PATTERNS ? list : this.union(found, list);
    }
    return found;
  }

  /**
   * Whether every word `pattern` requires after its anchor is among `words` (the forms of a sentence's tokens): a
   * pattern that needs a word the sentence lacks cannot match in it, and is not tried token by token.
   */
  couldMatch(pattern: EventPattern, words: SentenceWords): boolean {
    for (const alternatives of this.needed.get(pattern)!) if (!anyIn(alternatives, words)) return false;
    return true;
  }

  private union(a: readonly EventPattern[], b: EventPattern[]): readonly EventPattern[] {
    let byB = this.unions.get(b);
    if (!byB) this.unions.set(b, (byB = new Map()));
    let both = byB.get(a);
    if (!both) byB.set(a, (both = [...new Set([...a, ...b])]));
    return both;
  }
}

/**
 * The forms of one sentence's tokens: the words a pattern may find there. One map serves the whole document, each
 * word marked with the last sentence that held it, so no set is built per sentence.
 */
export class SentenceWords {
  private readonly lastSentence = new Map<string, number>();
  private sentence = -1;

  constructor(private readonly forms: readonly (readonly string[])[]) {}

  /** Makes `s` the sentence asked about; sentences come in text order. */
  read(s: Sentence): void {
    if (s.index === this.sentence) return;
    this.sentence = s.index;
    for (let k = s.firstToken; k < s.endToken; k++) for (const w of this.forms[k]!) this.lastSentence.set(w, s.index);
  }

  has(word: string): boolean {
    return this.lastSentence.get(word) === this.sentence;
  }
}

const indexes = new WeakMap<readonly EventPattern[], PatternIndex>();

/** The index of `patterns` by their first words, built once per pattern list. */
export function patternIndex(patterns: readonly EventPattern[]): PatternIndex {
  let index = indexes.get(patterns);
  if (!index) indexes.set(patterns, (index = new PatternIndex(patterns)));
  return index;
}
