// `dyad ingest PATH…`: reads files, directories, stdin, JSONL, HTML, feeds and URLs into the store, and accounts for every input.
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { parsePublished, showValue } from '../input/published.js';
import { openExtractPool } from '../ingest/extract-pool.js';
import { ingest, type IngestSummary, type ItemReport } from '../ingest/ingest.js';
import { Progress } from '../ingest/progress.js';
import { ReportFile } from '../ingest/report-file.js';
import { readSources, type SourceOptions } from '../ingest/sources.js';
import { DEFAULT_DB, openStore } from '../store/store.js';
import { loadDictionary } from './dictionary-loader.js';
import { report, type CliIo } from './extract-command.js';
import { countFlag, parseFlags, parseSize, usage } from './options.js';

export interface IngestCliOptions {
  paths: string[];
  db: string;
  sources: SourceOptions;
  threads: number;
  batchSize: number;
  reportFile: string | null;
  /** Poll the inputs again every this many ms (feeds), until stopped; null: once. */
  followMs: number | null;
  /** Code later articles by the people earlier ones taught (default); false reads each article on its own. */
  learn: boolean;
  verbose: boolean;
  /** `--dictionary DIR`: PETRARCH/TABARI dictionaries that code the events instead of Dyad's patterns. */
  dictionary: string | null;
}

/** "90s", "15m", "2h", "500ms", "30" (seconds) → milliseconds; null when not a duration. */
export function parseDuration(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) return null;
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return ms > 0 ? ms : null;
}

/** Articles per transaction: at most {@link MAX_BATCH}, so what one article teaches reaches later ones on time (see TEACH_LAG). */
const MAX_BATCH = 400;
function batchSize(value: string | undefined): number {
  const n = countFlag('batch', value, 100);
  if (n > MAX_BATCH) throw usage(`--batch ${n} must be at most ${MAX_BATCH}`);
  return n;
}

/**
 * Parses `dyad ingest` arguments.
 * @throws DyadError USAGE or PUBLISHED_INVALID.
 */
export function parseIngestArgs(argv: string[]): IngestCliOptions {
  const parsed = parseFlags({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      published: { type: 'string' },
      'max-bytes': { type: 'string' },
      threads: { type: 'string' },
      batch: { type: 'string' },
      report: { type: 'string' },
      follow: { type: 'string' },
      'allow-private': { type: 'boolean' },
      timeout: { type: 'string' },
      'no-learn': { type: 'boolean' },
      dictionary: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
    },
  });
  const { values: v, positionals } = parsed;
  if (positionals.length === 0) throw usage('ingest needs at least one PATH (a file, a directory, a URL, or - for stdin)');
  if (positionals.filter((p) => p === '-').length > 1) throw usage('- (stdin) can be given only once');
  const maxBytes = v['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseSize(v['max-bytes']);
  if (maxBytes === null) throw usage(`--max-bytes ${showValue(v['max-bytes']!)} is not a size; give bytes such as 20000000 or 20MB`);
  const timeoutMs = v.timeout === undefined ? 15_000 : parseDuration(v.timeout);
  if (timeoutMs === null) throw usage(`--timeout ${showValue(v.timeout!)} is not a duration; give one such as 15s or 2m`);
  const followMs = v.follow === undefined ? null : parseDuration(v.follow);
  if (v.follow !== undefined && (followMs === null || followMs < 10_000)) throw usage(`--follow ${showValue(v.follow)} must be a duration of at least 10s, such as 15m`);
  return {
    paths: positionals,
    db: v.db ?? DEFAULT_DB,
    sources: { published: v.published === undefined ? null : parsePublished(v.published), maxBytes, allowPrivate: v['allow-private'] ?? false, timeoutMs },
    threads: countFlag('threads', v.threads, availableParallelism()),
    batchSize: batchSize(v.batch),
    reportFile: v.report ?? null,
    followMs,
    learn: !(v['no-learn'] ?? false),
    verbose: v.verbose ?? false,
    dictionary: v.dictionary ?? null,
  };
}

/** How many files the local PATHs hold (for the progress bar), or null when some input is stdin or a URL. */
async function countFiles(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-' || /^[a-z][a-z0-9+.-]*:/i.test(p)) return null;
    try {
      n += (await stat(p)).isDirectory() ? (await readdir(p, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length : 1;
    } catch {
      n += 1; // reported when it is read
    }
  }
  return n;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "ingested 480 articles, 50 copies, 0 duplicates, 2 skipped, 1 failed; events: 900 new, 300 merged reports; 12.3 s (39 articles/s)" */
export function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` (${Math.round((s.ingested + s.copies) / s.seconds).toLocaleString('en-US')} articles/s)` : '';
  return (
    `${plural(s.inputs, 'input')}: ${plural(s.ingested, 'article')} ingested, ${plural(s.copies, 'near-duplicate copy', 'near-duplicate copies')}, ` +
    `${plural(s.duplicates, 'duplicate')}, ${s.skipped.toLocaleString('en-US')} skipped, ${s.failed.toLocaleString('en-US')} failed; ` +
    `events: ${s.events.created.toLocaleString('en-US')} new, ${plural(s.events.merged, 'report')} merged into known events; ${s.seconds.toFixed(1)} s${rate}\n`
  );
}

/**
 * Runs `dyad ingest`. Failed inputs are reported on stderr as `dyad: <input>: <reason>`.
 * @returns 0 when nothing failed (skipped inputs are fine), 1 when some input failed.
 */
export async function ingestCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseIngestArgs(argv);
  const dictionary = o.dictionary === null ? undefined : { dir: o.dictionary, loaded: await loadDictionary(o.dictionary, io) };
  const store = await openStore(o.db);
  const progress = new Progress(io.stderr);
  let failed = 0;
  try {
    do {
      const files = await countFiles(o.paths);
      if (files !== null) progress.expectFiles(files);
      const reportFile = o.reportFile === null ? null : await ReportFile.open(o.reportFile);
      const pool = openExtractPool(o.threads, o.learn ? await store.learnedPeople() : [], dictionary);
      try {
        const onItem = (r: ItemReport) => {
          if (r.status === 'failed' || (o.verbose && r.status === 'skipped')) report(io, r.reason ?? r.input);
          if (r.status === 'failed') failed++;
          reportFile?.item(r);
        };
        const sources = readSources(o.paths, { ...o.sources, onFile: () => progress.fileStarted() }, io.stdin);
        const summary = await ingest(sources, store, pool, {
          batchSize: o.batchSize,
          learn: o.learn,
          onItem,
          onCommit: (s) => {
            progress.update(s);
            if (o.verbose) report(io, `committed: ${(s.ingested + s.copies).toLocaleString('en-US')} articles stored in this run`);
          },
        });
        progress.done();
        io.stdout.write(summaryLine(summary));
        await reportFile?.finish(summary);
      } finally {
        await pool.close();
      }
      if (o.followMs !== null) await new Promise((resolve) => setTimeout(resolve, o.followMs!));
    } while (o.followMs !== null);
  } finally {
    await store.close();
  }
  return failed > 0 ? 1 : 0;
}
