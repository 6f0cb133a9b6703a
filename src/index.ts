// Dyad's library API: `extract(article)` returns the event record of one article.
import { createDocument } from './document/document.js';
import { toRecord } from './document/to-record.js';
import type { EventRecord } from './document/record.js';
import { loadKnowledge, type Knowledge } from './knowledge/knowledge.js';
import type { CompiledDictionary } from './knowledge/petrarch/compile.js';
import { loadTagger, type Tagger } from './ner/index.js';
import { buildPipeline, type Pipeline } from './pipeline/stage.js';
import { defaultStages } from './pipeline/stages.js';

export type * from './document/record.js';
export type { Document } from './document/document.js';
export type { Knowledge } from './knowledge/knowledge.js';
export { DyadError } from './errors.js';
export { loadKnowledge } from './knowledge/knowledge.js';
export { loadPetrarchDictionary } from './knowledge/petrarch/load.js';

/** One article to read. `published` (YYYY-MM-DD) anchors relative times such as "on Saturday". */
export interface ArticleInput {
  id?: string;
  text: string;
  published?: string | null;
  url?: string | null;
  source?: string | null;
}

export interface ExtractorOptions {
  /** Knowledge to use; defaults to the data files shipped in `knowledge/`. */
  knowledge?: Knowledge;
  /** A user's PETRARCH/TABARI dictionaries (`loadPetrarchDictionary(dir)`): they code the events instead of Dyad's patterns. */
  dictionary?: CompiledDictionary;
  /** The name tagger; default the model in `models/`, loaded once; `null` leaves names to the mention rules alone. */
  tagger?: Tagger | null;
}

export type Extractor = (article: ArticleInput) => EventRecord;

/**
 * Builds the pipeline once and returns a function that reads one article at a time.
 * Reuse it for many articles: loading knowledge and the language model happens here.
 * @example const read = createExtractor(); read({ text, published: '2025-09-14' }).events
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const base = options.knowledge ?? loadKnowledge();
  const kb = options.dictionary ? { ...base, petrarch: options.dictionary } : base;
  const tagger = options.tagger === undefined ? loadTagger({ knowledge: base }) : options.tagger;
  const pipeline: Pipeline = buildPipeline(defaultStages({ tagger, dictionary: options.dictionary !== undefined }), kb);
  let counter = 0;
  return (article) => {
    const doc = createDocument({ ...article, id: article.id ?? `doc${++counter}` });
    return toRecord(pipeline.run(doc), kb);
  };
}

let shared: Extractor | null = null;

/**
 * Reads one article with the default knowledge and returns its event record (JSON v1).
 * @example extract({ text: 'ISLAMABAD: …', published: '2025-09-14' }).events[0].cameo // '041'
 */
export function extract(article: ArticleInput): EventRecord {
  shared ??= createExtractor();
  return shared(article);
}
