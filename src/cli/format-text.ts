// Formats one event record as a readable summary: the document, its entities, then one event a line.
import type { EventRecord, RecordEvent } from '../document/record.js';

/** Longest evidence quote shown on an event line, in characters, before "…". */
export const EVIDENCE_WIDTH = 70;

const NO_DATE = '----------';

/** Collapses whitespace and cuts `text` to `width` characters, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1).trimEnd()}…`;
}

/** Markers for events that did not (yet) happen as stated: "[future]", "[negated]". */
function markers(event: RecordEvent): string {
  const marks = event.location ? [`in ${event.location.name}`] : [];
  if (event.modality !== 'asserted') marks.push(`[${event.modality}]`);
  if (event.negated) marks.push('[negated]');
  return marks.length ? `  ${marks.join(' ')}` : '';
}

/**
 * One event line, columns padded to the widths given:
 * `2025-09-13  USAGOV → PAKGOV  041 Discuss by telephone  "Secretary Rubio held a phone call…"`.
 */
export function formatEvent(event: RecordEvent, widths: { actor: number; cameo: number } = { actor: 6, cameo: 3 }): string {
  const date = (event.date ?? NO_DATE).padEnd(NO_DATE.length);
  const source = (event.source?.code ?? '-').padEnd(widths.actor);
  const target = (event.target?.code ?? '-').padEnd(widths.actor);
  const cameo = event.cameo.padEnd(widths.cameo);
  const quote = truncate(event.evidence.text, EVIDENCE_WIDTH);
  return `${date}  ${source} → ${target}  ${cameo} ${event.cameoName}  "${quote}"${markers(event)}`;
}

/** Pads each column of `rows` to its widest cell; the last column is not padded. */
function table(rows: string[][], indent = '  '): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/**
 * The text summary of one record, ending with a newline.
 * @example process.stdout.write(formatText(extract({ text, published: '2025-09-14' })))
 */
export function formatText(record: EventRecord): string {
  const { document: doc, entities, events } = record;
  const lines = [
    `document   ${doc.id}`,
    `dateline   ${doc.dateline ?? '-'}`,
    `published  ${doc.published ?? '-'}`,
    '',
    `entities (${entities.length})`,
    ...table(
      entities.map((e) => [
        e.id,
        e.type,
        e.name,
        [e.country, e.sector].filter(Boolean).join(' ') || '-',
        e.roles.join('; '),
      ]),
    ),
    '',
    `events (${events.length})`,
  ];
  const widths = {
    actor: Math.max(6, ...events.flatMap((e) => [e.source?.code.length ?? 1, e.target?.code.length ?? 1])),
    cameo: Math.max(3, ...events.map((e) => e.cameo.length)),
  };
  for (const event of events) lines.push(formatEvent(event, widths));
  return `${lines.join('\n')}\n`;
}
