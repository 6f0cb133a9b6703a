// Reads articles on all cores: the writer's own thread and worker threads, each with its own extractor.
import { Worker } from 'node:worker_threads';
import type { CompiledDictionary } from '../knowledge/petrarch/compile.js';
import type { LearnedPerson } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import { articleReader, type ArticleReader, type Prepared } from './article-reader.js';
import { Claims } from './claims.js';
import type { FromWorker, ToWorker, WorkerStart } from './extract-worker.js';
import { keepHeapNearLive } from './heap.js';

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
  /** Each worker's share of its life spent reading rather than waiting for articles, 0–1 (none with one thread). */
  workerUtilization(): number[];
  /** Settles when every thread has built its extractor (or a worker has failed): what is left is reading. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** A user's PETRARCH dictionaries that code the events: the folder (each worker loads it) and, for this thread, its loading. */
export interface PoolDictionary {
  dir: string;
  loaded: CompiledDictionary;
}

/**
 * `threads` threads read articles: this one (which also writes) and `threads − 1` workers. Workers
 * hold up to 128 articles between them, enough to keep reading while this thread stores a batch;
 * while this thread waits for an article, it reads the next one no worker has started, rather than
 * wait. So no core idles and none is oversubscribed, and with one thread everything happens here.
 * It also keeps V8's heap at most twice what is live (see heap.ts). With `dictionary`, every thread
 * codes events with the user's PETRARCH dictionaries instead of Dyad's patterns.
 * @example const pool = openExtractPool(os.availableParallelism(), await store.learnedPeople())
 */
export function openExtractPool(threads: number, learned: LearnedPerson[], dictionary?: PoolDictionary): ExtractPool {
  keepHeapNearLive();
  const localReader = () => articleReader(learned, dictionary?.loaded);
  if (threads <= 1) {
    const local = localReader();
    return {
      capacity: 1,
      prepare: (unit, seq) => ({ result: async () => local.read(unit, seq) }),
      learn: local.learn,
      workerUtilization: () => [],
      ready: async () => undefined,
      close: async () => undefined,
    };
  }
  return workerPool(threads - 1, learned, localReader, dictionary?.dir);
}

/** Built, the worker is the .js beside this file; under the TypeScript sources (tests) it is the .ts file, loaded through tsx. */
export function startWorker(workerData: WorkerStart): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData });
  const script = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${script}); })`, { eval: true, workerData });
}

/** Articles the workers hold between them (at least 8 each). */
const READ_AHEAD = 128;
/**
 * Articles a worker holds at once: enough that it keeps reading while this thread stores a batch
 * (100 articles take SQLite ~150 ms; a worker reads one in ~4 ms) or is kept off the CPU by other
 * processes. With 8, a lone worker idled through every commit.
 */
const perWorker = (count: number): number => Math.max(8, Math.floor(READ_AHEAD / count));

interface Job {
  id: number;
  unit: ArticleUnit;
  seq: number;
  state: 'queued' | 'posted' | 'done';
  outcome: Promise<Prepared>;
  settle: (p: Prepared) => void;
}

function workerPool(count: number, learned: LearnedPerson[], localReader: () => ArticleReader, dictionary: string | undefined): ExtractPool {
  /** Articles not yet posted to a worker, oldest first. */
  const backlog: Job[] = [];
  /** Every article not yet read, oldest first: workers and this thread both take the oldest they can claim. */
  const unread: Job[] = [];
  const posted = new Map<number, Job>();
  const load = new Map<Worker, number>();
  const claims = new Claims();
  let lastId = 0;
  let lastReadHere = -1;
  let failure: Error | null = null;
  const holds = perWorker(count);

  const readHere = (job: Job) => {
    job.state = 'done';
    lastReadHere = Math.max(lastReadHere, job.seq);
    job.settle(local.read(job.unit, job.seq));
  };

  /** Forgets the articles read at the front of `unread`, which would otherwise hold every article of the run. */
  const dropRead = () => {
    while (unread.length > 0 && unread[0]!.state === 'done') unread.shift();
  };

  /**
   * The oldest article no one has taken, claimed for this thread, or null. A worker reads its
   * articles oldest first too, so each reader reads in input order, which keeps its lessons in
   * order (see Lessons); the check on `lastReadHere` only matters once a worker has failed.
   */
  const takeNext = (): Job | null => {
    dropRead();
    for (const job of unread) if (job.seq > lastReadHere && job.state !== 'done' && claims.take(job.id)) return job;
    return null;
  };

  const dispatch = () => {
    for (const w of workers) {
      while (load.get(w)! < holds && backlog.length > 0) {
        const job = backlog.shift()!;
        if (job.state !== 'queued') continue;
        job.state = 'posted';
        posted.set(job.id, job);
        load.set(w, load.get(w)! + 1);
        w.postMessage({ type: 'article', id: job.id, seq: job.seq, unit: job.unit } satisfies ToWorker);
      }
    }
  };

  const started: Promise<void>[] = [];
  const workers = Array.from({ length: count }, () => {
    const w = startWorker({ learned, claims: claims.buffer, ...(dictionary !== undefined ? { dictionary } : {}) });
    load.set(w, 0);
    started.push(new Promise((resolve) => (w.once('message', () => resolve()), w.once('error', () => resolve()))));
    w.on('message', (m: FromWorker) => {
      if ('ready' in m) return;
      load.set(w, load.get(w)! - 1);
      const job = posted.get(m.id);
      posted.delete(m.id);
      if (job && !('taken' in m)) {
        job.state = 'done';
        job.settle(m.ok ? { ok: true, prepared: m.prepared } : { ok: false, reason: m.reason });
      }
      dispatch();
    });
    w.on('error', (error) => {
      // Articles this worker held are read here instead; no article is lost with the worker.
      failure = error;
      workers.splice(workers.indexOf(w), 1);
      for (const job of posted.values()) if (job.state !== 'done') readHere(job);
      posted.clear();
    });
    return w;
  });
  // Loaded after the workers start, so their loading (modules, knowledge, models: ~0.5 s each) runs beside this thread's.
  const local = localReader();

  return {
    capacity: 32 + count * holds,
    prepare(unit, seq) {
      let settle!: (p: Prepared) => void;
      const outcome = new Promise<Prepared>((resolve) => (settle = resolve));
      const job: Job = { id: ++lastId, unit, seq, state: 'queued', outcome, settle };
      claims.open(job.id);
      backlog.push(job);
      // When workers keep ahead of a slow writer this thread never looks for spare articles, so it forgets read ones here.
      dropRead();
      unread.push(job);
      if (failure === null) dispatch();
      return {
        async result() {
          // Rather than wait for a worker, this thread reads the next articles no one has taken,
          // letting worker messages in between, until this one is done.
          for (;;) {
            await new Promise((resolve) => setImmediate(resolve));
            if (job.state === 'done') return job.outcome;
            const spare = takeNext() ?? (workers.length === 0 && claims.take(job.id) ? job : null);
            if (spare === null) return job.outcome;
            readHere(spare);
          }
        },
      };
    },
    learn(people, fromSeq) {
      local.learn(people, fromSeq);
      for (const w of workers) w.postMessage({ type: 'learn', people, fromSeq } satisfies ToWorker);
    },
    workerUtilization: () => workers.map((w) => w.performance.eventLoopUtilization().utilization),
    ready: async () => void (await Promise.all(started)),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
