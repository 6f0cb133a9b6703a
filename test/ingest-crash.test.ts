// Issue 6: an ingest killed with SIGKILL at random moments loses nothing it reported, leaves no half-written article, and resumes to the same store.
// --no-learn: with learning on, a resumed run knows from its start the people the killed run stored, so it may code a few more
// surnames than an uninterrupted run would (README, "Learning actors"); here the store must come out exactly the same.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, writeArticlesJsonl } from './support/generate-articles.js';

const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = join(dir, 'corpus.jsonl');
const ARTICLES = generateArticles(500, 11);
writeArticlesJsonl(ARTICLES, corpus);

interface Run {
  code: number | null;
  signal: string | null;
  /** Articles the run said were stored (from its last "committed" line). */
  reported: number;
  stderr: string;
}

/**
 * Runs `dyad ingest` on the corpus. With `kill`, kills it with SIGKILL `delayMs` after it has reported
 * `afterStored` articles stored, so the kill lands mid-run, anywhere in the work that follows.
 */
function ingest(db: string, kill?: { afterStored: number; delayMs: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', corpus, '--db', db, '--threads', '2', '--batch', '10', '--verbose', '--no-learn'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    const committed = () => [...stderr.matchAll(/committed: ([\d,]+) articles/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (kill && timer === null && (committed().at(-1) ?? 0) >= kill.afterStored) timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, reported: committed().at(-1) ?? 0, stderr });
    });
  });
}

function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one('SELECT COUNT(*) AS n FROM documents'),
      copies: one('SELECT COUNT(*) AS n FROM documents WHERE copy_of IS NOT NULL'),
      events: one('SELECT COUNT(*) AS n FROM events'),
      eventMentions: one('SELECT COUNT(*) AS n FROM event_mentions'),
      mentions: one('SELECT COUNT(*) AS n FROM mentions'),
      // Every document is written with its band keys, mentions and events in one transaction: a document without bands is half-written.
      halfWritten: one('SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_bands b WHERE b.document_id = d.id)'),
      integrity: (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
    };
  } finally {
    db.close();
  }
}

describe.skipIf(!existsSync(CLI))('ingest killed at random points', () => {
  it('loses nothing reported, half-writes nothing, and resumes to the same store as an uninterrupted run', async () => {
    const reference = join(dir, 'reference.db');
    const clean = await ingest(reference);
    expect(clean.code, clean.stderr).toBe(0);
    const expected = counts(reference);
    expect(expected.documents).toBe(ARTICLES.length);

    const db = join(dir, 'killed.db');
    let seed = 20251129;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let kills = 0;
    let stored = 0;
    for (let attempt = 0; attempt < 12 && kills < 6; attempt++) {
      const run = await ingest(db, { afterStored: 5 + Math.floor(random() * 50), delayMs: Math.floor(random() * 40) });
      const now = existsSync(db) ? counts(db) : null;
      if (run.signal === 'SIGKILL') kills++;
      else expect(run.code, run.stderr).toBe(0);
      if (now === null) continue;
      expect(now.documents, 'everything a killed run reported stored is in the store').toBeGreaterThanOrEqual(stored + run.reported);
      expect(now.halfWritten).toBe(0);
      expect(now.integrity).toBe('ok');
      stored = now.documents;
      if (stored === ARTICLES.length) break;
    }
    expect(kills, 'the ingest was killed mid-run at least five times').toBeGreaterThanOrEqual(5);
    const finish = await ingest(db);
    expect(finish.code, finish.stderr).toBe(0);
    const { integrity, ...resumed } = counts(db);
    const { integrity: _, ...uninterrupted } = expected;
    expect(integrity).toBe('ok');
    expect(resumed).toEqual(uninterrupted);
  }, 240_000);
});
