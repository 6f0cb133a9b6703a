// Ingest benchmark: BBC corpus into SQLite and PostgreSQL on 1 core and on 2 cores (ratio), with where the CPU went, and memory by quarter for BBC and Reuters-21578.
// Each configuration runs in a child process of this one (the same run), so its memory and CPU are its own.
// "1 core" pins the child to one CPU (taskset): left free, a one-thread run already spends a third of a second
// core on V8's collector and compiler threads. "2 cores" lets the child use both, with two reading threads.
// A local PostgreSQL server is pinned to the same CPUs for the run (bench/pin-server.ts), then set free again.
// First it measures what two cores can give on this machine at all: two extraction processes, one per core, against one.
// DYAD_BENCH_PARTS=ceiling,sqlite,postgres,reuters picks parts (default all).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createExtractor } from '../src/index.js';
import { openExtractPool } from '../src/ingest/extract-pool.js';
import { ingest } from '../src/ingest/ingest.js';
import { readSources } from '../src/ingest/sources.js';
import { openStore } from '../src/store/store.js';
import { pinServer } from './pin-server.js';
import { cpuSplit, threadCpuSeconds } from './thread-cpu.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NEWS = join(ROOT, '..', 'shared', 'eval', 'news');
const CORPORA: Record<string, string> = { bbc: join(NEWS, 'bbc-fulltext'), reuters: join(NEWS, 'reuters21578') };
const POSTGRES = process.env.DYAD_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Is the PostgreSQL server on this machine, sharing the CPUs the run is given? */
const LOCAL_POSTGRES = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(POSTGRES).hostname);

interface Result {
  corpus: string;
  engine: string;
  threads: number;
  inputs: number;
  stored: number;
  duplicates: number;
  notIngested: number;
  events: number;
  seconds: number;
  /** Seconds from opening the pool until every thread had built its extractor, before the timed run. */
  startupSeconds: number;
  /** Articles/s over the run's second half (after start-up, model loading and JIT warm-up), as a long ingest runs. */
  steadyRate: number;
  peakRssMb: number;
  /** Highest RSS in each quarter of the articles stored: equal peaks mean memory does not grow with the corpus, whatever the collector's sawtooth. */
  peakRssByQuarterMb: number[];
  /** RSS at the first commit, then when a quarter, half, three quarters and all of the articles were stored: flat means memory does not grow with the corpus. */
  rssByQuarterMb: number[];
  /** The writer thread's V8 heap in use at the same points (without forcing a collection). */
  heapByQuarterMb: number[];
  /** CPU seconds of the writer's thread, of the worker threads, and of the rest (GC and I/O helpers). */
  cpu: { main: number; workers: number; rest: number };
  /** Share of the run each thread was busy rather than waiting (event loop utilisation): the writer's, then each worker's. */
  busy: { writer: number; workers: number[] };
}

/** One configuration, in this (child) process: ingest the corpus into a fresh store, print the result as JSON. */
async function child(corpus: string, engine: string, threads: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const schema = `dyad_bench_${process.pid}`;
  let peak = process.memoryUsage().rss;
  let storedSoFar = 0;
  const samples: { stored: number; rss: number }[] = [];
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    samples.push({ stored: storedSoFar, rss });
  }, 50);
  const store = await openStore(engine === 'sqlite' ? join(dir, 'bench.db') : POSTGRES, { schema });
  const opened = performance.now();
  const pool = openExtractPool(threads, []);
  try {
    // Timed from when every thread has its extractor, on 2 cores as on 1 (where this thread builds it before
    // openExtractPool returns); the load itself is reported beside the rate.
    await pool.ready();
    const t0 = performance.now();
    const startupSeconds = (t0 - opened) / 1000;
    const cpuBefore = threadCpuSeconds();
    const loopBefore = performance.eventLoopUtilization();
    const commits: { at: number; stored: number; rss: number; heap: number }[] = [];
    const sources = readSources([CORPORA[corpus]!], { published: null, maxBytes: 10 * 1024 * 1024, allowPrivate: false, timeoutMs: 15000 }, process.stdin);
    const s = await ingest(sources, store, pool, {
      onCommit: (c) => {
        storedSoFar = c.ingested + c.copies;
        commits.push({ at: performance.now(), stored: storedSoFar, rss: process.memoryUsage.rss(), heap: process.memoryUsage().heapUsed });
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuSplit(cpuBefore, threadCpuSeconds(), threads - 1);
    const busy = { writer: performance.eventLoopUtilization(loopBefore).utilization, workers: pool.workerUtilization() };
    const last = commits.at(-1)!;
    const half = commits.find((c) => c.stored >= last.stored / 2)!;
    const steadyRate = ((last.stored - half.stored) / (last.at - half.at)) * 1000;
    const quarters = [commits[0]!, ...[0.25, 0.5, 0.75, 1].map((q) => commits.find((c) => c.stored >= q * last.stored)!)];
    const result: Result = {
      corpus,
      engine,
      threads,
      inputs: s.inputs,
      stored: s.ingested + s.copies,
      duplicates: s.duplicates,
      notIngested: s.skipped + s.failed,
      events: s.events.created + s.events.merged,
      seconds,
      startupSeconds,
      steadyRate,
      rssByQuarterMb: quarters.map((c) => c.rss / 1024 / 1024),
      heapByQuarterMb: quarters.map((c) => c.heap / 1024 / 1024),
      cpu,
      busy,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024,
      peakRssByQuarterMb: [0, 1, 2, 3].map((q) => {
        const inQuarter = samples.filter((x) => x.stored > (q * last.stored) / 4 && x.stored <= ((q + 1) * last.stored) / 4);
        return Math.max(0, ...inQuarter.map((x) => x.rss)) / 1024 / 1024;
      }),
    };
    console.log(JSON.stringify(result));
  } finally {
    clearInterval(sampler);
    await pool.close();
    await store.close();
    if (engine === 'postgres') {
      const c = new pg.Client({ connectionString: POSTGRES });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extraction alone, in this (child) process, on the first 800 BBC articles after 300 untimed: prints articles/s. */
function extractOnly(): void {
  const dir = CORPORA.bbc!;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().slice(0, 800);
  const texts = files.map((f) => readFileSync(join(dir, f), 'latin1'));
  const read = createExtractor();
  for (const t of texts.slice(0, 300)) read({ text: t, published: null });
  const t0 = performance.now();
  for (const t of texts) read({ text: t, published: null });
  console.log(JSON.stringify({ rate: texts.length / ((performance.now() - t0) / 1000) }));
}

/** Linux's taskset, to pin a child to CPUs; without it runs are not pinned (and say so). */
const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p)) ?? null;

/** The command that runs this script with `args`, pinned to `cpus` (e.g. "0", "0,1") when taskset is here. */
function command(cpus: string, args: string[]): [string, string[]] {
  const node = [fileURLToPath(import.meta.url), ...args];
  return TASKSET ? [TASKSET, ['-c', cpus, process.execPath, ...node]] : [process.execPath, node];
}

/**
 * What this machine gives two cores of this work: one extraction process on one core, then one on each core at once.
 * On a VM whose two vCPUs share a core's caches and memory bandwidth this is under 2.
 */
async function parallelCeiling(): Promise<{ alone: number; together: number }> {
  const rate = (out: string) => (JSON.parse(out.trim().split('\n').at(-1)!) as { rate: number }).rate;
  const alone = rate(execFileSync(...command('0', ['extract-only']), { encoding: 'utf8' }));
  const run = (cpu: string) =>
    new Promise<number>((resolve, reject) =>
      execFile(...command(cpu, ['extract-only']), { encoding: 'utf8' }, (error, out) => (error ? reject(error) : resolve(rate(out)))),
    );
  const [a, b] = await Promise.all([run('0'), run('1')]);
  return { alone, together: a + b };
}

/** Why a local PostgreSQL server could not be pinned, printed once. */
let unpinnedReason: string | null = null;

/** One configuration in a child process: `cores` CPUs, as many reading threads; a local PostgreSQL server on the same CPUs. */
function runChild(corpus: string, engine: string, cores: number): Result {
  const cpus = Array.from({ length: cores }, (_, i) => i).join(',');
  const pinned = engine === 'postgres' && LOCAL_POSTGRES && TASKSET ? pinServer(TASKSET, 'postgres', cpus) : null;
  if (pinned && 'reason' in pinned && unpinnedReason === null) {
    unpinnedReason = pinned.reason;
    console.log(`  PostgreSQL's server is not pinned to the run's CPUs (${pinned.reason}): its work may run on a core the run was not given`);
  }
  try {
    const out = execFileSync(...command(cpus, [corpus, engine, String(cores)]), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Result;
  } finally {
    if (pinned && 'restore' in pinned) pinned.restore();
  }
}

async function postgresUp(): Promise<boolean> {
  const c = new pg.Client({ connectionString: POSTGRES, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (r: Result) => {
  const cpu = r.cpu.main + r.cpu.workers + r.cpu.rest;
  return [
    `  ${r.corpus.padEnd(8)} ${r.engine.padEnd(9)} ${r.threads} core${r.threads > 1 ? 's' : ' '}  ${n(r.stored)} stored, ${n(r.duplicates)} duplicates, ${n(r.notIngested)} not ingested of ${n(r.inputs)} inputs; ${n(r.events)} event reports; ${n(r.seconds, 1)} s = ${n(r.stored / r.seconds)} articles/s after ${n(r.startupSeconds, 2)} s loading the extractors (second half: ${n(r.steadyRate)}/s)`,
    `      CPU ${n(cpu, 1)} s = ${n((cpu / r.stored) * 1000, 2)} ms/article, ${n(cpu / r.seconds, 2)} cores on average: writer's thread ${n(r.cpu.main, 1)} s, workers ${n(r.cpu.workers, 1)} s, GC and other helpers ${n(r.cpu.rest, 1)} s; busy (not waiting for work): writer ${pct(r.busy.writer)}${r.busy.workers.map((u) => `, worker ${pct(u)}`).join('')}`,
    `      memory: peak RSS ${n(r.peakRssMb)} MB; RSS at the first commit, ¼ ½ ¾ and all stored: ${r.rssByQuarterMb.map((x) => n(x)).join(' / ')} MB; writer's heap ${r.heapByQuarterMb.map((x) => n(x)).join(' / ')} MB`,
    `      peak RSS in each quarter: ${r.peakRssByQuarterMb.map((x) => n(x)).join(' / ')} MB; growth of the peak over the last quarter / over the first = ${growth([r.rssByQuarterMb[0]!, ...r.peakRssByQuarterMb])}`,
  ].join('\n');
};

const pct = (share: number) => `${n(share * 100)}%`;

/** Growth over the last quarter against growth over the first (from the first commit): about 1 when memory grows with the corpus, about 0 (or below) when it is flat. */
const growth = (mb: number[]): string => {
  const first = mb[1]! - mb[0]!;
  const last = mb[4]! - mb[3]!;
  return `${n(last, 0)} / ${n(first, 0)} MB = ${first > 0 ? n(last / first, 2) : 'n/a'}`;
};

/** Parts to run, from DYAD_BENCH_PARTS (comma-separated; default all): ceiling, sqlite, postgres, reuters. */
const PARTS = new Set((process.env.DYAD_BENCH_PARTS ?? 'ceiling,sqlite,postgres,reuters').split(','));

async function main(): Promise<void> {
  if (availableParallelism() < 2) {
    console.log('skip: this machine has one CPU; the 2-core ingest ratio needs two.');
    return;
  }
  if (!existsSync(CORPORA.bbc!)) {
    console.log(`skip: the BBC corpus is not at ${CORPORA.bbc}; nothing to benchmark.`);
    return;
  }
  const engines = ['sqlite', ...(PARTS.has('postgres') && (await postgresUp()) ? ['postgres'] : [])].filter((e) => PARTS.has(e));
  if (PARTS.has('postgres') && !engines.includes('postgres')) console.log(`PostgreSQL at ${POSTGRES} is not reachable: SQLite only`);
  if (PARTS.has('ceiling')) {
    const ceiling = await parallelCeiling();
    console.log(
      `this machine: extraction on one core ${n(ceiling.alone)} articles/s; a process on each of two cores at once ${n(ceiling.together)} articles/s together = ${n(ceiling.together / ceiling.alone, 2)}× (the most two cores of this work can give here)`,
    );
  }
  console.log(`ingest: every configuration starts from an empty store, in its own process${TASKSET ? '; 1 core = pinned to CPU 0 with one thread, 2 cores = CPUs 0 and 1 with two threads; a local PostgreSQL server is pinned to the same CPUs' : '; taskset is missing, so runs are not pinned: "1 core" is one thread, whose collector may use the other core'}`);
  for (const engine of engines) {
    // Best of two runs each, 1 and 2 cores taking turns: this machine is shared, and a slower run is noise.
    const runs = [1, 2, 1, 2].map((cores) => runChild('bbc', engine, cores));
    compare(engine, fastest(runs, 1), fastest(runs, 2));
  }
  if (!PARTS.has('reuters')) return;
  if (!existsSync(CORPORA.reuters!)) return console.log(`skip: Reuters-21578 is not at ${CORPORA.reuters}`);
  // Ten times the BBC's articles: start-up (each thread loads its models and warms its JIT and caches over its first
  // ~500 articles) weighs less, as in a long ingest. Best of two here too: on this shared VM one run's rate varies by a fifth.
  for (const engine of engines) {
    const runs = [1, 2, 1, 2].map((cores) => runChild('reuters', engine, cores));
    compare(engine, fastest(runs, 1), fastest(runs, 2));
  }
}

/** The faster of the runs on `cores` cores. */
const fastest = (runs: Result[], cores: number): Result => runs.filter((r) => r.threads === cores).reduce((a, b) => (a.stored / a.seconds >= b.stored / b.seconds ? a : b));

/** Prints both runs and the 2-core / 1-core throughput ratio, whole and over the second half. */
function compare(engine: string, one: Result, two: Result): void {
  console.log(line(one));
  console.log(line(two));
  const ratio = two.stored / two.seconds / (one.stored / one.seconds);
  const steady = two.steadyRate / one.steadyRate;
  const cpu = (r: Result) => (r.cpu.main + r.cpu.workers + r.cpu.rest) / r.stored;
  console.log(`  ${one.corpus} ${engine}: 2 cores / 1 core = ${n(ratio, 2)}× over the whole run, ${n(steady, 2)}× in the second half (goal ≥ 1.8×); CPU per article ${n(cpu(two) / cpu(one), 2)}× of one core's`);
}

const [corpus, engine, threads] = process.argv.slice(2);
if (corpus === 'extract-only') extractOnly();
else if (corpus !== undefined) await child(corpus, engine!, Number(threads));
else await main();
