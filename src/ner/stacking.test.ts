// Tests for the second pass's features: first-pass labels of the word elsewhere in the document.
import { describe, expect, it } from 'vitest';
import { featureKey } from './hash.js';
import { BILOU_LABELS } from './labels.js';
import { stackFeatures } from './stacking.js';
import { bilouLabelSet } from './tagger.js';

const labels = bilouLabelSet();
const ids = (...names: string[]) => Int32Array.from(names, (n) => BILOU_LABELS.indexOf(n));

describe('stackFeatures', () => {
  it('tells a headline word what the first pass called it later in the document, not what it called itself', () => {
    const sentences = [['OKELLO', 'WINS'], ['Peter', 'Okello', 'won', '.']];
    const statics = sentences.map((s) => s.map(() => Int32Array.from([1])));
    const firstPass = [ids('U-ORG', 'O'), ids('B-PER', 'L-PER', 'O', 'O')];
    const [[okello]] = stackFeatures(sentences, statics, firstPass, labels);
    const keys = new Set(okello);
    expect(keys.has(1)).toBe(true);
    expect(keys.has(featureKey('s1=U-ORG'))).toBe(true);
    expect(keys.has(featureKey('doc1=PER'))).toBe(true);
    expect(keys.has(featureKey('doc1m=PER'))).toBe(true);
    expect(keys.has(featureKey('doc1=ORG'))).toBe(false);
  });

  it('marks a capitalised word seen nowhere else as alone', () => {
    const [[only]] = stackFeatures([['Kisumu']], [[new Int32Array(0)]], [ids('U-LOC')], labels);
    expect(new Set(only).has(featureKey('doc1=alone'))).toBe(true);
  });
});
