// The named-entity tagger: greedy BILOU decoding of a document with a first-pass model, then a second pass that
// sees the first pass's labels of each word across the whole document.
import { decodeSentence, DocHistory, type LabelSet } from './decode.js';
import { docContext, sentenceFeatures, type WordCache } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { featureKey } from './hash.js';
import { BILOU_LABELS, bilouTransitions, ENTITY_TYPES, spans, toIob2, type EntitySpan } from './labels.js';
import { FastTagger } from './fast-tagger.js';
import { LinearModel, type Scorer } from './linear-model.js';
import type { ModelInfo } from './model-file.js';
import { stackFeatures } from './stacking.js';

/** The BILOU label set with its types and transitions. */
export function bilouLabelSet(): LabelSet {
  const types = Int32Array.from(BILOU_LABELS, (l) => (l === 'O' ? 0 : 1 + (ENTITY_TYPES as readonly string[]).indexOf(l.slice(2))));
  return { names: BILOU_LABELS, types, keys: Int32Array.from(BILOU_LABELS, featureKey), allowed: bilouTransitions(BILOU_LABELS) };
}

/** Decodes one document's sentences in order with a fresh document history. */
export function decodeDocument(scorer: Scorer, labels: LabelSet, sentences: readonly (readonly string[])[], statics: readonly (readonly Int32Array[])[]): Int32Array[] {
  const history = new DocHistory();
  return sentences.map((words, s) => decodeSentence(scorer, labels, words, statics[s]!, history));
}

/**
 * Tags tokens with PER/ORG/LOC/MISC. Keeps only a cache of word types between calls (at most 30,000, about 1 KB
 * each, with their summed label-independent weights); safe to share within one thread.
 */
export class Tagger {
  private readonly labels = bilouLabelSet();
  private readonly cache: WordCache = new Map();
  /** The fast path, when both passes are frozen `LinearModel`s (always, for a model file). */
  private readonly fast: FastTagger | null;

  constructor(
    /** The first pass. */
    readonly model: Scorer,
    private readonly gazetteer: Gazetteer,
    /** What the model file says about its training; null for a model made in memory. */
    readonly info: ModelInfo | null = null,
    /** The second pass, which also sees the first pass's labels across the document; null for one pass. */
    readonly second: Scorer | null = null,
  ) {
    const passes = second ? [model, second] : [model];
    this.fast = passes.every((p) => p instanceof LinearModel) ? new FastTagger(this.labels, passes as LinearModel[], gazetteer) : null;
  }

  /**
   * Entity spans (token indices) in each sentence of one document. Sentences of the same article should be
   * tagged together: a name tagged once informs its other mentions.
   * @example tagger.entitiesOfDocument([['Peter', 'Blackburn', 'spoke', '.']]) // [[{type:'PER',start:0,end:2}]]
   */
  entitiesOfDocument(sentences: readonly (readonly string[])[]): EntitySpan[][] {
    const labels = this.fast ? this.fast.tagDocument(sentences) : this.referenceLabels(sentences);
    return labels.map((l) => spans(Array.from(l, (y) => this.labels.names[y]!)));
  }

  /**
   * BILOU label indices of each sentence by the reference path that training uses (feature keys per token, then
   * `decodeDocument`); the fast path must agree with it.
   */
  referenceLabels(sentences: readonly (readonly string[])[]): Int32Array[] {
    // CoNLL-2003 is ASCII: "Munir’s" is read as "Munir's".
    const ascii = sentences.map((words) => words.map((w) => w.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')));
    const doc = docContext(ascii);
    const statics = ascii.map((words) => sentenceFeatures(words, doc, this.gazetteer, this.cache));
    let labels = decodeDocument(this.model, this.labels, ascii, statics);
    if (this.second) labels = decodeDocument(this.second, this.labels, ascii, stackFeatures(ascii, statics, labels, this.labels));
    return labels;
  }

  /**
   * IOB2 labels ("B-PER", "I-PER", "O", …) for each sentence of one document.
   * @example tagger.tagDocument([['EU', 'rejects', 'German', 'call']]) // [['B-ORG', 'O', 'B-MISC', 'O']]
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.entitiesOfDocument(sentences).map((entities, s) => toIob2(sentences[s]!.length, entities));
  }

  /**
   * IOB2 labels for one sentence tagged on its own.
   * @example tagger.tag(['Peter', 'Blackburn']) // ['B-PER', 'I-PER']
   */
  tag(words: readonly string[]): string[] {
    return this.tagDocument([words])[0]!;
  }
}
