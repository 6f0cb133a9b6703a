// `--dictionary DIR` on `dyad extract`, `dyad ingest` and `dyad eval events`: the user's PETRARCH dictionaries code the events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('codes `dyad ingest` with the dictionary on every thread', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    days.forEach((day, i) => writeFileSync(join(corpus, `praise-${i}.txt`), `Northland praised Southmark on ${day} for its help after the floods in the ${['north', 'south', 'east', 'west', 'delta', 'hills'][i]}.`));
    const db = join(dir, 'store.db');
    const r = await dyad(['ingest', corpus, '--db', db, '--threads', '2', '--published', '2025-06-14', '--dictionary', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/dictionary .*: 2 actor phrases/);
    expect(r.stdout).toMatch(/^6 inputs: 6 articles ingested/);
    const listed = await dyad(['events', '--db', db, '--format', 'jsonl']);
    const events = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cameo: string; source: { code: string }; target: { code: string }; sources: unknown[] });
    expect(new Set(events.map((e) => `${e.source.code} ${e.target.code} ${e.cameo}`))).toEqual(new Set(['NTH STH 051']));
    expect(events.reduce((n, e) => n + e.sources.length, 0)).toBe(days.length);
  });

  it('fails with one line naming a folder that is not there', async () => {
    const r = await dyad(['extract', article, '--dictionary', join(dir, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dyad: cannot read the dictionary folder .*nowhere/);
  });
});
