// The second pass: what the first pass said about each word across the whole document, as extra feature keys.
import { featureKey } from './hash.js';
import { hasUpper, normalize } from './features.js';
import type { LabelSet } from './decode.js';

const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
/** Keys of "doc1=TYPE" (the first pass gave the word TYPE elsewhere), "doc1m=TYPE" (mostly) and "doc1=alone", by type. */
export const STACK_ELSEWHERE = TYPE_NAMES.map((t) => featureKey(`doc1=${t}`));
export const STACK_MAJORITY = TYPE_NAMES.map((t) => featureKey(`doc1m=${t}`));
export const STACK_ALONE = featureKey('doc1=alone');
const ELSEWHERE = STACK_ELSEWHERE;
const MAJORITY = STACK_MAJORITY;
const ALONE = STACK_ALONE;

/** Keys of "s1=LABEL", "s1-1=LABEL" and "s1+1=LABEL" (first-pass label of the token, previous and next), by label. */
export function stackLabelKeys(labels: LabelSet): { own: number[]; prev: number[]; next: number[] } {
  return {
    own: labels.names.map((l) => featureKey(`s1=${l}`)),
    prev: labels.names.map((l) => featureKey(`s1-1=${l}`)),
    next: labels.names.map((l) => featureKey(`s1+1=${l}`)),
  };
}

/**
 * Appends to each capitalised token's static keys the entity types the first pass gave the same word elsewhere in
 * the document (before or after), and the majority one, and the first-pass label of the token itself and its
 * neighbours: "Okello" tagged PER in the body makes the headline's "OKELLO" lean PER.
 */
export function stackFeatures(sentences: readonly (readonly string[])[], statics: readonly (readonly Int32Array[])[], firstPass: readonly Int32Array[], labels: LabelSet): Int32Array[][] {
  const counts = new Map<string, Int32Array>();
  sentences.forEach((words, s) =>
    words.forEach((w, i) => {
      if (!hasUpper(w)) return;
      const key = normalize(w);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Int32Array(TYPE_NAMES.length)));
      c[labels.types[firstPass[s]![i]!]!]!++;
    }),
  );
  const { own, prev, next } = stackLabelKeys(labels);
  return sentences.map((words, s) =>
    words.map((w, i) => {
      const labelsHere = firstPass[s]!;
      const extra: number[] = [own[labelsHere[i]!]!];
      if (i > 0) extra.push(prev[labelsHere[i - 1]!]!);
      if (i < words.length - 1) extra.push(next[labelsHere[i + 1]!]!);
      if (hasUpper(w)) {
        const c = Int32Array.from(counts.get(normalize(w))!);
        c[labels.types[labelsHere[i]!]!]!--;
        let best = -1;
        for (let t = 0; t < c.length; t++) {
          if (c[t]! > 0) extra.push(ELSEWHERE[t]!);
          if (c[t]! > 0 && (best < 0 || c[t]! > c[best]!)) best = t;
        }
        extra.push(best < 0 ? ALONE : MAJORITY[best]!);
      }
      const st = statics[s]![i]!;
      const out = new Int32Array(st.length + extra.length);
      out.set(st);
      out.set(extra, st.length);
      return out;
    }),
  );
}
