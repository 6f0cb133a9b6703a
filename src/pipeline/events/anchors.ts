// The event patterns a token can start: patterns indexed by their first words, looked up by a token's forms.
import type { Token } from '../../document/document.js';
import type { EventPattern } from '../../knowledge/patterns.js';
import { wordForms } from './word-forms.js';

/** Patterns by each word that can start them. */
function anchorIndex(patterns: readonly EventPattern[]): Map<string, EventPattern[]> {
  const index = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    for (const w of new Set(p.anchors)) {
      const list = index.get(w);
      if (list) list.push(p);
      else index.set(w, [p]);
    }
  }
  return index;
}

const NO_PATTERNS: readonly EventPattern[] = [];

/** The patterns anchored on any form of `t`, each once; most tokens anchor none, and get the shared empty list. */
export function anchoredAt(t: Token, index: Map<string, EventPattern[]>): readonly EventPattern[] {
  let found: readonly EventPattern[] = NO_PATTERNS;
  for (const w of wordForms(t)) {
    const list = index.get(w);
    if (list) found = found === NO_PATTERNS ? list : [...new Set([...found, ...list])];
  }
  return found;
}

const indexes = new WeakMap<readonly EventPattern[], Map<string, EventPattern[]>>();

/** The index of `patterns` by their first words, built once per pattern list. */
export function patternIndex(patterns: readonly EventPattern[]): Map<string, EventPattern[]> {
  let index = indexes.get(patterns);
  if (!index) indexes.set(patterns, (index = anchorIndex(patterns)));
  return index;
}
