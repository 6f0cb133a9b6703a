// The work done per article off the writer's thread: read it with the pipeline, hash it, sign it for near-duplicate search.
import { createHash } from 'node:crypto';
import { bandKeys, signature, signatureToBuffer } from '../dedup/minhash.js';
import type { Extractor } from '../index.js';
import type { PreparedArticle } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';

/** SHA-256 of an article's text: equal texts are one document whatever they are called. */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Reads one unit into what the store writes.
 * @example prepareArticle(createExtractor(), unit).record.events
 */
export function prepareArticle(read: Extractor, unit: ArticleUnit): PreparedArticle {
  const record = read({ id: unit.key, text: unit.text, published: unit.published, url: unit.url, source: unit.source });
  const sig = signature(unit.text);
  return { key: unit.key, hash: contentHash(unit.text), raw: unit.raw === unit.text ? null : unit.raw, title: unit.title, record, minhash: signatureToBuffer(sig), bands: bandKeys(sig) };
}
