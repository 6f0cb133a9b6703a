// Tests for the `dyad` command line, run in-process with fake streams and a stand-in extractor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../document/record.js';
import type { ArticleInput, Extractor } from '../index.js';
import { run, type RunDeps } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const GOOD = file('good.txt', 'ISLAMABAD: The foreign minister spoke with his counterpart by telephone.');
const OTHER = file('other.txt', 'DOHA: The envoys met again on Sunday and agreed to continue talks.');

/** Stands in for the pipeline: a record that echoes the article, so these tests need no model. */
const echo: Extractor = (a: ArticleInput): EventRecord => ({
  version: 1,
  document: { id: a.id ?? 'doc', published: a.published ?? null, dateline: null, url: a.url ?? null, source: a.source ?? null, text: a.text },
  mentions: [], entities: [], times: [], quantities: [], events: [], messages: [], pipeline: ['echo.v1'], stats: { sentences: 1, tokens: 1 },
});

class Capture extends Writable {
  text = '';
  maxBuffered = 0;
  constructor(private readonly slow = false, highWaterMark = 16 * 1024) {
    super({ highWaterMark });
  }
  override write(chunk: unknown, ...rest: never[]): boolean {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    return super.write(chunk, ...rest);
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error) => void) {
    this.text += chunk.toString();
    if (this.slow) setImmediate(done);
    else done();
  }
}

/** Runs `dyad` in-process; the stand-in extractor unless `deps` says otherwise (`{}`: the real pipeline). */
async function dyad(argv: string[], options: { stdin?: string; stdout?: Writable; deps?: RunDeps } = {}) {
  const stdout = options.stdout ?? new Capture();
  const stderr = new Capture();
  const code = await run(argv, { stdin: Readable.from([options.stdin ?? '']), stdout, stderr }, options.deps ?? { loadExtractor: () => echo });
  return { code, stdout: stdout instanceof Capture ? stdout.text : '', stderr: stderr.text };
}

describe('usage', () => {
  it('prints help and exits 0', async () => {
    const r = await dyad(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dyad extract FILE...');
    expect(r.stdout).toContain('--max-bytes');
  });

  it('prints the version', async () => {
    expect((await dyad(['--version'])).stdout).toMatch(/^dyad \d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['extract', GOOD, '--frobnicate'], 'dyad: unknown option --frobnicate'],
    [['summarise', GOOD], 'dyad: unknown command summarise'],
    [['extract', GOOD, '--format', 'xml'], 'dyad: unknown format xml; use json, jsonl or text'],
    [['extract', GOOD, '--input', 'html'], 'dyad: unknown input kind html'],
    [['extract', GOOD, '--max-bytes', 'lots'], 'dyad: --max-bytes lots is not a size'],
    [['extract', GOOD, '--format'], 'dyad: option --format needs a value'],
    [['extract'], 'dyad: extract needs at least one FILE'],
    [[], 'dyad: missing command'],
    [['extract', '-', GOOD, '-'], 'dyad: - (stdin) can be given only once'],
    [['extract', GOOD, '--published', '2025-02-30'], 'dyad: --published 2025-02-30 is not a real date; expected YYYY-MM-DD'],
  ])('%j is a usage error: exit 2 and one line', async (argv, message) => {
    const r = await dyad(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).toMatch(/run 'dyad --help' for usage\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stdout).toBe('');
  });
});

describe('extract', () => {
  it('prints one pretty JSON record for one file, with the path as id and the published date', async () => {
    const r = await dyad(['extract', GOOD, '--published', '2025-09-14T10:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"version": 1,/);
    expect(JSON.parse(r.stdout).document).toMatchObject({ id: GOOD, published: '2025-09-14' });
  });

  it('prints a JSON array for several files', async () => {
    const r = await dyad(['extract', GOOD, OTHER]);
    expect((JSON.parse(r.stdout) as EventRecord[]).map((x) => x.document.id)).toEqual([GOOD, OTHER]);
  });

  it('reads stdin for -', async () => {
    const r = await dyad(['extract', '-', '--format', 'jsonl'], { stdin: 'KABUL: The delegation arrived today.' });
    expect(JSON.parse(r.stdout).document).toMatchObject({ id: 'stdin', text: 'KABUL: The delegation arrived today.' });
  });

  it('prints the text summary', async () => {
    const r = await dyad(['extract', GOOD, '--format', 'text']);
    expect(r.stdout).toContain(`document   ${GOOD}\n`);
    expect(r.stdout).toContain('events (0)\n');
  });

  it('reports a missing file and still processes the others: exit 1', async () => {
    const missing = join(dir, 'nope.txt');
    const r = await dyad(['extract', GOOD, missing, OTHER, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dyad: ${missing}: no such file\n`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).document.id)).toEqual([GOOD, OTHER]);
  });

  it.each([
    ['empty.txt', '', 'is empty'],
    ['blank.txt', '  \n\n ', 'contains only whitespace'],
    ['binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'looks like a binary file'],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'is not valid UTF-8 (byte 0xE9 at offset 3)'],
    ['big.txt', 'The summit ended. '.repeat(20), 'is 360 bytes, over the limit of 100 bytes; raise it with --max-bytes 360'],
  ])('reports %s on stderr and still processes the others: exit 1', async (name, content, reason) => {
    const path = file(name, content);
    const r = await dyad(['extract', path, GOOD, '--format', 'jsonl', '--max-bytes', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`dyad: ${path}: ${reason}`);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).document.id).toBe(GOOD);
  });

  it('reports a directory', async () => {
    const r = await dyad(['extract', dir]);
    expect([r.code, r.stderr]).toEqual([1, `dyad: ${dir}: is a directory, not a file\n`]);
  });

  it('reports an article the extractor fails on and goes on', async () => {
    const picky: Extractor = (a) => {
      if (a.text.startsWith('DOHA')) throw new Error('stage exploded');
      return echo(a);
    };
    const r = await dyad(['extract', OTHER, GOOD, '--format', 'jsonl'], { deps: { loadExtractor: () => picky } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dyad: ${OTHER}: could not extract events: stage exploded\n`);
    expect(JSON.parse(r.stdout).document.id).toBe(GOOD);
  });

  it('reports an extractor that cannot load in one line: exit 1', async () => {
    const r = await dyad(['extract', GOOD], { deps: { loadExtractor: () => { throw new Error('knowledge/titles.json is missing'); } } });
    expect([r.code, r.stderr]).toEqual([1, 'dyad: unexpected error: knowledge/titles.json is missing\n']);
  });
});

describe('extract --input jsonl', () => {
  const lines = [
    '{"id":"a1","text":"The ministers met in Doha.","published":"2025-09-14"}',
    '{"id":"a2","text": broken',
    '',
    '{"id":3,"text":"The envoy flew to Kabul."}',
    '{"id":"a4","text":"Talks resumed.","published":"2025-13-01"}',
    '{"id":"a5"}',
    '{"id":"a6","text":"The treaty was signed."}',
  ].join('\n');
  const JSONL = file('articles.jsonl', lines);

  it('writes the good lines in order with their ids, reports bad lines by line number: exit 1', async () => {
    const r = await dyad(['extract', JSONL, '--input', 'jsonl', '--format', 'jsonl', '--published', '2025-01-01']);
    expect(r.code).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as EventRecord);
    expect(records.map((x) => [x.document.id, x.document.published])).toEqual([
      ['a1', '2025-09-14'],
      ['3', '2025-01-01'],
      ['a6', '2025-01-01'],
    ]);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(new RegExp(`^dyad: ${JSONL}:2: not JSON: `));
    expect(errors[1]).toBe(`dyad: ${JSONL}:5: "published" 2025-13-01 is not a real date; expected YYYY-MM-DD (e.g. 2025-09-14) or an ISO timestamp (2025-09-14T08:30:00Z)`);
    expect(errors[2]).toBe(`dyad: ${JSONL}:6: missing "text" (or "html")`);
  });

  it('reports an empty JSONL input: exit 1', async () => {
    const r = await dyad(['extract', '-', '--input', 'jsonl'], { stdin: '\n\n' });
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '[]\n', 'dyad: stdin: has no JSONL lines; there is no article to read\n']);
  });

  it('reports a missing JSONL file and reads the next one', async () => {
    const missing = join(dir, 'nope.jsonl');
    const r = await dyad(['extract', missing, '-', '--input', 'jsonl', '--format', 'jsonl'], { stdin: '{"id":"s1","text":"The talks ended."}' });
    expect([r.code, r.stderr, JSON.parse(r.stdout).document.id]).toEqual([1, `dyad: ${missing}: no such file\n`, 's1']);
  });

  it('prints a JSON array for JSONL input with --format json', async () => {
    const r = await dyad(['extract', '-', '--input', 'jsonl'], { stdin: '{"id":"only","text":"The talks ended."}\n' });
    expect([r.code, (JSON.parse(r.stdout) as EventRecord[]).map((x) => x.document.id)]).toEqual([0, ['only']]);
  });

  it('waits for a slow stdout instead of buffering the output', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Statement number ${i} was issued.` })).join('\n');
    const stdout = new Capture(true, 1024);
    const r = await dyad(['extract', '-', '--input', 'jsonl', '--format', 'jsonl'], { stdin: input, stdout });
    expect(r.code).toBe(0);
    expect(stdout.text.trim().split('\n')).toHaveLength(3000);
    expect(stdout.text.split('\n')[2999]).toContain('"id":"n2999"');
    expect(stdout.maxBuffered).toBeLessThan(2048);
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    let calls = 0;
    const counting: Extractor = (a) => (calls++, echo(a));
    const closing = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const input = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: i, text: 'A statement.' })).join('\n');
    const r = await dyad(['extract', '-', '--input', 'jsonl', '--format', 'jsonl'], { stdin: input, stdout: closing, deps: { loadExtractor: () => counting } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(calls).toBeLessThan(500);
  });
});

describe('extract with the real pipeline', () => {
  const CALL = 'WASHINGTON: US Secretary of State Marco Rubio held a phone call with Pakistani Foreign Minister Ishaq Dar on Saturday.';
  const PLAN = 'Indian Prime Minister Narendra Modi will visit Japan next month, officials said.';

  it('prints the phone call as one text line dated from --published', async () => {
    const r = await dyad(['extract', file('call.txt', CALL), '--published', '2025-09-14', '--format', 'text'], { deps: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2025-09-13 {2}USAGOV → PAKGOV {2}041 Discuss by telephone {2}"US Secretary of State Marco Rubio held a phone call/m);
  });

  it('keeps JSONL ids and order, marks planned events, and quotes evidence by offsets', async () => {
    const input = [JSON.stringify({ id: 'call-1', text: CALL, published: '2025-09-14' }), JSON.stringify({ id: 'plan-2', text: PLAN, published: '2025-09-14' })].join('\n');
    const r = await dyad(['extract', '-', '--input', 'jsonl', '--format', 'jsonl'], { stdin: input, deps: {} });
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as EventRecord);
    expect(records.map((x) => x.document.id)).toEqual(['call-1', 'plan-2']);
    for (const x of records) for (const e of x.events) expect(x.document.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(records[1]!.events.map((e) => e.modality)).toContain('future');
  });
});
