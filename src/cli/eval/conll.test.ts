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
  it('prints per-type and overall precision, recall and F1 for the tagger, the rules and both', async () => {
    const file = join(dir, 'sample.conll');
    writeFileSync(file, SAMPLE);
    const r = await dyad(['eval', 'conll', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/2 gold chunks/g)).toHaveLength(3);
    for (const reader of ['tagger', 'rules', 'pipeline']) expect(r.stdout).toMatch(new RegExp(`^${reader}: .*tokens/s`, 'm'));
    expect(r.stdout).toMatch(/PER +precision 100\.00 +recall 100\.00 +F1 100\.00/);
    expect(r.stdout).toMatch(/^overall F1: tagger [\d.]+, rules [\d.]+, pipeline [\d.]+$/m);
  });

  it('scores one reader with --reader, and refuses an unknown one', async () => {
    const file = join(dir, 'one.conll');
    writeFileSync(file, SAMPLE);
    const r = await dyad(['eval', 'conll', file, '--reader', 'rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^rules: /m);
    expect(r.stdout).not.toMatch(/^(tagger|pipeline): /m);
    const bad = await dyad(['eval', 'conll', file, '--reader', 'spacy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--reader spacy is not one of tagger, rules, pipeline');
  });

  it('lists missed and spurious chunks with --errors', async () => {
    const file = join(dir, 'wrong.conll');
    // Gold says "visited" is an organisation: the tagger misses it.
    writeFileSync(file, SAMPLE.replace('visited VBD I-VP O', 'visited VBD I-VP I-ORG'));
    const r = await dyad(['eval', 'conll', file, '--errors', '--reader', 'tagger']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tagger    missed    ORG  "visited"');
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
  it.skipIf(!existsSync(testa))('scores the tagger on eng.testa at F1 ≥ 0.90 overall (issue 5)', async () => {
    const r = await dyad(['eval', 'conll', testa, '--reader', 'tagger']);
    expect(r.code).toBe(0);
    const f1 = Number(/overall +precision +[\d.]+ +recall +[\d.]+ +F1 +([\d.]+)/.exec(r.stdout)![1]);
    expect(f1).toBeGreaterThanOrEqual(90);
  });
});
