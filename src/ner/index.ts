// The named-entity tagger's public API: load the committed model, tag tokens, read entity spans.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.js';
import { loadKnowledge, type Knowledge } from '../knowledge/knowledge.js';
import { buildGazetteer } from './gazetteer.js';
import { readModel } from './model-file.js';
import { Tagger } from './tagger.js';

export { Tagger } from './tagger.js';
export { spans, ENTITY_TYPES, type EntitySpan, type EntityType } from './labels.js';
export type { ModelInfo } from './model-file.js';

/** The model file's name under `models/`. */
export const DEFAULT_MODEL_FILE = 'ner-conll.v1.bin.gz';

/** `models/ner-conll.v1.bin.gz` in the package: found from this module upwards, from `src/` or `dist/src/` alike. */
export function defaultModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'models', DEFAULT_MODEL_FILE))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new DyadError('KNOWLEDGE_INVALID', `cannot find models/${DEFAULT_MODEL_FILE} above ${fileURLToPath(import.meta.url)}; run 'npm run train:ner' to make it`);
    dir = up;
  }
  return join(dir, 'models', DEFAULT_MODEL_FILE);
}

export interface LoadTaggerOptions {
  /** Model file; default `defaultModelPath()`. */
  path?: string;
  /** Knowledge for the gazetteer features; default `loadKnowledge()`. Pass the pipeline's own to load it once. */
  knowledge?: Knowledge;
}

/**
 * Loads the tagger from its model file and Dyad's knowledge.
 * @example const tagger = loadTagger({ knowledge: kb }); tagger.tag(['Ishaq', 'Dar', 'spoke']) // ['B-PER', 'I-PER', 'O']
 */
export function loadTagger(options: LoadTaggerOptions = {}): Tagger {
  const { passes, info } = readModel(options.path ?? defaultModelPath());
  return new Tagger(passes[0]!, buildGazetteer(options.knowledge ?? loadKnowledge()), info, passes[1] ?? null);
}
