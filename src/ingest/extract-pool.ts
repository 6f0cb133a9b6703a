// Reads articles on all cores: worker threads each with their own extractor, or the calling thread when one core is asked for.
import { Worker } from 'node:worker_threads';
import { createExtractor } from '../index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { LearnedPerson, PreparedArticle } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import type { ToWorker } from './extract-worker.js';
import { prepareArticle } from './prepare.js';
import { Lessons } from './teach.js';

export type Prepared = { ok: true; prepared: PreparedArticle } | { ok: false; reason: string };

export interface ExtractPool {
  /** Articles it can take before a submit should wait for a result. */
  readonly capacity: number;
  /** Reads input number `seq` of the run (lessons due by then are applied first). */
  prepare(unit: ArticleUnit, seq: number): Promise<Prepared>;
  /** People learned from a stored article, for reading inputs from number `fromSeq` on. */
  learn(people: LearnedPerson[], fromSeq: number): void;
  close(): Promise<void>;
}

/**
 * `threads` ≤ 1 reads in the calling thread; more starts that many worker threads.
 * @example const pool = openExtractPool(os.availableParallelism(), await store.learnedPeople())
 */
export function openExtractPool(threads: number, learned: LearnedPerson[]): ExtractPool {
  return threads <= 1 ? inlinePool(learned) : workerPool(threads, learned);
}

function inlinePool(learned: LearnedPerson[]): ExtractPool {
  const kb = loadKnowledge();
  const lessons = new Lessons(kb);
  lessons.teachNow(learned);
  const read = createExtractor({ knowledge: kb });
  return {
    capacity: 1,
    async prepare(unit, seq) {
      lessons.applyUpTo(seq);
      try {
        return { ok: true, prepared: prepareArticle(read, unit) };
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
    learn: (people, fromSeq) => lessons.add(people, fromSeq),
    close: async () => undefined,
  };
}

/** Built, the worker is the .js beside this file; under the TypeScript sources (tests) it is the .ts file, loaded through tsx. */
function startWorker(learned: LearnedPerson[]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { learned } });
  const script = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${script}); })`, { eval: true, workerData: { learned } });
}

function workerPool(threads: number, learned: LearnedPerson[]): ExtractPool {
  const waiting = new Map<number, (p: Prepared) => void>();
  const load = new Map<Worker, number>();
  let lastId = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: threads }, () => {
    const w = startWorker(learned);
    load.set(w, 0);
    w.on('message', (m: { id: number } & Prepared) => {
      load.set(w, load.get(w)! - 1);
      const done = waiting.get(m.id);
      waiting.delete(m.id);
      done?.(m.ok ? { ok: true, prepared: m.prepared } : { ok: false, reason: m.reason });
    });
    w.on('error', (error) => {
      failure = error;
      for (const done of waiting.values()) done({ ok: false, reason: `the extraction worker failed: ${error.message}` });
      waiting.clear();
    });
    return w;
  });
  return {
    // Enough read-ahead to keep every thread busy while the writer commits a batch.
    capacity: Math.min(threads * 32, 100),
    prepare(unit, seq) {
      if (failure) return Promise.resolve({ ok: false, reason: `the extraction worker failed: ${(failure as Error).message}` });
      const id = ++lastId;
      // The least busy worker: articles differ a lot in length, so round robin would leave cores idle.
      const w = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(w, load.get(w)! + 1);
      return new Promise<Prepared>((resolve) => {
        waiting.set(id, resolve);
        w.postMessage({ type: 'article', id, seq, unit } satisfies ToWorker);
      });
    },
    learn(people, fromSeq) {
      for (const w of workers) w.postMessage({ type: 'learn', people, fromSeq } satisfies ToWorker);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
