// `dyad timeline` on SQLite and PostgreSQL: articles about Kenya and Ethiopia across 2025 give the right events, dates and Goldstein series.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { createExtractor } from '../index.js';
import { prepareArticle } from '../ingest/prepare.js';
import type { Timeline } from './timeline.js';
import { parseTimelineArgs, timelineCommand } from './timeline-command.js';

// Stories written for this test: a phone call in March reported by two outlets, plans and a denial in May (not events that
// happened), a Kenya–Pakistan meeting in April (another dyad), an agreement in June, a July meeting retold in September, an accusation in October.
const ARTICLES: [key: string, published: string, text: string][] = [
  ['wire-call', '2025-03-14', 'NAIROBI, March 14 (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos on Thursday about the border crossing at Moyale.'],
  ['daily-call', '2025-03-14', "ADDIS ABABA (Highland Daily) - Ethiopia's Foreign Minister Gedion Timothewos held a phone call with Kenyan Foreign Minister Musalia Mudavadi on Thursday, the ministry said."],
  ['wire-pakistan', '2025-04-11', 'NAIROBI (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi met Pakistani Foreign Minister Ishaq Dar in Nairobi on Thursday.'],
  ['wire-plans', '2025-05-02', 'NAIROBI, May 2 (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi will meet Ethiopian Foreign Minister Gedion Timothewos in Addis Ababa next week. Kenya did not sign the agreement with Ethiopia on Thursday.'],
  ['wire-power', '2025-06-17', 'ADDIS ABABA, June 17 (Dyad Wire) - Kenya and Ethiopia signed an agreement on cross-border electricity trade in Addis Ababa on Monday.'],
  ['wire-customs', '2025-09-03', 'NAIROBI, Sept 3 (Dyad Wire) - Kenya and Ethiopia opened a new customs post at Moyale on Tuesday. In July, Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Gedion Timothewos in Nairobi.'],
  ['daily-accuse', '2025-10-09', 'ADDIS ABABA, Oct 9 (Highland Daily) - Ethiopia accused Kenya on Wednesday of allowing armed groups to cross the border near Moyale.'],
];

/** Goldstein scores from the CAMEO codebook the pipeline uses. */
const CAMEO = JSON.parse(readFileSync(new URL('../../knowledge/cameo.json', import.meta.url), 'utf8')) as { codes: { code: string; goldstein: number }[] };
const goldstein = (code: string): number => CAMEO.codes.find((c) => c.code === code)!.goldstein;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}
async function timeline(argv: string[]): Promise<string> {
  const stdout = new Capture();
  expect(await timelineCommand(argv, { stdin: Readable.from(['']), stdout, stderr: new Capture() })).toBe(0);
  return stdout.text;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-timeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The monthly timeline as JSON, per engine, to compare the engines at the end. */
const monthly = new Map<string, string>();

describe('parseTimelineArgs', () => {
  it('reads two codes, in either form, with the defaults', () => {
    expect(parseTimelineArgs(['pak', 'usa'])).toEqual({ db: 'dyad.db', a: 'PAK', b: 'USA', by: 'month', plot: null, format: 'table', from: undefined, to: undefined });
    expect(parseTimelineArgs(['PAK-USA', '--by', 'week', '--from', '2025-01-01', '--to', '2025-06-30', '--plot', 'p.svg', '-f', 'json', '--db', 'x.db'])).toEqual({
      db: 'x.db', a: 'PAK', b: 'USA', by: 'week', plot: 'p.svg', format: 'json', from: '2025-01-01', to: '2025-06-30',
    });
  });

  it.each([
    [[], 'timeline needs two country codes, such as: dyad timeline PAK USA'],
    [['PAKI', 'USA'], 'PAKI is not a country code; give two ISO 3166-1 alpha-3 codes such as PAK USA'],
    [['PAK'], 'timeline takes two country codes, such as PAK USA; got PAK'],
    [['PAK', 'USA', 'IND'], 'got PAK USA IND'],
    [['PAK', 'USA', '--by', 'year'], '--by year is not a period; use day, week or month'],
    [['PAK', 'USA', '--from', '2025-02-30'], '--from 2025-02-30 is not a real date'],
    [['PAK', 'USA', '--from', '2025-10-01', '--to', '2025-03-01'], '--from 2025-10-01 is after --to 2025-03-01'],
    [['PAK', 'USA', '--format', 'csv'], 'unknown format csv; use table or json'],
    [['PAK', 'USA', '--plot', 'chart.png'], '--plot chart.png must name an .svg file, such as pak-usa.svg'],
    [['PAK', 'USA', '--color'], 'unknown option --color'],
  ])('refuses %j with a usage error naming the value', (argv, message) => {
    expect(() => parseTimelineArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(message) }));
  });

  it('refuses a store that does not exist', async () => {
    await expect(timelineCommand(['KEN', 'ETH', '--db', join(dir, 'none.db')], { stdin: Readable.from(['']), stdout: new Capture(), stderr: new Capture() })).rejects.toMatchObject({ code: 'STORE' });
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad timeline on ${engine.name}`, () => {
    let db: string;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await engine.open();
      dispose = opened.dispose;
      const read = createExtractor();
      await opened.store.writeBatch(ARTICLES.map(([key, published, text]) => prepareArticle(read, { key, label: key, text, raw: text, title: null, published, url: null, source: null })));
      // The command takes only --db: on PostgreSQL, the test's schema goes in the URL as the session's search_path.
      db = opened.schema === undefined ? opened.spec : `${opened.spec}?options=${encodeURIComponent(`-c search_path=${opened.schema}`)}`;
    }, 60_000);
    afterAll(async () => dispose?.());

    it('puts the right events in the right months with their dates, and the Goldstein sum of each month', async () => {
      const t = JSON.parse(await timeline(['KEN', 'ETH', '--db', db, '--format', 'json'])) as Timeline;
      monthly.set(engine.name, JSON.stringify(t));
      expect(t.buckets.map((b) => [b.label, b.events.map((e) => [e.date, e.cameo, e.source, e.target])])).toEqual([
        ['2025-03', [['2025-03-13', '041', 'KENGOV', 'ETHGOV']]],
        ['2025-04', []],
        ['2025-05', []],
        ['2025-06', [['2025-06-16', '057', 'KEN', 'ETH']]],
        ['2025-07', [['2025-07', '040', 'KENGOV', 'ETHGOV']]],
        ['2025-08', []],
        ['2025-09', []],
        ['2025-10', [['2025-10-08', '112', 'ETH', 'KEN']]],
      ]);
      for (const b of t.buckets) {
        expect(b.goldsteinSum).toBeCloseTo(b.events.reduce((sum, e) => sum + goldstein(e.cameo), 0), 6);
        expect(b.count).toBe(b.events.length);
      }
      expect(t.buckets.map((b) => b.goldsteinSum)).toEqual([goldstein('041'), 0, 0, goldstein('057'), goldstein('040'), 0, 0, goldstein('112')]);
      const month = (label: string) => t.buckets.find((b) => b.label === label);
      expect(month('2025-09')).toMatchObject({ count: 0, byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 }, byRoot: {}, goldsteinMean: null });
      expect(month('2025-10')).toMatchObject({ byQuadClass: { 1: 0, 2: 0, 3: 1, 4: 0 }, byRoot: { '11': 1 }, goldsteinMean: goldstein('112') });
      expect(t.buckets[0]!.events[0]!.evidence).toBe('Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos');
      // "will meet … next week" is planned, "did not sign" is denied; the intent to meet it reports has no date of its own.
      expect([t.undated, t.coarse]).toEqual([1, 0]);
    });

    it('gives the same timeline whichever way round the dyad is named', async () => {
      const t = JSON.parse(await timeline(['ETH-KEN', '--db', db, '--format', 'json'])) as Timeline;
      expect(JSON.stringify({ ...t, dyad: ['KEN', 'ETH'] })).toBe(monthly.get(engine.name));
    });

    it('places the month-precise July meeting at July 1st on a weekly timeline, marked approximate, within --from and --to', async () => {
      const t = JSON.parse(await timeline(['KEN', 'ETH', '--db', db, '--format', 'json', '--by', 'week', '--from', '2025-06-01', '--to', '2025-07-31'])) as Timeline;
      expect(t.buckets[0]!.label).toBe('2025-W22');
      expect(t.buckets.at(-1)!.label).toBe('2025-W31');
      expect(t.buckets.filter((b) => b.count > 0).map((b) => [b.label, b.events.map((e) => [e.day, e.approximate])])).toEqual([
        ['2025-W25', [['2025-06-16', false]]],
        ['2025-W27', [['2025-07-01', true]]],
      ]);
    });

    it('prints a table with a line per month, the sparkline and the events, and draws the plot', async () => {
      const plot = join(dir, `${engine.name}.svg`);
      const out = await timeline(['KEN', 'ETH', '--db', db, '--plot', plot]);
      expect(out).toContain('KEN–ETH by month, 2025-03 to 2025-10: 4 events');
      expect(out).toContain('\n2025-06       1       1       0       0       0       +8.0   +8.00\n');
      expect(out).toContain('\n2025-10       1       0       0       1       0       -2.0   -2.00\n');
      expect(out).toContain('Goldstein sum per month: ▃▂▂█▃▂▂▁  (-2.0 to +8.0)');
      expect(out).toMatch(/\n2025-10-08 {3}ETH → KEN {9}112 {2}Accuse, not specified below +-2\.0 {2}"Ethiopia accused Kenya"\n/);
      expect(out).toContain(`not shown: 1 undated event\nplot written to ${plot}\n`);
      const svg = readFileSync(plot, 'utf8');
      expect(XMLValidator.validate(svg)).toBe(true);
      for (const label of ['Kenya – Ethiopia, 2025-03 to 2025-10', '2025-03-13 Discuss by telephone', '2025-06-16 Sign formal agreement', '2025-07 Consult, not specified below', '2025-10-08 Accuse, not specified below']) {
        expect(svg).toContain(label);
      }
    });

    it('has no periods for a dyad without events', async () => {
      expect(await timeline(['KEN', 'USA', '--db', db])).toBe('KEN–USA: no dated events\n');
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('dyad timeline on both engines', () => {
  it('gives identical results on SQLite and PostgreSQL', () => {
    expect(monthly.get('postgres')).toBe(monthly.get('sqlite'));
  });
});
