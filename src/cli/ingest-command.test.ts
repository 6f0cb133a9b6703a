// `dyad ingest` and `dyad events` end to end, in-process: a folder of mixed inputs, the report, the summary, the listing, a re-run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { parseDuration, parseIngestArgs } from './ingest-command.js';
import { parseEventsArgs } from './events-command.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
mkdirSync(join(corpus, 'feeds'), { recursive: true });
const put = (name: string, content: string) => writeFileSync(join(corpus, name), content);

// Everything below was written for this test.
put('call.txt', 'NAIROBI (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos on Thursday.');
put('empty.txt', '');
put(
  'lines.jsonl',
  [
    JSON.stringify({ id: 'wire-17', text: 'SEOUL (Dyad Wire) - South Korea and Japan signed a fisheries agreement in Seoul on Monday.', published: '2025-03-04', source: 'Dyad Wire', url: 'https://wire.example/17' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ html: '<html><head><title>Talks</title></head><body><article><p>BRASILIA (Dyad Wire) - Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Buenos Aires on Friday.</p><p>The two leaders discussed trade.</p></article></body></html>', published: '2025-03-08' }),
  ].join('\n'),
);
put(
  'page.html',
  `<!doctype html><html><head><title>Sanctions</title><meta property="og:site_name" content="Channel Ledger"><meta property="article:published_time" content="2025-04-02T09:00:00Z"><script>alert(1)</script></head>
<body><nav>Home | World</nav><article><h1>Britain tightens sanctions</h1><p>LONDON (Channel Ledger) - Britain imposed sanctions on Belarus on Tuesday over the detention of opposition figures.</p>
<p>The Foreign Office said the measures target senior officials and state companies.</p></article></body></html>`,
);
put(
  'feeds/world.xml',
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times World</title>
<item><title>Manila protests to Beijing</title><link>https://harbour.example/1</link><pubDate>Wed, 07 May 2025 08:00:00 GMT</pubDate><description>MANILA - The Philippines lodged a diplomatic protest with China on Tuesday over the water cannon attack near Scarborough Shoal.</description></item>
<item><title>Quiet day</title><link>https://harbour.example/2</link><description>Nothing of note happened at the harbour.</description></item>
</channel></rss>`,
);

describe('parseIngestArgs', () => {
  it('reads the options with their defaults', () => {
    const o = parseIngestArgs(['a.txt', 'dir/', '--db', 'x.db', '--published', '2025-09-14', '--threads', '3', '--follow', '15m']);
    expect(o).toMatchObject({ paths: ['a.txt', 'dir/'], db: 'x.db', threads: 3, batchSize: 100, followMs: 900_000, sources: { published: '2025-09-14', allowPrivate: false, timeoutMs: 15_000 } });
  });

  it.each([
    [[], 'ingest needs at least one PATH'],
    [['a', '--threads', '0'], '--threads 0 must be a whole number of at least 1'],
    [['a', '--follow', 'soon'], '--follow soon must be a duration'],
    [['a', '--timeout', 'fast'], '--timeout fast is not a duration'],
    [['a', '--published', '2025-02-30'], '2025-02-30'],
    [['a', '--batch', '100000'], '--batch 100000 must be at most 400'],
    [['-', '-'], '- (stdin) can be given only once'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });

  it('reads durations', () => {
    expect([parseDuration('90s'), parseDuration('500ms'), parseDuration('2h'), parseDuration('30'), parseDuration('x')]).toEqual([90_000, 500, 7_200_000, 30_000, null]);
  });
});

describe('parseEventsArgs', () => {
  it('reads a dyad, dates and a code prefix', () => {
    expect(parseEventsArgs(['--dyad', 'pak-usa', '--from', '2025-01-01', '--code', '04', '--format', 'csv'])).toMatchObject({
      filter: { dyad: ['PAK', 'USA'], from: '2025-01-01', code: '04', assertedOnly: true },
      format: 'csv',
    });
  });

  it.each([
    [['--dyad', 'PAKUSA'], '--dyad PAKUSA must be two country codes such as PAK-USA'],
    [['--code', 'talks'], '--code talks must be a CAMEO code or prefix'],
    [['--format', 'xml'], 'unknown format xml'],
    [['--to', 'tomorrow'], '--to tomorrow'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseEventsArgs(argv)).toThrow(message);
  });
});

describe('dyad ingest, then dyad events', () => {
  const db = join(dir, 'store.db');
  const report = join(dir, 'report.json');

  it('ingests a folder of text, JSONL, HTML and a feed, reports every input and lists the events with their sources', async () => {
    const r = await runCli(['ingest', corpus, '--db', db, '--report', report, '--threads', '1', '--published', '2025-05-09']);
    expect(r.code, r.stderr).toBe(1); // the broken JSONL line failed
    expect(r.stderr).toContain('lines.jsonl:2: not JSON');
    expect(r.stdout).toMatch(/^8 inputs: 6 articles ingested, 0 near-duplicate copies, 0 duplicates, 1 skipped, 1 failed; events: /);
    const written = JSON.parse(readFileSync(report, 'utf8')) as { items: { input: string; status: string; key: string | null }[]; summary: { inputs: number } };
    expect(written.summary.inputs).toBe(8);
    expect(written.items.map((i) => [i.input.replace(corpus, 'C'), i.status, i.key?.replace(corpus, 'C') ?? null])).toEqual([
      ['C/call.txt', 'ingested', 'C/call.txt'],
      ['C/empty.txt', 'skipped', null],
      ['C/feeds/world.xml#1', 'ingested', 'https://harbour.example/1'],
      ['C/feeds/world.xml#2', 'ingested', 'https://harbour.example/2'],
      ['C/lines.jsonl:1', 'ingested', 'wire-17'],
      ['C/lines.jsonl:2', 'failed', null],
      ['C/lines.jsonl:3', 'ingested', 'C/lines.jsonl:3'],
      ['C/page.html', 'ingested', 'C/page.html'],
    ]);

    const listed = await runCli(['events', '--db', db, '--format', 'jsonl']);
    expect(listed.code).toBe(0);
    const events = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cameo: string; source: { code: string }; target: { code: string } | null; sources: { id: string }[] });
    const line = (e: (typeof events)[number]) => `${e.source.code}>${e.target?.code ?? ''} ${e.cameo} ${e.sources.map((s) => s.id.replace(corpus, 'C')).join(' ')}`;
    // By date; the signing is one event though the coder reads it both ways (a symmetric code, merged).
    expect(events.map(line)).toEqual([
      'KOR>JPN 057 wire-17',
      'BRAGOV>ARGGOV 040 C/lines.jsonl:3',
      'GBR>BLR 163 C/page.html',
      'PHL>CHN 114 https://harbour.example/1',
      'KENGOV>ETHGOV 041 C/call.txt',
    ]);
    const csv = await runCli(['events', '--db', db, '--format', 'csv', '--dyad', 'GBR-BLR']);
    expect(csv.stdout.split('\n')[0]).toBe('id,date,source,target,cameo,cameoName,plover,goldstein,quadClass,amount,currency,location,locationCountry,numMentions,numArticles,numSources,sources,evidence');
    expect(csv.stdout.split('\n')[1]).toMatch(/^\d+,2025-04-01,GBR,BLR,163,/);
  });

  it('changes nothing on a second run: every article is a duplicate', async () => {
    const r = await runCli(['ingest', corpus, '--db', db, '--threads', '1']);
    expect(r.stdout).toMatch(/^8 inputs: 0 articles ingested, 0 near-duplicate copies, 6 duplicates, 1 skipped, 1 failed;/);
  });

  it('names a store it cannot open', async () => {
    const r = await runCli(['events', '--db', join(dir, 'no-such-dir', 'x.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/there is no store at .*no-such-dir.*run 'dyad ingest' first/);
  });
});
