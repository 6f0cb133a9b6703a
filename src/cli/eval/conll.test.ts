// Tests for `dyad eval conll` on a small CoNLL file written for this test, and on eng.testa when ../shared is present.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { defaultConllFile } from './conll.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-conll-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = [
  '-DOCSTART- -X- O O',
  '',
  'Foreign NNP I-NP O',
  'Minister NNP I-NP O',
  'Amina NNP I-NP I-PER',
  'Wekesa NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Nairobi NNP I-NP I-LOC',
  '. . O O',
  '',
].join('\n');

const dyad = runCli;

describe('dyad eval conll', () => {
  it('prints per-type and overall precision, recall and F1', async () => {
    const file = join(dir, 'sample.conll');
    writeFileSync(file, SAMPLE);
    const r = await dyad(['eval', 'conll', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 gold chunks');
    expect(r.stdout).toMatch(/PER +precision 100\.00 +recall 100\.00 +F1 100\.00/);
    expect(r.stdout).toMatch(/overall +precision/);
  });

  it('lists missed and spurious chunks with --errors', async () => {
    const file = join(dir, 'wrong.conll');
    // Gold says "visited" is an organisation: the tagger misses it.
    writeFileSync(file, SAMPLE.replace('visited VBD I-VP O', 'visited VBD I-VP I-ORG'));
    const r = await dyad(['eval', 'conll', file, '--errors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('missed    ORG  "visited"');
  });

  it('names a missing file and exits 1', async () => {
    const r = await dyad(['eval', 'conll', join(dir, 'none.conll')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('none.conll');
  });

  it('refuses an unknown flag with a usage error', async () => {
    expect((await dyad(['eval', 'conll', '--fast'])).code).toBe(2);
  });

  const testa = defaultConllFile();
  if (!existsSync(testa)) console.warn(`skipping eng.testa scoring: ${testa} not found`);
  it.skipIf(!existsSync(testa))('scores eng.testa at F1 ≥ 0.90 overall (issue 5)', async () => {
    const r = await dyad(['eval', 'conll', testa]);
    expect(r.code).toBe(0);
    const f1 = Number(/overall +precision +[\d.]+ +recall +[\d.]+ +F1 +([\d.]+)/.exec(r.stdout)![1]);
    expect(f1).toBeGreaterThanOrEqual(90);
  });
});
