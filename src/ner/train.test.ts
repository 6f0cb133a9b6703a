// Tests for training on a toy corpus written for this test: the tagger learns what it was shown.
import { describe, expect, it } from 'vitest';
import { spans } from './labels.js';
import { trainTagger, type TrainingDocument } from './train.js';
import { Tagger } from './tagger.js';

const noGazetteer = (words: readonly string[]) => words.map(() => []);
const PER = 'PER' as const;
const LOC = 'LOC' as const;

const docs: TrainingDocument[] = [
  { sentences: [{ words: ['Amina', 'Wekesa', 'visited', 'Kisumu', '.'], entities: [{ type: PER, start: 0, end: 2 }, { type: LOC, start: 3, end: 4 }] }] },
  { sentences: [{ words: ['Peter', 'Okello', 'left', 'Gulu', '.'], entities: [{ type: PER, start: 0, end: 2 }, { type: LOC, start: 3, end: 4 }] }] },
  { sentences: [{ words: ['They', 'visited', 'Gulu', 'and', 'Kisumu', '.'], entities: [{ type: LOC, start: 2, end: 3 }, { type: LOC, start: 4, end: 5 }] }] },
];

describe('trainTagger', () => {
  it('learns to tag its training sentences and reports each epoch', () => {
    const epochs: number[] = [];
    const { first, second } = trainTagger(docs, { gazetteer: noGazetteer, epochs: 5, onEpoch: (e) => epochs.push(e) });
    expect(epochs).toEqual([1, 2, 3, 4, 5]);
    expect(second).toBeNull();
    const tagger = new Tagger(first, noGazetteer);
    for (const doc of docs) for (const s of doc.sentences) expect(spans(tagger.tag(s.words))).toEqual(s.entities);
  });

  it('is deterministic for a given seed', () => {
    const a = trainTagger(docs, { gazetteer: noGazetteer, epochs: 3, seed: 7 });
    const b = trainTagger(docs, { gazetteer: noGazetteer, epochs: 3, seed: 7 });
    expect(Array.from(a.first.weights)).toEqual(Array.from(b.first.weights));
  });

  it('trains a second pass on cross-validated first-pass labels when given folds', () => {
    const { first, second } = trainTagger([...docs, ...docs], { gazetteer: noGazetteer, epochs: 5, folds: 2 });
    expect(second).not.toBeNull();
    const tagger = new Tagger(first, noGazetteer, null, second);
    for (const doc of docs) for (const s of doc.sentences) expect(spans(tagger.tag(s.words))).toEqual(s.entities);
  });
});
