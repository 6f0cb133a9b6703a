// Tests for the tagging fast path: it must label exactly as the reference path (feature keys + decodeDocument) does.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { buildGazetteer } from './gazetteer.js';
import { defaultModelPath } from './index.js';
import { BILOU_LABELS } from './labels.js';
import { LinearModel, type Scorer } from './linear-model.js';
import { readModel } from './model-file.js';
import { Tagger } from './tagger.js';

const gazetteer = buildGazetteer(loadKnowledge());
const L = BILOU_LABELS.length;

const docs: string[][][] = [
  [
    ['PETER', 'OKELLO', 'WINS', 'IN', 'KAMPALA'],
    ['Peter', 'Okello', 'arrived', 'in', 'Kampala', 'on', 'Monday', ',', 'the', 'Foreign', 'Minister', 'said', '.'],
    ['Okello', 'met', 'officials', 'of', 'the', 'World', 'Bank', 'and', 'Mr', 'Dar', 'in', 'Islamabad', '.'],
    [],
    ['The', 'talks', 'with', 'Amina', 'Wekesa', 'ended', 'on', '1996-08-22', ';', 'talks', 'with', '\u201cOkello\u2019s\u201d', 'team', 'did', 'not', '.'],
    ['Kampala'],
  ],
  [['EU', 'rejects', 'German', 'call', 'to', 'boycott', 'British', 'lamb', '.'], ['Kenyan', 'farmers', 'protested', 'in', 'Nairobi', '.']],
];

/** A weight in [-32767, 32767] for (key, label), from a seeded integer hash. */
function weight(seed: number, key: number, y: number): number {
  let h = Math.imul(key ^ seed, 0x9e3779b1) ^ Math.imul(y + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return ((h >>> 8) % 65535) - 32767;
}

/**
 * A frozen model with hashed integer weights (exact in both paths) on every feature key the reference path asks
 * about while tagging `docs` with the same hashed weights.
 */
function hashedModels(seed: number): [LinearModel, LinearModel] {
  const keys = [new Set<number>(), new Set<number>()];
  const recorder = (pass: number, s: number): Scorer => ({
    nLabels: L,
    score(k, n, scores) {
      for (let i = 0; i < n; i++) {
        keys[pass]!.add(k[i]!);
        for (let y = 0; y < L; y++) scores[y]! += weight(s, k[i]!, y);
      }
    },
  });
  const probe = new Tagger(recorder(0, seed), gazetteer, null, recorder(1, seed + 1));
  for (const doc of docs) probe.referenceLabels(doc);
  return [0, 1].map((pass) => {
    const list = Int32Array.from(keys[pass]!);
    const weights = Float32Array.from({ length: list.length * L }, (_, i) => weight(seed + pass, list[Math.floor(i / L)]!, i % L));
    weights[0] = 32767; // scale 1: int16 quantization keeps every weight exactly
    return new LinearModel(L, list, weights);
  }) as [LinearModel, LinearModel];
}

const asSpans = (tagger: Tagger, doc: string[][]) => tagger.referenceLabels(doc).map((l) => Array.from(l, (y) => BILOU_LABELS[y]!));

describe('FastTagger', () => {
  it('labels as the reference path does, one pass and two, with hashed integer weights', () => {
    let entities = 0;
    for (const seed of [1, 2, 3, 4]) {
      const [first, second] = hashedModels(seed);
      for (const tagger of [new Tagger(first, gazetteer), new Tagger(first, gazetteer, null, second)]) {
        for (const doc of docs) {
          const fast = tagger.entitiesOfDocument(doc);
          entities += fast.flat().length;
          expect(tagger.tagDocument(doc)).toEqual(asSpans(tagger, doc).map((labels) => toIob(labels)));
        }
      }
    }
    expect(entities).toBeGreaterThan(10);
  });

  it('labels as the reference path does with the committed model, twice over (warm word cache)', () => {
    const { passes } = readModel(defaultModelPath());
    const tagger = new Tagger(passes[0]!, gazetteer, null, passes[1] ?? null);
    for (let round = 0; round < 2; round++) for (const doc of docs) expect(tagger.tagDocument(doc)).toEqual(asSpans(tagger, doc).map((labels) => toIob(labels)));
  });
});

/** BILOU → IOB2 the way the tagger reports labels. */
function toIob(bilou: string[]): string[] {
  return bilou.map((l, i) => {
    if (l === 'O') return 'O';
    const type = l.slice(2);
    const continues = (l[0] === 'I' || l[0] === 'L') && i > 0 && bilou[i - 1] !== 'O' && bilou[i - 1]!.slice(2) === type && (bilou[i - 1]![0] === 'B' || bilou[i - 1]![0] === 'I');
    return `${continues ? 'I' : 'B'}-${type}`;
  });
}
