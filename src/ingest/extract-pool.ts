// Reads articles on all cores: the writer's own thread and worker threads, each with its own extractor.
import { Worker } from 'node:worker_threads';
import { createExtractor } from '../index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { LearnedPerson, PreparedArticle } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import type { ToWorker } from './extract-worker.js';
import { keepHeapNearLive } from './heap.js';
import { prepareArticle } from './prepare.js';
import { Lessons } from './teach.js';

export type Prepared = { ok: true; prepared: PreparedArticle } | { ok: false; reason: string };

/** An article handed to the pool; `result()` is its reading, done by a worker or, if none has taken it yet, by the caller. */
export interface ExtractJob {
  result(): Promise<Prepared>;
}

export interface ExtractPool {
  /** Articles it can hold before the caller should collect a result. */
  readonly capacity: number;
  /** Queues input number `seq` of the run for reading (lessons due by then are applied first). */
  prepare(unit: ArticleUnit, seq: number): ExtractJob;
  /** People learned from a stored article, for reading inputs from number `fromSeq` on. */
  learn(people: LearnedPerson[], fromSeq: number): void;
  close(): Promise<void>;
}

/** An extractor in this thread, with its lessons. */
function localReader(learned: LearnedPerson[]) {
  const kb = loadKnowledge();
  const lessons = new Lessons(kb);
  lessons.teachNow(learned);
  const read = createExtractor({ knowledge: kb });
  return {
    read(unit: ArticleUnit, seq: number): Prepared {
      lessons.applyUpTo(seq);
      try {
        return { ok: true, prepared: prepareArticle(read, unit) };
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
    learn: (people: LearnedPerson[], fromSeq: number) => lessons.add(people, fromSeq),
  };
}

/**
 * `threads` threads read articles: this one (which also writes) and `threads − 1` workers. Workers
 * are fed a couple of articles at a time; when the caller needs an article no worker has taken, it
 * reads it itself rather than wait. So no core idles and none is oversubscribed, and with one
 * thread everything happens here. It also keeps V8's heap at most twice what is live (see heap.ts).
 * @example const pool = openExtractPool(os.availableParallelism(), await store.learnedPeople())
 */
export function openExtractPool(threads: number, learned: LearnedPerson[]): ExtractPool {
  keepHeapNearLive();
  const local = localReader(learned);
  if (threads <= 1) {
    return {
      capacity: 1,
      prepare: (unit, seq) => ({ result: async () => local.read(unit, seq) }),
      learn: local.learn,
      close: async () => undefined,
    };
  }
  return workerPool(threads - 1, learned, local);
}

/** Built, the worker is the .js beside this file; under the TypeScript sources (tests) it is the .ts file, loaded through tsx. */
function startWorker(learned: LearnedPerson[]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { learned } });
  const script = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${script}); })`, { eval: true, workerData: { learned } });
}

/** Articles a worker holds at once: enough that it keeps reading while this thread is busy storing or reading an article itself. */
const PER_WORKER = 8;

interface Job {
  id: number;
  unit: ArticleUnit;
  seq: number;
  state: 'queued' | 'posted' | 'done';
  outcome: Promise<Prepared>;
  settle: (p: Prepared) => void;
}

function workerPool(count: number, learned: LearnedPerson[], local: ReturnType<typeof localReader>): ExtractPool {
  const backlog: Job[] = [];
  const posted = new Map<number, Job>();
  const load = new Map<Worker, number>();
  let lastId = 0;
  let failure: Error | null = null;

  /** The oldest article no worker has taken, or null. Taking in input order keeps each reader's lessons in order (see Lessons). */
  const takeNext = (): Job | null => {
    while (backlog.length > 0) {
      const job = backlog.shift()!;
      if (job.state === 'queued') return job;
    }
    return null;
  };

  const dispatch = () => {
    for (const w of workers) {
      while (load.get(w)! < PER_WORKER && backlog.length > 0) {
        const job = backlog.shift()!;
        if (job.state !== 'queued') continue;
        job.state = 'posted';
        posted.set(job.id, job);
        load.set(w, load.get(w)! + 1);
        w.postMessage({ type: 'article', id: job.id, seq: job.seq, unit: job.unit } satisfies ToWorker);
      }
    }
  };

  const workers = Array.from({ length: count }, () => {
    const w = startWorker(learned);
    load.set(w, 0);
    w.on('message', (m: { id: number } & Prepared) => {
      load.set(w, load.get(w)! - 1);
      const job = posted.get(m.id);
      posted.delete(m.id);
      if (job) {
        job.state = 'done';
        job.settle(m.ok ? { ok: true, prepared: m.prepared } : { ok: false, reason: m.reason });
      }
      dispatch();
    });
    w.on('error', (error) => {
      // Articles this worker held are read here instead; no article is lost with the worker.
      failure = error;
      workers.splice(workers.indexOf(w), 1);
      for (const job of posted.values()) {
        job.state = 'done';
        job.settle(local.read(job.unit, job.seq));
      }
      posted.clear();
    });
    return w;
  });

  return {
    capacity: 32 + count * PER_WORKER,
    prepare(unit, seq) {
      let settle!: (p: Prepared) => void;
      const outcome = new Promise<Prepared>((resolve) => (settle = resolve));
      const job: Job = { id: ++lastId, unit, seq, state: 'queued', outcome, settle };
      backlog.push(job);
      if (failure === null) dispatch();
      return {
        async result() {
          // Rather than wait for a worker, this thread reads the next articles no worker has taken,
          // letting worker messages in between, until this one is done.
          for (;;) {
            await new Promise((resolve) => setImmediate(resolve));
            if (job.state === 'done') return job.outcome;
            const spare = job.state === 'queued' ? job : takeNext();
            if (spare === null) return job.outcome;
            spare.state = 'done';
            spare.settle(local.read(spare.unit, spare.seq));
          }
        },
      };
    },
    learn(people, fromSeq) {
      local.learn(people, fromSeq);
      for (const w of workers) w.postMessage({ type: 'learn', people, fromSeq } satisfies ToWorker);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
