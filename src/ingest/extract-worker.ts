// A worker thread of the ingest: builds the extractor once, then prepares each article it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPetrarchDictionary } from '../knowledge/petrarch/load.js';
import type { LearnedPerson } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import { articleReader, type Prepared } from './article-reader.js';
import { Claims } from './claims.js';

/** Messages to a worker: an article to prepare, or people the store has learned since. */
export type ToWorker = { type: 'article'; id: number; seq: number; unit: ArticleUnit } | { type: 'learn'; people: LearnedPerson[]; fromSeq: number };

/** Messages from a worker: that its extractor is built, an article's reading, or word that the writer's thread took it first. */
export type FromWorker = { ready: true } | ({ id: number } & Prepared) | { id: number; taken: true };

/** What the pool gives a worker when it starts. */
export interface WorkerStart {
  learned: LearnedPerson[];
  claims: SharedArrayBuffer;
  /** A folder of PETRARCH dictionaries that code the events (the caller has loaded it once already, so it reads). */
  dictionary?: string;
}

const start = workerData as WorkerStart;
const claims = new Claims(start.claims);
const reader = articleReader(start.learned, start.dictionary === undefined ? undefined : loadPetrarchDictionary(start.dictionary));
parentPort!.postMessage({ ready: true } satisfies FromWorker);

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'learn') return reader.learn(message.people, message.fromSeq);
  // The writer's thread may have read it already, while it waited here.
  if (!claims.take(message.id)) return parentPort!.postMessage({ id: message.id, taken: true } satisfies FromWorker);
  parentPort!.postMessage({ id: message.id, ...reader.read(message.unit, message.seq) } satisfies FromWorker);
});
