// The ingest loop: every input accounted for, re-ingest changes nothing, threads change nothing, people learned carry to later articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DyadError } from '../errors.js';
import { generateArticles } from '../../test/support/generate-articles.js';
import { openStore, type Store } from '../store/store.js';
import { notIngested, type SourceItem } from './article-unit.js';
import { openExtractPool } from './extract-pool.js';
import { ingest, type IngestSummary, type ItemReport } from './ingest.js';
import { TEACH_LAG } from './teach.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const tempStore = async (): Promise<Store> => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  dirs.push(dir);
  return openStore(join(dir, 'dyad.db'));
};

const ARTICLES = generateArticles(80, 7);

async function* itemsOf(extra: SourceItem[] = []): AsyncGenerator<SourceItem> {
  for (const a of ARTICLES) {
    yield { ok: true, unit: { key: a.id, label: `corpus.jsonl:${a.id}`, text: a.text, raw: a.text, title: null, published: a.published, url: a.url, source: a.source } };
  }
  yield* extra;
}

const BAD: SourceItem[] = [
  notIngested('empty.txt', new DyadError('INPUT_EMPTY', 'empty.txt: is empty; there is no article to read')),
  notIngested('corpus.jsonl:81', new DyadError('INPUT_JSON', 'corpus.jsonl:81: not JSON: Unexpected end of JSON input')),
];

async function run(store: Store, threads: number, items: AsyncIterable<SourceItem>): Promise<{ summary: IngestSummary; reports: ItemReport[] }> {
  const reports: ItemReport[] = [];
  const pool = openExtractPool(threads, await store.learnedPeople());
  try {
    const summary = await ingest(items, store, pool, { batchSize: 16, onItem: (r) => reports.push(r) });
    return { summary, reports };
  } finally {
    await pool.close();
  }
}

describe('ingest', () => {
  it('accounts for every input: stored, copy, duplicate, skipped or failed, and the counts add up', async () => {
    const store = await tempStore();
    const { summary, reports } = await run(store, 1, itemsOf(BAD));
    const copies = ARTICLES.filter((a) => a.copyOf !== null).length;
    expect(summary.inputs).toBe(ARTICLES.length + BAD.length);
    expect(reports).toHaveLength(summary.inputs);
    expect(summary.ingested + summary.copies + summary.duplicates + summary.skipped + summary.failed).toBe(summary.inputs);
    expect(summary).toMatchObject({ ingested: ARTICLES.length - copies, copies, duplicates: 0, skipped: 1, failed: 1 });
    expect(reports.find((r) => r.input === 'corpus.jsonl:81')).toMatchObject({ status: 'failed', reason: expect.stringContaining('not JSON') });
    const counts = await store.counts();
    expect(counts).toMatchObject({ documents: ARTICLES.length, copies });
    expect(counts.eventMentions).toBe(summary.events.created + summary.events.merged);
    for (const r of reports.filter((x) => x.status === 'copy')) expect(r.of).toBe(ARTICLES.find((a) => a.id === r.key)!.copyOf);
    await store.close();
  });

  it('changes nothing when the same inputs are ingested again', async () => {
    const store = await tempStore();
    await run(store, 1, itemsOf(BAD));
    const before = await store.counts();
    const events = await store.events({ assertedOnly: false });
    const { summary } = await run(store, 1, itemsOf(BAD));
    expect(summary).toMatchObject({ ingested: 0, copies: 0, duplicates: ARTICLES.length, skipped: 1, failed: 1 });
    expect(await store.counts()).toEqual(before);
    expect(await store.events({ assertedOnly: false })).toEqual(events);
    await store.close();
  });

  it('stores the same documents and events with worker threads as in one thread', async () => {
    const one = await tempStore();
    const two = await tempStore();
    await run(one, 1, itemsOf());
    await run(two, 2, itemsOf());
    expect(await two.counts()).toEqual(await one.counts());
    expect(await two.events({ assertedOnly: false })).toEqual(await one.events({ assertedOnly: false }));
    await one.close();
    await two.close();
  });

  it('codes a bare surname from what an earlier article taught about the person', async () => {
    const store = await tempStore();
    const item = (key: string, published: string, text: string): SourceItem => ({
      ok: true,
      unit: { key, label: key, text, raw: text, title: null, published, url: null, source: null },
    });
    // Written for this test: the minister is not in Dyad's knowledge files, so only the first story can place her.
    const first = item('first', '2025-05-06', 'WARSAW, May 6 (Dyad Wire) - Polish Foreign Minister Anna Kowalczyk met Indian Prime Minister Narendra Modi in Warsaw on Monday.');
    const later = item('later', '2025-06-03', 'NEW DELHI, June 3 (Dyad Wire) - Kowalczyk held talks with Indian Prime Minister Narendra Modi in New Delhi on Tuesday.');
    async function* one(i: SourceItem) {
      yield i;
    }
    const before = await tempStore();
    await run(before, 1, one(later));
    expect(await before.events({ dyad: ['POL', 'IND'] })).toEqual([]);
    await before.close();

    await run(store, 1, one(first));
    await run(store, 2, one(later));
    const events = await store.events({ dyad: ['POL', 'IND'] });
    const fromLater = events.filter((e) => e.sources.some((s) => s.id === 'later'));
    expect(fromLater).toHaveLength(1);
    expect(fromLater[0]).toMatchObject({ date: '2025-06-03', source: { code: 'POLGOV', name: 'Kowalczyk' }, target: { code: 'INDGOV' } });
    await store.close();
  });

  it('applies what an article teaches from a fixed number of inputs later in the same run, whatever the thread count', async () => {
    const item = (key: string, text: string): SourceItem => ({ ok: true, unit: { key, label: key, text, raw: text, title: null, published: '2025-06-03', url: null, source: null } });
    const first = item('first', 'WARSAW (Dyad Wire) - Polish Foreign Minister Anna Kowalczyk met Indian Prime Minister Narendra Modi in Warsaw on Monday.');
    const soon = item('soon', 'NEW DELHI (Dyad Wire) - Kowalczyk held talks with Indian Prime Minister Narendra Modi in New Delhi on Tuesday.');
    const late = item('late', 'DHAKA (Dyad Wire) - Kowalczyk held talks with Bangladeshi Prime Minister Sheikh Hasina in Dhaka on Thursday.');
    const filler = (n: number) => Array.from({ length: n }, (_, i) => notIngested(`blank-${i}.txt`, new DyadError('INPUT_EMPTY', `blank-${i}.txt: is empty`)));
    async function* inputs() {
      yield first;
      yield soon;
      yield* filler(TEACH_LAG);
      yield late;
    }
    for (const threads of [1, 2]) {
      const store = await tempStore();
      await run(store, threads, inputs());
      const coded = (await store.events({ assertedOnly: false })).filter((e) => e.source.name === 'Kowalczyk').map((e) => [e.sources[0]!.id, e.source.code]);
      expect(coded, `${threads} thread(s)`).toEqual([['late', 'POLGOV']]);
      await store.close();
    }
  });
});
