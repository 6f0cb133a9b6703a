// Trains the tagger: averaged perceptron over documents in shuffled order, greedy decoding with predicted history,
// then (optionally) a second pass stacked on cross-validated first-pass labels.
import { decodeSentence, DocHistory } from './decode.js';
import { docContext, sentenceFeatures, type WordCache } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { BILOU_LABELS, toBilou, type EntitySpan } from './labels.js';
import type { LinearModel } from './linear-model.js';
import { Perceptron } from './perceptron.js';
import { stackFeatures } from './stacking.js';
import { bilouLabelSet, decodeDocument, Tagger } from './tagger.js';

/** One training document: its sentences' words and gold entities. */
export interface TrainingDocument {
  sentences: { words: string[]; entities: EntitySpan[] }[];
}

export interface TrainOptions {
  gazetteer: Gazetteer;
  /** Passes over the data; default 12. */
  epochs?: number;
  /** Seed of the document shuffle; default 1. */
  seed?: number;
  /** Rows whose every averaged |weight| is at most this are dropped from the result; default 0. */
  prune?: number;
  /** Folds for the cross-validated first-pass labels the second pass learns from; 0 (default) trains one pass. */
  folds?: number;
  /** Called after each epoch (of the last pass) with a tagger over the averaged weights so far (for a dev score). */
  onEpoch?: (epoch: number, tagger: Tagger, features: number) => void;
  /** Progress lines (fold and pass starts). */
  log?: (line: string) => void;
}

export interface TrainedModels {
  first: LinearModel;
  second: LinearModel | null;
}

interface Prepared {
  sentences: string[][];
  statics: Int32Array[][];
  gold: Int32Array[];
}

/** A small deterministic PRNG (mulberry32) for the shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = bilouLabelSet();

function trainPass(docs: readonly Prepared[], options: TrainOptions, onEpoch?: (epoch: number, model: LinearModel, features: number) => void): LinearModel {
  const perceptron = new Perceptron(BILOU_LABELS.length, 1 << 18);
  const rand = random(options.seed ?? 1);
  const order = docs.map((_, i) => i);
  const epochs = options.epochs ?? 12;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const doc = docs[d]!;
      const history = new DocHistory();
      doc.sentences.forEach((words, s) => decodeSentence(perceptron, LABELS, words, doc.statics[s]!, history, { perceptron, gold: doc.gold[s]! }));
    }
    if (onEpoch) onEpoch(epoch, perceptron.average(options.prune ?? 0), perceptron.size);
  }
  return perceptron.average(options.prune ?? 0);
}

/**
 * Trains the tagger's model(s) on `docs`: one averaged-perceptron pass, and with `folds` ≥ 2 a second pass that
 * learns from first-pass labels predicted by models that did not see the document (k-fold stacking).
 * @example trainTagger(docs, { gazetteer, epochs: 12, folds: 4, onEpoch: (e, t) => console.log(e, score(t)) })
 */
export function trainTagger(docs: readonly TrainingDocument[], options: TrainOptions): TrainedModels {
  const index = new Map(BILOU_LABELS.map((l, i) => [l, i]));
  const cache: WordCache = new Map();
  const prepared: Prepared[] = docs.map((doc) => {
    const sentences = doc.sentences.map((s) => s.words);
    const ctx = docContext(sentences);
    return {
      sentences,
      statics: sentences.map((words) => sentenceFeatures(words, ctx, options.gazetteer, cache)),
      gold: doc.sentences.map((s) => Int32Array.from(toBilou(s.words.length, s.entities), (l) => index.get(l)!)),
    };
  });
  const folds = options.folds ?? 0;
  const report = (tagger: (m: LinearModel) => Tagger) => (epoch: number, model: LinearModel, features: number) => options.onEpoch?.(epoch, tagger(model), features);
  if (folds < 2) {
    return { first: trainPass(prepared, options, report((m) => new Tagger(m, options.gazetteer))), second: null };
  }
  const firstPass: Int32Array[][] = new Array(prepared.length);
  for (let f = 0; f < folds; f++) {
    options.log?.(`fold ${f + 1}/${folds}: first pass on the other folds`);
    const model = trainPass(prepared.filter((_, d) => d % folds !== f), options);
    prepared.forEach((doc, d) => {
      if (d % folds === f) firstPass[d] = decodeDocument(model, LABELS, doc.sentences, doc.statics);
    });
  }
  options.log?.('first pass on all documents');
  const first = trainPass(prepared, options);
  options.log?.('second pass');
  const stacked = prepared.map((doc, d) => ({ ...doc, statics: stackFeatures(doc.sentences, doc.statics, firstPass[d]!, LABELS) }));
  const second = trainPass(stacked, options, report((m) => new Tagger(first, options.gazetteer, null, m)));
  return { first, second };
}
