// Stored events as CSV (RFC 4180): a header, then one row per event with both actors spelled out.
import { csvField } from '../cli/events-command.js';
import type { StoredEvent } from '../store/event-query.js';

type Cell = string | number | boolean | null;

/** Each column's name and how to read it from an event; the header and the rows both come from this list. */
const COLUMNS: [string, (e: StoredEvent) => Cell][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['sourceCode', (e) => e.source?.code ?? null],
  ['sourceName', (e) => e.source?.name ?? null],
  ['sourceCountry', (e) => e.source?.country ?? null],
  ['sourceSector', (e) => e.source?.sector ?? null],
  ['targetCode', (e) => e.target?.code ?? null],
  ['targetName', (e) => e.target?.name ?? null],
  ['targetCountry', (e) => e.target?.country ?? null],
  ['targetSector', (e) => e.target?.sector ?? null],
  ['cameo', (e) => e.cameo],
  ['cameoName', (e) => e.cameoName],
  ['plover', (e) => e.plover],
  ['goldstein', (e) => e.goldstein],
  ['quadClass', (e) => e.quadClass],
  ['amount', (e) => e.amount?.value ?? null],
  ['currency', (e) => e.amount?.currency ?? null],
  ['location', (e) => e.location?.name ?? null],
  ['locationCountry', (e) => e.location?.country ?? null],
  ['locationKind', (e) => e.location?.kind ?? null],
  ['negated', (e) => e.negated],
  ['modality', (e) => e.modality],
  ['confidence', (e) => e.confidence],
  ['numMentions', (e) => e.numMentions],
  ['numArticles', (e) => e.numArticles],
  ['numSources', (e) => e.numSources],
  // Several reports: ids separated by spaces, and the URLs that are known, likewise.
  ['sources', (e) => e.sources.map((s) => s.id).join(' ')],
  ['urls', (e) => e.sources.flatMap((s) => (s.url === null ? [] : [s.url])).join(' ')],
  ['evidence', (e) => e.evidence],
];

/** The export's CSV header, in column order. */
export const EXPORT_CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/**
 * One event as a CSV row (no line break at the end), quoted where RFC 4180 needs it; unknown values are empty.
 * @example exportCsvRow(event) // '7,2025-03-13,BRAGOV,Mauro Vieira,BRA,GOV,ARGGOV,…'
 */
export function exportCsvRow(e: StoredEvent): string {
  return COLUMNS.map(([, read]) => {
    const value = read(e);
    return csvField(typeof value === 'boolean' ? String(value) : value);
  }).join(',');
}

/**
 * Lines of a CSV file: the header, then one row per event, each ending in CRLF as RFC 4180 asks.
 * @example for await (const line of csvLines(events)) await sink.write(line)
 */
export async function* csvLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  yield `${EXPORT_CSV_COLUMNS.join(',')}\r\n`;
  for await (const e of events) yield `${exportCsvRow(e)}\r\n`;
}
