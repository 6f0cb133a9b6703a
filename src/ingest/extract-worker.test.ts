// A worker thread of the ingest, started as the pool starts it: it reads what it is sent with the extractor it was told to build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleUnit } from './article-unit.js';
import { Claims } from './claims.js';
import { startWorker } from './extract-pool.js';
import type { FromWorker, ToWorker } from './extract-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A fictional world's dictionary, written for this test.
writeFileSync(join(dir, 'World.actors.txt'), 'NORTHLAND [NTH]\nSOUTHMARK [STH]\n');
writeFileSync(join(dir, 'World.verbs.txt'), '--- PRAISE [051] ---\nPRAISE\n');

const text = 'Northland praised Southmark on Tuesday for its help after the floods.';
const unit: ArticleUnit = { key: 'praise.txt', label: 'praise.txt', text, raw: text, title: null, published: '2025-06-14', url: null, source: null };

/** The events a worker started with `dictionary` codes in the article, as "source target cameo". */
async function codedByWorker(dictionary?: string): Promise<string[]> {
  const claims = new Claims();
  const worker = startWorker({ learned: [], claims: claims.buffer, ...(dictionary ? { dictionary } : {}) });
  try {
    claims.open(1);
    worker.postMessage({ type: 'article', id: 1, seq: 0, unit } satisfies ToWorker);
    const [ready] = (await once(worker, 'message')) as [FromWorker];
    expect(ready).toEqual({ ready: true });
    const [reply] = (await once(worker, 'message')) as [FromWorker];
    if (!('ok' in reply) || !reply.ok) throw new Error(`worker did not read the article: ${JSON.stringify(reply)}`);
    return reply.prepared.record.events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo}`);
  } finally {
    await worker.terminate();
  }
}

describe('extract worker', () => {
  it('codes with the PETRARCH dictionaries the pool passed it', async () => {
    expect(await codedByWorker(dir)).toEqual(['NTH STH 051']);
  }, 60_000);

  it('codes with Dyad’s own patterns without them', async () => {
    expect(await codedByWorker()).not.toContain('NTH STH 051');
  }, 60_000);
});
