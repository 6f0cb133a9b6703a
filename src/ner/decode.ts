// Greedy left-to-right decoding with label-history and document-history features, shared by training and tagging.
import { featureKey, mix } from './hash.js';
import { hasUpper, normalize, shortShape } from './features.js';
import type { Scorer } from './linear-model.js';
import type { Perceptron } from './perceptron.js';

/** Entity types in label order: index 0 is "O", then the types of BILOU_LABELS. */
const HISTORY_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
export const HISTORY_SEEN = HISTORY_NAMES.map((t) => featureKey(`h=${t}`));
export const HISTORY_MAJORITY = HISTORY_NAMES.map((t) => featureKey(`hm=${t}`));
export const HISTORY_NONE = [featureKey('h=none')];
export const T_P1 = featureKey('p1');
export const T_P2P1 = featureKey('p2|p1');
export const T_P1L = featureKey('p1|l');
export const T_P1SS = featureKey('p1|ss');
const START = featureKey('<s>');

/**
 * What the document has said so far about each capitalised word: how often each entity type (or O) was given to
 * it in earlier sentences. "Blackburn" tagged PER once makes a later lone "Blackburn" lean PER.
 */
export class DocHistory {
  private readonly counts = new Map<string, Int32Array>();

  /** Records the types given to the capitalised words of one decoded sentence. */
  add(words: readonly string[], labelTypes: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      if (!hasUpper(words[i]!)) continue;
      const key = normalize(words[i]!);
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Int32Array(HISTORY_NAMES.length)));
      c[labelTypes[i]!]!++;
    }
  }

  /** Feature keys for a word: "h=TYPE" for each type seen, and "hm=TYPE" for the majority one. */
  features(word: string): number[] {
    if (!hasUpper(word)) return [];
    const c = this.counts.get(normalize(word));
    if (!c) return HISTORY_NONE;
    const out: number[] = [];
    let best = 0;
    for (let t = 0; t < c.length; t++) {
      if (c[t]! > 0) out.push(HISTORY_SEEN[t]!);
      if (c[t]! > c[best]!) best = t;
    }
    out.push(HISTORY_MAJORITY[best]!);
    return out;
  }
}

/** The label set seen by the decoder. */
export interface LabelSet {
  names: readonly string[];
  /** Per label, its HISTORY_NAMES index (0 for O). */
  types: Int32Array;
  /** Per label, featureKey(name). */
  keys: Int32Array;
  /** bilouTransitions(names). */
  allowed: Uint8Array;
}

export interface TrainStep {
  perceptron: Perceptron;
  gold: ArrayLike<number>;
}

/**
 * Tags one sentence greedily: each token's score adds its static features to features of the two previous
 * labels and of the document history. With `train`, predicts without constraints and updates the perceptron at
 * each mistake; otherwise only BILOU-valid continuations are allowed.
 */
export function decodeSentence(scorer: Scorer, labels: LabelSet, words: readonly string[], statics: readonly Int32Array[], history: DocHistory, train?: TrainStep): Int32Array {
  const n = words.length;
  const L = labels.names.length;
  const out = new Int32Array(n);
  const scores = new Float64Array(L);
  let buffer = new Int32Array(256);
  for (let i = 0; i < n; i++) {
    const st = statics[i]!;
    const w = words[i]!;
    const p1 = i > 0 ? labels.keys[out[i - 1]!]! : START;
    const p2 = i > 1 ? labels.keys[out[i - 2]!]! : START;
    const seen = history.features(w);
    const count = st.length + 4 + seen.length;
    if (count > buffer.length) buffer = new Int32Array(count * 2);
    buffer.set(st);
    let at = st.length;
    buffer[at++] = mix(T_P1, p1);
    buffer[at++] = mix(T_P2P1, p2, p1);
    buffer[at++] = mix(T_P1L, p1, featureKey(normalize(w)));
    buffer[at++] = mix(T_P1SS, p1, featureKey(shortShape(w)));
    for (const k of seen) buffer[at++] = k;
    scores.fill(0);
    scorer.score(buffer, count, scores);
    const row = (i > 0 ? out[i - 1]! : L) * L;
    let best = -1;
    for (let y = 0; y < L; y++) {
      if (!train && labels.allowed[row + y] === 0) continue;
      if (best < 0 || scores[y]! > scores[best]!) best = y;
    }
    if (train) {
      train.perceptron.update(buffer, count, train.gold[i]!, best);
      train.perceptron.tick();
    }
    out[i] = best;
  }
  const types = new Int32Array(n);
  for (let i = 0; i < n; i++) types[i] = labels.types[out[i]!]!;
  history.add(words, types);
  return out;
}
