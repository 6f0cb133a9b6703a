// A stored document with every span the pipeline found in it: mentions, times, amounts and event evidence, each quoting the text.
import type { SqlDriver } from '../store/sql.js';

/** `[start, end)` in UTF-16 code units into the document text, and the text it quotes: `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface MentionSpan extends Span {
  /** PERSON, ORG, GPE, LOC, NORP or MISC. */
  type: string;
  /** The actor it was resolved to (GET /actors/{id}), or null. */
  entity: { id: number; name: string } | null;
}

export interface TimeSpan extends Span {
  /** DATE, TIME, DURATION or SET. */
  type: string;
  /** The normalised value: 2025-04-10, 2025-W15, P3D. */
  value: string;
}

export interface AmountSpan extends Span {
  amount: number;
  currency: string;
  approximate: boolean;
}

export interface EventSpan extends Span {
  /** The stored event this sentence reports (GET /events/{id}). */
  eventId: number;
  cameo: string;
  cameoName: string;
}

export interface DocumentView {
  /** The id given at ingest, else the path or URL. */
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  /** For a syndicated copy, the id of its original; else null. */
  copyOf: string | null;
  text: string;
  spans: { mentions: MentionSpan[]; times: TimeSpan[]; amounts: AmountSpan[]; events: EventSpan[] };
}

interface DocumentRow {
  id: number;
  doc_key: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  copy_of: string | null;
  text: string;
}

interface SpanRow {
  start_offset: number;
  end_offset: number;
  text: string;
}

const span = (r: SpanRow): Span => ({ start: r.start_offset, end: r.end_offset, text: r.text });

/**
 * The document stored under `key` with its spans, each list in text order; null when there is none.
 * @example (await readDocument(db, 'wire-a'))?.spans.events[0] // { start: 0, end: 168, text: 'NAIROBI, April 11 …', eventId: 1, cameo: '041', … }
 */
export async function readDocument(db: SqlDriver, key: string): Promise<DocumentView | null> {
  const d = await db.get<DocumentRow>(
    `SELECT d.id, d.doc_key, d.url, d.source, d.title, d.published, o.doc_key AS copy_of, d.text
     FROM documents d LEFT JOIN documents o ON o.id = d.copy_of WHERE d.doc_key = ?`,
    [key],
  );
  if (d === undefined) return null;
  const mentions = await db.all<SpanRow & { type: string; entity_id: number | null; name: string | null }>(
    `SELECT m.start_offset, m.end_offset, m.text, m.type, m.entity_id, e.name FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
     WHERE m.document_id = ? ORDER BY m.start_offset, m.end_offset, m.mention`,
    [d.id],
  );
  const times = await db.all<SpanRow & { type: string; value: string }>(
    'SELECT start_offset, end_offset, text, type, value FROM times WHERE document_id = ? ORDER BY start_offset, seq',
    [d.id],
  );
  const amounts = await db.all<SpanRow & { amount: number; currency: string; approximate: number }>(
    'SELECT start_offset, end_offset, text, amount, currency, approximate FROM quantities WHERE document_id = ? ORDER BY start_offset, seq',
    [d.id],
  );
  const events = await db.all<SpanRow & { event_id: number; cameo: string; cameo_name: string }>(
    `SELECT m.start_offset, m.end_offset, m.text, m.event_id, e.cameo, e.cameo_name FROM event_mentions m JOIN events e ON e.id = m.event_id
     WHERE m.document_id = ? ORDER BY m.start_offset, m.event_id`,
    [d.id],
  );
  return {
    id: d.doc_key,
    url: d.url,
    source: d.source,
    title: d.title,
    published: d.published,
    copyOf: d.copy_of,
    text: d.text,
    spans: {
      mentions: mentions.map((r) => ({ ...span(r), type: r.type, entity: r.entity_id === null ? null : { id: r.entity_id, name: r.name ?? r.text } })),
      times: times.map((r) => ({ ...span(r), type: r.type, value: r.value })),
      amounts: amounts.map((r) => ({ ...span(r), amount: r.amount, currency: r.currency, approximate: r.approximate === 1 })),
      events: events.map((r) => ({ ...span(r), eventId: r.event_id, cameo: r.cameo, cameoName: r.cameo_name })),
    },
  };
}
