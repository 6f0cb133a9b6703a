// Tests for `dyad eval events` on tiny gold files written for this test, with the real pipeline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CALL = 'Kenyan Foreign Minister Amina Wekesa held a telephone call with Ugandan Foreign Minister Peter Okello on Monday.';
const QUIET = 'The weather in Nairobi was mild on Monday.';

/** A PETRARCH-shaped gold file: the call coded `cameo`, and a no-event sentence. */
function goldFile(cameo: string): string {
  const path = join(dir, `gold-${cameo}.jsonl`);
  const lines = [
    { id: 't1', date: '20250310', category: 'CALLS', text: CALL, events: [{ source: 'KENGOV', target: 'UGAGOV', cameo }], noevents: false },
    { id: 't2', date: '20250310', category: 'QUIET', text: QUIET, events: [], noevents: true },
  ];
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return path;
}

const dyad = runCli;

describe('dyad eval events', () => {
  it('scores a telephone call coded 041 as a full match, per category and overall', async () => {
    const r = await dyad(['eval', 'events', '--set', 'petrarch2-gsr', '--gold', goldFile('041')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CALLS\s+1\s+1\s+1\s+1\.000 1\.000 1\.000\s+1\.000 1\.000 1\.000\s+1\.000 \(1\/1\)/);
    expect(r.stdout).toContain('(source, target, root) F1 1.000; full-code F1 1.000');
    expect(r.stdout).toContain('0 on no-event sentences');
  });

  it('gives root credit but not full-code credit when only the sub-code differs, and lists the miss with --errors', async () => {
    const r = await dyad(['eval', 'events', '--set', 'petrarch2-gsr', '--gold', goldFile('042'), '--errors']);
    expect(r.stdout).toContain('(source, target, root) F1 1.000; full-code F1 0.000');
    expect(r.stdout).not.toContain('MISS');
    const wrongRoot = await dyad(['eval', 'events', '--set', 'petrarch2-gsr', '--gold', goldFile('190'), '--errors']);
    expect(wrongRoot.stdout).toContain('[t1] (CALLS)');
    expect(wrongRoot.stdout).toContain('MISS   KENGOV → UGAGOV 190 ASSAULT');
    expect(wrongRoot.stdout).toContain('wrong CAMEO root (actors right)');
    expect(wrongRoot.stdout).toContain('error classes:');
  });

  it('scores only the first N sentences with --limit', async () => {
    const r = await dyad(['eval', 'events', '--set', 'petrarch2-gsr', '--gold', goldFile('041'), '--limit', '1']);
    expect(r.stdout).toContain('1 sentences (0 with no event)');
  });

  it('prints the scoring rules with --help', async () => {
    const r = await dyad(['eval', 'events', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('one to one');
    expect(r.stdout).toContain('"IGOUNO" → IGO');
  });

  it('refuses a missing or unknown --set and a bad --limit with a usage error', async () => {
    expect((await dyad(['eval', 'events'])).code).toBe(2);
    expect((await dyad(['eval', 'events', '--set', 'acled'])).code).toBe(2);
    expect((await dyad(['eval', 'events', '--set', 'plover-gsr', '--limit', 'x'])).code).toBe(2);
  });

  it('names a gold file that is not there', async () => {
    const r = await dyad(['eval', 'events', '--set', 'plover-gsr', '--gold', join(dir, 'none.jsonl')]);
    expect(r.stderr).toContain('none.jsonl');
    expect(r.code).toBe(1);
  });
});
