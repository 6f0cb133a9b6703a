// Finds dictionary phrases in token sequences, forwards (longest match at a token) or backwards (longest match ending at one).

/** Splits a dictionary phrase the way the tokenizer splits text: on spaces, with hyphens and "'s" as tokens of their own. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2019']s\b/g, " 's")
    .replace(/-/g, ' - ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

interface Entry<T> {
  tokens: string[];
  value: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** A dictionary of multi-token phrases keyed by lower-cased tokens. The first value added for a phrase wins. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private readonly seen = new Set<string>();

  add(phrase: string, value: T): void {
    const tokens = phraseTokens(phrase);
    const key = tokens.join(' ');
    if (tokens.length === 0 || this.seen.has(key)) return;
    this.seen.add(key);
    const entry = { tokens, value };
    insertByLength(this.byFirst, tokens[0]!, entry);
    insertByLength(this.byLast, tokens[tokens.length - 1]!, entry);
  }

  /** The longest phrase starting at `normals[start]`, not crossing `limit`. */
  longestAt(normals: readonly string[], start: number, limit = normals.length): PhraseMatch<T> | null {
    // Most words start no phrase: return before making anything.
    const entries = this.byFirst.get(normals[start] ?? '');
    if (entries === undefined) return null;
    for (const e of entries) {
      const end = start + e.tokens.length;
      if (end > limit) continue;
      let ok = true;
      for (let k = 1; k < e.tokens.length && ok; k++) ok = normals[start + k] === e.tokens[k];
      if (ok) return { start, end, value: e.value };
    }
    return null;
  }

  /** The longest phrase ending just before `end`, starting no earlier than `floor`. */
  longestEndingAt(normals: readonly string[], end: number, floor = 0): PhraseMatch<T> | null {
    const entries = this.byLast.get(normals[end - 1] ?? '');
    if (entries === undefined) return null;
    for (const e of entries) {
      const start = end - e.tokens.length;
      if (start < floor) continue;
      let ok = true;
      for (let k = 0; k < e.tokens.length - 1 && ok; k++) ok = normals[start + k] === e.tokens[k];
      if (ok) return { start, end, value: e.value };
    }
    return null;
  }

  /** The value of exactly this phrase. */
  get(phrase: string): T | undefined {
    const tokens = phraseTokens(phrase);
    return this.longestAt(tokens, 0)?.end === tokens.length ? this.longestAt(tokens, 0)!.value : undefined;
  }
}

function insertByLength<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key) ?? [];
  list.push(entry);
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  map.set(key, list);
}
