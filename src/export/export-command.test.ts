// `dyad export` on SQLite and PostgreSQL: fills a store with articles written for the test, exports each format and reads it back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { createExtractor } from '../index.js';
import { prepareArticle } from '../ingest/prepare.js';
import type { Store, StoredEvent } from '../store/store.js';
import { EXPORT_CSV_COLUMNS } from './csv.js';
import { exportCommand, parseExportArgs, type ExportRun } from './export-command.js';
import { GDELT_COLUMNS } from './gdelt.js';
import type { PloverRecord } from './plover.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** A small RFC 4180 reader: commas split fields; a quoted field may hold commas, line breaks and doubled quotes; rows end in CRLF or LF. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r' || text[i + 1] !== '\n') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Rows of a GDELT file read by the codebook's column names. */
const readGdelt = (text: string): Record<string, string>[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields = line.split('\t');
      expect(fields).toHaveLength(61);
      return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, fields[i]!]));
    });

// Stories written for these tests: a meeting two outlets report, a criticism, and an arrest, an aid pledge and a call in May.
const MARCH_WIRE =
  'BRASILIA, March 14 (Dyad Wire) - Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein in Brasilia on Thursday to discuss barge traffic on the Parana river. ' +
  'At a news conference afterwards, Vieira, speaking in Brasilia, "firmly" criticised Argentine Foreign Minister Gerardo Werthein over grain tariffs.';
const MARCH_POST = 'BUENOS AIRES (Pampas Post) - Argentine Foreign Minister Gerardo Werthein met Brazilian Foreign Minister Mauro Vieira in Brasilia on Thursday, his ministry said.';
const MAY_WIRE =
  'SAO PAULO, May 2 (Dyad Wire) - Brazilian police arrested 40 Argentine protesters near the border on Friday. ' +
  "Brazil, Argentina's largest trading partner, pledged $200 million in aid to Argentina on Friday. " +
  'Brazilian Foreign Minister Mauro Vieira spoke by telephone with Argentine Foreign Minister Gerardo Werthein in May.';

const NOW = new Date('2025-06-01T12:30:45Z');

/** The connection string the command opens: for PostgreSQL it names the test's schema, as the command takes no schema of its own. */
function commandSpec(opened: { spec: string; schema?: string }): string {
  if (opened.schema === undefined) return opened.spec;
  const url = new URL(opened.spec);
  url.searchParams.set('options', `-c search_path=${opened.schema}`);
  return url.toString();
}

describe('parseExportArgs', () => {
  it('reads the format, the output file and the filter flags of dyad events', () => {
    expect(parseExportArgs(['--format', 'gdelt', '--dyad', 'bra-arg', '--code', '04', '--from', '2025-03-01', '--actor', 'Vieira', '-o', 'out.tsv', '--db', 'x.db'])).toEqual({
      db: 'x.db',
      format: 'gdelt',
      output: 'out.tsv',
      filter: { dyad: ['BRA', 'ARG'], code: '04', from: '2025-03-01', to: undefined, actor: 'Vieira', assertedOnly: true },
    });
    expect(parseExportArgs(['-f', 'plover', '--all'])).toMatchObject({ db: 'dyad.db', format: 'plover', output: null, filter: { assertedOnly: false } });
  });

  it('requires --format and refuses one it does not know', () => {
    expect(() => parseExportArgs([])).toThrow('export needs --format: gdelt, plover, csv, jsonl');
    expect(() => parseExportArgs(['--format', 'table'])).toThrow(/unknown export format .*table.*; use gdelt, plover, csv, jsonl/);
  });

  it('refuses what dyad events refuses, and --limit: an export is every matching event', () => {
    expect(() => parseExportArgs(['--format', 'csv', '--dyad', 'Brazil'])).toThrow(/--dyad .* must be two country codes/);
    expect(() => parseExportArgs(['--format', 'csv', '--code', 'consult'])).toThrow(/--code .* must be a CAMEO code/);
    expect(() => parseExportArgs(['--format', 'csv', '--limit', '5'])).toThrow('unknown option --limit');
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad export on ${engine.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let spec: string;
    let stored: StoredEvent[];
    let dir: string;

    beforeAll(async () => {
      const read = createExtractor();
      const article = (key: string, published: string, text: string, source: string, url: string | null) =>
        prepareArticle(read, { key, label: key, text, raw: text, title: null, published, url, source });
      const opened = await engine.open();
      ({ store, dispose } = opened);
      spec = commandSpec(opened);
      await store.writeBatch([
        article('wire-march', '2025-03-14', MARCH_WIRE, 'Dyad Wire', 'https://wire.example/march'),
        article('post-march', '2025-03-15', MARCH_POST, 'Pampas Post', 'https://post.example/march'),
        article('wire-may', '2025-05-02', MAY_WIRE, 'Dyad Wire', null),
      ]);
      stored = await store.events();
      dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dispose?.();
    });

    const exported = async (argv: string[], run: ExportRun = { now: NOW }) => {
      const stdout = new Capture();
      const code = await exportCommand([...argv, '--db', spec], { stdin: Readable.from(['']), stdout, stderr: new Capture() }, run);
      return { code, stdout: stdout.text };
    };

    it('has the five events the articles report, the meeting merged from two outlets', () => {
      expect(stored.map((e) => [e.date, e.cameo, e.numSources])).toEqual([
        ['2025-03-13', '040', 2],
        ['2025-03-13', '111', 1],
        ['2025-05', '041', 1],
        ['2025-05-02', '173', 1],
        ['2025-05-02', '033', 1],
      ]);
    });

    it("writes GDELT rows that GDELT's column list reads back: 61 fields, GDELT's dates and CAMEO codes", async () => {
      const { code, stdout } = await exported(['--format', 'gdelt']);
      expect(code).toBe(0);
      const rows = readGdelt(stdout);
      expect(rows.map((r) => r.GlobalEventID)).toEqual(stored.map((e) => String(e.id)));
      expect(rows.map((r) => [r.Day, r.MonthYear, r.Actor1Code, r.Actor2Code, r.EventCode, r.EventBaseCode, r.EventRootCode, r.QuadClass, r.GoldsteinScale, r.NumSources, r.SOURCEURL])).toEqual([
        ['20250313', '202503', 'BRAGOV', 'ARGGOV', '040', '040', '04', '1', '1', '2', 'https://wire.example/march'],
        ['20250313', '202503', 'BRAGOV', 'ARGGOV', '111', '111', '11', '3', '-2', '1', 'https://wire.example/march'],
        ['20250501', '202505', 'BRAGOV', 'ARGGOV', '041', '041', '04', '1', '1', '1', 'wire-may'],
        ['20250502', '202505', 'BRACOP', 'ARGCVL', '173', '173', '17', '4', '-5', '1', 'wire-may'],
        ['20250502', '202505', 'BRA', 'ARG', '033', '033', '03', '1', '5.2', '1', 'wire-may'],
      ]);
      expect(rows[3]).toMatchObject({ Actor1Name: 'BRAZILIAN POLICE', Actor1CountryCode: 'BRA', Actor1Type1Code: 'COP', Actor2Type1Code: 'CVL', DATEADDED: '20250601123045', ActionGeo_Type: '' });
    });

    it('writes CSV that an RFC 4180 reader reads back to the stored values, quotes and commas included', async () => {
      const [header, ...rows] = readCsv((await exported(['--format', 'csv'])).stdout);
      expect(header).toEqual(EXPORT_CSV_COLUMNS);
      expect(rows.every((r) => r.length === EXPORT_CSV_COLUMNS.length)).toBe(true);
      const records = rows.map((r) => Object.fromEntries(EXPORT_CSV_COLUMNS.map((name, i) => [name, r[i]!])));
      expect(records.map((r) => r.evidence)).toEqual(stored.map((e) => e.evidence));
      expect(records[1]!.evidence).toBe('Vieira, speaking in Brasilia, "firmly" criticised Argentine Foreign Minister Gerardo Werthein');
      expect(records[0]).toMatchObject({ sourceName: 'Mauro Vieira', targetCode: 'ARGGOV', sources: 'wire-march post-march', urls: 'https://wire.example/march https://post.example/march' });
      expect(records[4]).toMatchObject({ cameo: '033', amount: '200000000', currency: 'USD', sourceSector: '', urls: '' });
    });

    it('writes PLOVER records as JSON lines with the type, the mode and context the CAMEO code implies, and the sources', async () => {
      const records = (await exported(['--format', 'plover'])).stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as PloverRecord);
      expect(records.map((r) => [r.event_date, r.event_type, r.event_mode, r.event_context, r.cameo])).toEqual([
        ['2025-03-13', 'CONSULT', null, [], '040'],
        ['2025-03-13', 'ACCUSE', 'disapprove', [], '111'],
        ['2025-05', 'CONSULT', 'phone', [], '041'],
        ['2025-05-02', 'COERCE', 'arrest', ['legal'], '173'],
        ['2025-05-02', 'AGREE', null, ['diplomatic'], '033'],
      ]);
      expect(records[0]!.sources).toEqual([
        { id: 'wire-march', url: 'https://wire.example/march' },
        { id: 'post-march', url: 'https://post.example/march' },
      ]);
      expect(records[3]).toMatchObject({ event_text: 'Brazilian police arrested 40 Argentine protesters', recipient: { name: 'Argentine protesters', country: 'ARG', sector: 'CVL', code: 'ARGCVL' } });
    });

    it('writes JSONL that reads back equal to the stored events', async () => {
      const lines = (await exported(['--format', 'jsonl'])).stdout.split('\n').filter((l) => l !== '');
      expect(lines.map((l) => JSON.parse(l) as StoredEvent)).toEqual(stored);
    });

    it('narrows the export with the filter flags of dyad events', async () => {
      expect(readGdelt((await exported(['--format', 'gdelt', '--code', '17'])).stdout).map((r) => r.EventCode)).toEqual(['173']);
      expect(readGdelt((await exported(['--format', 'gdelt', '--actor', 'werthein', '--from', '2025-05-01'])).stdout).map((r) => r.EventCode)).toEqual(['041']);
      expect(readGdelt((await exported(['--format', 'gdelt', '--dyad', 'ARG-BRA', '--to', '2025-03-31'])).stdout).map((r) => r.EventCode)).toEqual(['040', '111']);
      expect((await exported(['--format', 'csv', '--dyad', 'KEN-ETH'])).stdout).toBe(`${EXPORT_CSV_COLUMNS.join(',')}\r\n`);
      expect((await exported(['--format', 'gdelt', '--dyad', 'KEN-ETH'])).stdout).toBe('');
    });

    it('reads the store a page at a time and writes the same events as in one page', async () => {
      const whole = await exported(['--format', 'jsonl']);
      for (const pageSize of [1, 2, 5]) expect((await exported(['--format', 'jsonl'], { now: NOW, pageSize })).stdout).toBe(whole.stdout);
    });

    it('writes to -o FILE, and nothing to stdout', async () => {
      const file = join(dir, `events-${engine.name}.csv`);
      const { code, stdout } = await exported(['--format', 'csv', '-o', file]);
      expect([code, stdout]).toEqual([0, '']);
      expect(readFileSync(file, 'utf8')).toBe((await exported(['--format', 'csv'])).stdout);
    });

    it('refuses an -o FILE in a folder that does not exist', async () => {
      await expect(exported(['--format', 'csv', '-o', join(dir, 'missing', 'events.csv')])).rejects.toMatchObject({ code: 'USAGE', message: /cannot be written/ });
    });
  });
}

describe('dyad export without a store', () => {
  it('refuses a store that does not exist instead of creating an empty one', async () => {
    const io = { stdin: Readable.from(['']), stdout: new Capture(), stderr: new Capture() };
    await expect(exportCommand(['--format', 'csv', '--db', join(tmpdir(), 'dyad-export-no-such-store.db')], io)).rejects.toMatchObject({ code: 'STORE', message: /there is no store/ });
  });
});
