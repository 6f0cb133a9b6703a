// A worker thread of the ingest: builds the extractor once, then prepares each article it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { loadPetrarchDictionary } from '../knowledge/petrarch/load.js';
import type { LearnedPerson } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import { Claims } from './claims.js';
import type { Prepared } from './extract-pool.js';
import { prepareArticle } from './prepare.js';
import { Lessons } from './teach.js';

/** Messages to a worker: an article to prepare, or people the store has learned since. */
export type ToWorker = { type: 'article'; id: number; seq: number; unit: ArticleUnit } | { type: 'learn'; people: LearnedPerson[]; fromSeq: number };

/** Messages from a worker: an article's reading, or word that the writer's thread took it first. */
export type FromWorker = ({ id: number } & Prepared) | { id: number; taken: true };

/** What the pool gives a worker when it starts. */
export interface WorkerStart {
  learned: LearnedPerson[];
  claims: SharedArrayBuffer;
  /** A folder of PETRARCH dictionaries that code the events (the caller has loaded it once already, so it reads). */
  dictionary?: string;
}

const start = workerData as WorkerStart;
const claims = new Claims(start.claims);
const kb = loadKnowledge();
const lessons = new Lessons(kb);
lessons.teachNow(start.learned);
const read = createExtractor({ knowledge: kb, ...(start.dictionary !== undefined ? { dictionary: loadPetrarchDictionary(start.dictionary) } : {}) });

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'learn') {
    lessons.add(message.people, message.fromSeq);
    return;
  }
  // The writer's thread may have read it already, while it waited here.
  if (!claims.take(message.id)) return parentPort!.postMessage({ id: message.id, taken: true } satisfies FromWorker);
  lessons.applyUpTo(message.seq);
  try {
    parentPort!.postMessage({ id: message.id, ok: true, prepared: prepareArticle(read, message.unit) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, reason: (error as Error).message });
  }
});
