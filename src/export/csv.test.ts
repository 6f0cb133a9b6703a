// CSV export rows: a header, both actors spelled out, RFC 4180 quoting, empty cells for unknown values.
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/event-query.js';
import { csvLines, EXPORT_CSV_COLUMNS, exportCsvRow } from './csv.js';

const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 2,
  date: '2025-03-13',
  cameo: '111',
  cameoName: 'Criticize or denounce',
  plover: 'ACCUSE',
  goldstein: -2,
  quadClass: 3,
  source: { name: 'Mauro Vieira', country: 'BRA', sector: 'GOV', code: 'BRAGOV' },
  target: { name: 'Gerardo Werthein', country: 'ARG', sector: 'GOV', code: 'ARGGOV' },
  amount: null,
  location: { name: 'Brasilia', country: 'BRA', kind: 'city' },
  negated: false,
  modality: 'asserted',
  confidence: 0.9,
  numMentions: 1,
  numArticles: 1,
  numSources: 1,
  sources: [{ id: 'wire-march', url: 'https://wire.example/march', copy: false }],
  evidence: 'Vieira, speaking in Brasilia, "firmly" criticised Argentine Foreign Minister Gerardo Werthein',
  ...over,
});

describe('exportCsvRow', () => {
  it('writes every column, quoting the evidence that holds commas and quotes, and the place', () => {
    expect(exportCsvRow(event())).toBe(
      '2,2025-03-13,BRAGOV,Mauro Vieira,BRA,GOV,ARGGOV,Gerardo Werthein,ARG,GOV,111,Criticize or denounce,ACCUSE,-2,3,,,Brasilia,BRA,city,false,asserted,0.9,1,1,1,wire-march,https://wire.example/march,' +
        '"Vieira, speaking in Brasilia, ""firmly"" criticised Argentine Foreign Minister Gerardo Werthein"',
    );
  });

  it('writes an amount, and leaves empty the unknown sector, the missing target, the missing place and the missing URL', () => {
    const row = exportCsvRow(
      event({
        cameo: '033',
        cameoName: 'Express intent to provide material aid, not specified below',
        plover: 'AGREE',
        goldstein: 5.2,
        quadClass: 1,
        source: { name: 'Brazil', country: 'BRA', sector: null, code: 'BRA' },
        target: null,
        amount: { value: 200000000, currency: 'USD', text: '$200 million' },
        location: null,
        sources: [
          { id: 'wire-may', url: null, copy: false },
          { id: 'post-may', url: 'https://post.example/may', copy: false },
        ],
        evidence: 'Brazil pledged $200 million in aid',
      }),
    );
    expect(row).toBe('2,2025-03-13,BRA,Brazil,BRA,,,,,,033,"Express intent to provide material aid, not specified below",AGREE,5.2,1,200000000,USD,,,,false,asserted,0.9,1,1,1,wire-may post-may,https://post.example/may,Brazil pledged $200 million in aid');
  });
});

describe('csvLines', () => {
  it('starts with the header and ends every line in CRLF', async () => {
    async function* one() {
      yield event({ evidence: 'two\nlines' });
    }
    const lines: string[] = [];
    for await (const line of csvLines(one())) lines.push(line);
    expect(lines[0]).toBe(`${EXPORT_CSV_COLUMNS.join(',')}\r\n`);
    expect(EXPORT_CSV_COLUMNS.slice(0, 3)).toEqual(['id', 'date', 'sourceCode']);
    expect(lines[1]).toMatch(/,"two\nlines"\r\n$/);
    expect(lines).toHaveLength(2);
  });

  it('writes the header alone when no event matches', async () => {
    const lines: string[] = [];
    for await (const line of csvLines((async function* () {})())) lines.push(line);
    expect(lines).toEqual([`${EXPORT_CSV_COLUMNS.join(',')}\r\n`]);
  });
});
