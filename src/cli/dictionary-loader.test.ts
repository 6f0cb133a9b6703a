// `--dictionary DIR` on `dyad extract` and `dyad eval events`: the user's PETRARCH dictionaries code the events.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'World.actors.txt'), 'NORTHLAND [NTH]\nSOUTHMARK [STH]\n');
writeFileSync(join(dir, 'World.verbs.txt'), '--- PRAISE [051] ---\nPRAISE\n- * &MISSING [052]\n');
const article = join(dir, 'story.txt');
writeFileSync(article, 'Northland praised Southmark on Tuesday.');
const gold = join(dir, 'gold.jsonl');
writeFileSync(gold, `${JSON.stringify({ id: 'w1', date: '20120601', category: 'MINE', text: 'Northland praised Southmark.', events: [{ source: 'NTH', target: 'STH', cameo: '051' }] })}\n`);

async function dyad(argv: string[]) {
  const collect = (s: PassThrough) => {
    let text = '';
    s.on('data', (c: Buffer) => (text += c.toString()));
    return () => text;
  };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

describe('--dictionary DIR', () => {
  it('codes `dyad extract` with the dictionary, reporting its size, load time and skipped lines', async () => {
    const r = await dyad(['extract', article, '--dictionary', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.events.map((e: { source: { code: string }; target: { code: string }; cameo: string }) => `${e.source.code} ${e.target.code} ${e.cameo}`)).toEqual(['NTH STH 051']);
    expect(record.pipeline).toContain('events.petrarch-dictionary.v1');
    expect(r.stderr).toMatch(/2 actor phrases, 0 agent phrases, \d+ verb forms in 1 blocks, 0 discards, loaded in \d+ ms/);
    expect(r.stderr).toContain(`${join(dir, 'World.verbs.txt')}:3: skipped: pattern "* &MISSING" uses synset &MISSING, which is not defined`);
  });

  it('scores `dyad eval events` with the dictionary', async () => {
    const r = await dyad(['eval', 'events', '--set', 'petrarch-unit', '--gold', gold, '--dictionary', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(source, target, root) F1 1.000');
  });

  it('fails with one line naming a folder that is not there', async () => {
    const r = await dyad(['extract', article, '--dictionary', join(dir, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dyad: cannot read the dictionary folder .*nowhere/);
  });
});
