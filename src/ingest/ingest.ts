// The ingest loop: read inputs in order, prepare articles on all cores, write them in batched transactions by one writer, account for every input.
import type { PreparedArticle, Store, WriteOutcome } from '../store/store.js';
import type { SourceItem } from './article-unit.js';
import type { ExtractJob, ExtractPool } from './extract-pool.js';
import { contentHash } from './prepare.js';
import { peopleTaught, TEACH_LAG } from './teach.js';

export type ItemStatus = 'ingested' | 'copy' | 'duplicate' | 'skipped' | 'failed';

/** What became of one input: stored (`ingested`, or `copy` of a near-duplicate original), already stored, or why not. */
export interface ItemReport {
  input: string;
  key: string | null;
  status: ItemStatus;
  /** For a duplicate or copy, the stored document it repeats. */
  of?: string;
  reason?: string;
}

export interface IngestSummary {
  inputs: number;
  ingested: number;
  copies: number;
  duplicates: number;
  skipped: number;
  failed: number;
  events: { created: number; merged: number };
  seconds: number;
}

export interface IngestOptions {
  /** Articles per transaction (default 100). */
  batchSize?: number;
  /** A transaction is also committed when its first article has waited this long (ms, default 1000). */
  maxBatchDelayMs?: number;
  /** Pass what stored articles teach about people on to the reading of later inputs (default true). */
  learn?: boolean;
  /** Each input's fate, reported once it is final: after the commit for stored articles. */
  onItem?: (report: ItemReport) => void;
  /** After each commit. */
  onCommit?: (summary: IngestSummary) => void;
}

type Entry = { seq: number; input: string; key: string | null; result: ExtractJob | Extract<SourceItem, { ok: false }> | { duplicateOf: string } };

const emptySummary = (): IngestSummary => ({ inputs: 0, ingested: 0, copies: 0, duplicates: 0, skipped: 0, failed: 0, events: { created: 0, merged: 0 }, seconds: 0 });

/**
 * Ingests every item into the store. An article is reported ingested only once its transaction
 * has committed, so a crash loses nothing reported; the next run skips what is stored (by key or
 * text) and carries on. Results are written in input order whatever the number of threads, so the
 * merged events do not depend on it.
 * @throws only when the store itself fails (the run can be resumed).
 */
export async function ingest(items: AsyncIterable<SourceItem>, store: Store, pool: ExtractPool, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 100;
  if (batchSize + pool.capacity >= TEACH_LAG) throw new Error(`a batch of ${batchSize} with ${pool.capacity} articles read ahead must stay under ${TEACH_LAG}`);
  const maxDelay = options.maxBatchDelayMs ?? 1000;
  const summary = emptySummary();
  const started = performance.now();
  const queue: Entry[] = [];
  let batch: { seq: number; input: string; prepared: PreparedArticle }[] = [];
  let batchStarted = 0;
  let batchFirstSeq = 0;

  // Reports wait for the open batch's commit, so they come out in input order: a number is an index into the batch.
  let held: (ItemReport | number)[] = [];
  const hold = (r: ItemReport) => (batch.length === 0 ? report(r) : held.push(r));

  const report = (r: ItemReport) => {
    if (r.status === 'ingested') summary.ingested++;
    else if (r.status === 'copy') summary.copies++;
    else if (r.status === 'duplicate') summary.duplicates++;
    else if (r.status === 'skipped') summary.skipped++;
    else summary.failed++;
    options.onItem?.(r);
  };

  const commit = async () => {
    if (batch.length === 0) return;
    const outcomes = await writeWithRetry(store, batch.map((b) => b.prepared));
    for (const h of held) {
      if (typeof h !== 'number') {
        report(h);
        continue;
      }
      const [o, input] = [outcomes[h]!, batch[h]!.input];
      if ('error' in o) report({ input, key: batch[h]!.prepared.key, status: 'failed', reason: `${input}: could not be stored: ${o.error}` });
      else {
        summary.events.created += o.eventsCreated;
        summary.events.merged += o.eventsMerged;
        report({ input, key: o.key, status: o.status, ...(o.of === null ? {} : { of: o.of }) });
      }
    }
    held = [];
    for (const [i, b] of options.learn === false ? [] : batch.entries()) {
      const o = outcomes[i]!;
      if ('error' in o || o.status === 'duplicate') continue;
      const taught = peopleTaught(b.prepared.record);
      if (taught.length > 0) pool.learn(taught, b.seq + TEACH_LAG);
    }
    batch = [];
    summary.seconds = (performance.now() - started) / 1000;
    options.onCommit?.({ ...summary });
  };

  const settle = async (e: Entry) => {
    await place(e);
    // Counting inputs, not only articles, bounds how long a lesson can wait for its commit (see TEACH_LAG).
    if (batch.length > 0 && (batch.length >= batchSize || e.seq - batchFirstSeq + 1 >= batchSize || performance.now() - batchStarted > maxDelay)) await commit();
  };

  /** Reports an input that will not be stored, or adds its article to the open batch. */
  const place = async (e: Entry) => {
    const r = e.result;
    if ('duplicateOf' in r) return hold({ input: e.input, key: e.key, status: 'duplicate', of: r.duplicateOf });
    if ('status' in r) return hold({ input: e.input, key: null, status: r.status, reason: r.reason });
    const prepared = await r.result();
    if (!prepared.ok) return hold({ input: e.input, key: e.key, status: 'failed', reason: `${e.input}: could not extract events: ${prepared.reason}` });
    if (batch.length === 0) [batchStarted, batchFirstSeq] = [performance.now(), e.seq];
    held.push(batch.length);
    batch.push({ seq: e.seq, input: e.input, prepared: prepared.prepared });
  };

  for await (const item of items) {
    const seq = summary.inputs++;
    if (!item.ok) queue.push({ seq, input: item.label, key: null, result: item });
    else {
      const { unit } = item;
      const stored = await store.findDocument(unit.key, contentHash(unit.text));
      queue.push({ seq, input: unit.label, key: unit.key, result: stored === null ? pool.prepare(unit, seq) : { duplicateOf: stored } });
    }
    while (queue.length > pool.capacity) await settle(queue.shift()!);
  }
  while (queue.length > 0) await settle(queue.shift()!);
  await commit();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Writes a batch in one transaction; if that fails, each article alone, so one bad article cannot hold back the rest. */
async function writeWithRetry(store: Store, articles: PreparedArticle[]): Promise<(WriteOutcome | { error: string })[]> {
  try {
    return await store.writeBatch(articles);
  } catch (batchError) {
    if (articles.length === 1) return [{ error: (batchError as Error).message }];
    const out: (WriteOutcome | { error: string })[] = [];
    for (const a of articles) {
      try {
        out.push((await store.writeBatch([a]))[0]!);
      } catch (error) {
        out.push({ error: (error as Error).message });
      }
    }
    return out;
  }
}
