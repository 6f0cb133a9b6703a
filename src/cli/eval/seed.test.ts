// Tests for `dyad eval seed` on a small gold reading written for this test, with the real pipeline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'NAIROBI: Kenyan Foreign Minister Amina Wekesa held a telephone call with Ugandan Foreign Minister Peter Okello on Monday.\n';
/** A gold reading of ARTICLE with `cameo` as the call's only acceptable code. */
function gold(cameo: string): string {
  const path = join(dir, `gold-${cameo}.json`);
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(path, JSON.stringify({
    about: 'test reading',
    document: { file: 'article.txt', published: '2025-03-12', dateline: 'NAIROBI', not_article_text: [] },
    people: [
      { name: 'Amina Wekesa', country: 'KEN', sector: 'GOV', roles: ['Foreign Minister'], mentions: ['Amina Wekesa'] },
      { name: 'Peter Okello', country: 'UGA', sector: 'GOV', roles: ['Foreign Minister'], mentions: ['Peter Okello'] },
    ],
    organizations: [], places: [],
    times: [{ text: 'on Monday', value: '2025-03-10' }],
    quantities: [],
    events: [{ id: 'call', date: '2025-03-10', countries: ['KEN', 'UGA'], cameo: [cameo], plover: ['CONSULT'], evidence: 'held a telephone call' }],
  }));
  return path;
}

const dyad = runCli;

describe('dyad eval seed', () => {
  it('passes and exits 0 when the record matches the gold reading', async () => {
    const r = await dyad(['eval', 'seed', '--gold', gold('041')]);
    expect(r.stdout).toContain('✓ events: 1/1 required');
    expect(r.stdout).toContain('PASS');
    expect(r.code).toBe(0);
  });

  it('fails and exits 1 when a required event is coded differently', async () => {
    const r = await dyad(['eval', 'seed', '--gold', gold('042')]);
    expect(r.stdout).toContain('FAIL');
    expect(r.code).toBe(1);
  });

  it('names a missing gold file', async () => {
    const r = await dyad(['eval', 'seed', '--gold', join(dir, 'none.json')]);
    expect(r.stderr).toContain('none.json');
    expect(r.code).toBe(1);
  });

  it('refuses an unknown set with a usage error', async () => {
    const r = await dyad(['eval', 'tempeval']);
    expect(r.code).toBe(2);
  });
});
