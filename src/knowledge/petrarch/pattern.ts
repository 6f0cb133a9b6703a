// Parses a verb pattern ("- * &TIETYPES TIES [902]", "+ KNOWN_ * IN_ $") into the elements before and after the verb.
import { phraseWords, pluralPhrase } from './phrases.js';
import type { Synset } from './types.js';

/**
 * One element of a pattern. `joined`: written with "_" to the element before it (or to the verb), so no word
 * may come between them; elements written with a space may have words between them.
 */
export type PatternElement =
  | { kind: 'word'; word: string; joined: boolean }
  | { kind: 'synset'; name: string; phrases: string[][]; joined: boolean }
  /** `$` the source, `+` the target, `%` a compound actor, `^` a skipped noun phrase. */
  | { kind: 'source' | 'target' | 'compound' | 'skip'; joined: boolean };

export interface ParsedPattern {
  /** Elements before the verb, in text order; `verbJoined` when the last is written "X_*". */
  lower: PatternElement[];
  verbJoined: boolean;
  /** Elements after the verb, in text order (the first `joined` when written "*_X"). */
  upper: PatternElement[];
  /** How specific the pattern is: the number of elements besides the verb (longer patterns are tried first). */
  weight: number;
}

const MARKERS: Record<string, PatternElement['kind']> = { $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };

/** Synsets by name, each member as a list of words with its regular plural (none when the name or member ends in "_"). */
export function expandSynsets(synsets: readonly Synset[]): Map<string, string[][]> {
  const key = (name: string) => name.trim().replace(/^&/, '').replace(/_$/, '').toUpperCase();
  const byName = new Map(synsets.map((s) => [key(s.name), s]));
  const done = new Map<string, string[][]>();
  const expand = (name: string, seen: Set<string>): string[][] => {
    const cached = done.get(name);
    if (cached) return cached;
    const s = byName.get(name);
    if (!s || seen.has(name)) return [];
    seen.add(name);
    const noPlural = s.name.endsWith('_');
    const phrases: string[][] = [];
    for (const m of s.members) {
      if (m.startsWith('&')) {
        phrases.push(...expand(key(m), seen));
        continue;
      }
      const words = phraseWords(m);
      if (words.length === 0) continue;
      phrases.push(words);
      if (!noPlural && !m.trim().endsWith('_')) phrases.push(pluralPhrase(words));
    }
    done.set(name, phrases);
    return phrases;
  };
  for (const name of byName.keys()) expand(name, new Set());
  return done;
}

/**
 * Parses the text of a pattern (between "-" and the code). Returns a reason string when it cannot: no `*`,
 * or a synset that is not defined.
 * @example parsePattern('* &TIETYPES TIES', synsets) // { lower: [], upper: [synset TIETYPES, word TIES], … }
 */
export function parsePattern(text: string, synsets: ReadonlyMap<string, string[][]>): ParsedPattern | string {
  // PETRARCH-2 groups phrases with (…) and {…}; PETRARCH-1 wrote the verb as "**" in places
  const cleaned = text.replace(/[(){}]/g, ' ').replace(/\*\*/g, '*').trim();
  const seq: (PatternElement | { kind: 'verb'; joined: boolean })[] = [];
  let pending = false;
  for (const chunk of cleaned.split(/\s+/).filter(Boolean)) {
    const pieces = chunk.split('_');
    pieces.forEach((piece, k) => {
      const joined = k > 0 || pending;
      if (piece === '') {
        pending = true; // "IN_" joins the next element to this one
        return;
      }
      pending = false;
      if (piece === '*') seq.push({ kind: 'verb', joined });
      else if (MARKERS[piece]) seq.push({ kind: MARKERS[piece], joined } as PatternElement);
      else if (piece.startsWith('&')) {
        const name = piece.slice(1).replace(/_$/, '').toUpperCase();
        seq.push({ kind: 'synset', name, phrases: synsets.get(name) ?? [], joined });
      } else seq.push({ kind: 'word', word: piece.toUpperCase(), joined });
    });
  }
  const verb = seq.findIndex((e) => e.kind === 'verb');
  if (verb < 0) return `pattern "${text}" has no "*" for the verb`;
  if (seq.filter((e) => e.kind === 'verb').length > 1) return `pattern "${text}" has more than one "*"`;
  const undefinedSet = seq.find((e) => e.kind === 'synset' && e.phrases.length === 0);
  if (undefinedSet && undefinedSet.kind === 'synset') return `pattern "${text}" uses synset &${undefinedSet.name}, which is not defined`;
  const lower = seq.slice(0, verb) as PatternElement[];
  const upper = seq.slice(verb + 1) as PatternElement[];
  return { lower, verbJoined: seq[verb]!.joined, upper, weight: lower.length + upper.length };
}
