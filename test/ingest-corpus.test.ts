// Issue 6: the BBC corpus ingested from its folder: every file accounted for, the counts add up, and a second run changes nothing.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openExtractPool } from '../src/ingest/extract-pool.js';
import { ingest, type ItemReport } from '../src/ingest/ingest.js';
import { readSources } from '../src/ingest/sources.js';
import { openStore } from '../src/store/store.js';

const BBC = fileURLToPath(new URL('../../shared/eval/news/bbc-fulltext', import.meta.url));
const present = existsSync(BBC);
if (!present) console.log(`skipping the BBC ingest test: ${BBC} is not there`);

const dir = mkdtempSync(join(tmpdir(), 'dyad-bbc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(db: string) {
  const store = await openStore(db);
  const pool = openExtractPool(2, await store.learnedPeople());
  const reports: ItemReport[] = [];
  try {
    const summary = await ingest(readSources([BBC], { published: null, maxBytes: 10 * 1024 * 1024, allowPrivate: false, timeoutMs: 1000 }, process.stdin), store, pool, {
      onItem: (r) => reports.push(r),
    });
    return { summary, reports, counts: await store.counts() };
  } finally {
    await pool.close();
    await store.close();
  }
}

describe.skipIf(!present)('ingesting the BBC corpus', () => {
  it('accounts for every file, and a second run changes nothing', async () => {
    const files = (readdirSync(BBC, { recursive: true, withFileTypes: true }) as { isFile(): boolean }[]).filter((e) => e.isFile()).length;
    const db = join(dir, 'bbc.db');
    const first = await run(db);
    const s = first.summary;
    expect(s.inputs).toBe(files);
    expect(first.reports).toHaveLength(files);
    expect(new Set(first.reports.map((r) => r.input)).size).toBe(files);
    expect(s.ingested + s.copies + s.duplicates + s.skipped + s.failed).toBe(s.inputs);
    expect(first.counts.documents).toBe(s.ingested + s.copies);
    expect(first.counts.copies).toBe(s.copies);
    expect(first.counts.eventMentions).toBe(s.events.created + s.events.merged);
    // The corpus repeats some stories word for word (duplicates) and has one file that is not UTF-8 (failed, with the reason).
    expect(s.duplicates).toBeGreaterThan(0);
    for (const r of first.reports.filter((x) => x.status === 'failed' || x.status === 'skipped')) expect(r.reason).toMatch(/^.+: /);
    for (const r of first.reports.filter((x) => x.status === 'duplicate' || x.status === 'copy')) expect(r.of).toBeTruthy();

    const second = await run(db);
    expect(second.summary).toMatchObject({ inputs: files, ingested: 0, copies: 0, duplicates: s.ingested + s.copies + s.duplicates, skipped: s.skipped, failed: s.failed });
    expect(second.counts).toEqual(first.counts);
  }, 180_000);
});
