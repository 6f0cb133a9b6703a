// Writes one read article into the store: its document, near-duplicate link, entities and roles, mentions, times, amounts and events.
import type { EventRecord } from '../document/record.js';
import { NEAR_DUPLICATE_THRESHOLD, signatureFromBuffer, similarity } from '../dedup/minhash.js';
import { recordRoles, type EntityResolver } from './entities.js';
import { insertRows } from './insert-rows.js';
import type { SqlDriver } from './sql.js';
import { writeEvents, type EventReport } from './write-events.js';

/** An article read by the pipeline and ready to store. */
export interface PreparedArticle {
  /** The id given with the input (JSONL `id`), else the file path or URL: how `sources` name it. */
  key: string;
  /** SHA-256 of the text: the same text under another key is a duplicate. */
  hash: string;
  /** The input as given: the HTML page, or the text itself. */
  raw: string;
  title: string | null;
  record: EventRecord;
  /** MinHash signature of the text (src/dedup/minhash.ts) and its LSH band keys. */
  minhash: Buffer;
  bands: string[];
}

export type WriteStatus = 'ingested' | 'copy' | 'duplicate';

export interface WriteOutcome {
  key: string;
  status: WriteStatus;
  /** For a duplicate: the key of the stored document it repeats; for a copy: the key of the original. */
  of: string | null;
  eventsCreated: number;
  eventsMerged: number;
}

/** The stored document this near-duplicate copies, if any: the most similar one above the threshold, followed to its original. */
async function findOriginal(db: SqlDriver, a: PreparedArticle, documentId: number): Promise<{ id: number; key: string; similarity: number } | null> {
  if (a.bands.length === 0) return null;
  const rows = await db.all<{ id: number; doc_key: string; minhash: Buffer; copy_of: number | null }>(
    `SELECT d.id, d.doc_key, d.minhash, d.copy_of FROM documents d
     WHERE d.id IN (SELECT document_id FROM document_bands WHERE band IN (${a.bands.map(() => '?').join(', ')})) AND d.id <> ?
     ORDER BY d.id LIMIT 50`,
    [...a.bands, documentId],
  );
  const mine = signatureFromBuffer(a.minhash);
  let best: { id: number; key: string; similarity: number; copyOf: number | null } | null = null;
  for (const r of rows) {
    const s = similarity(mine, signatureFromBuffer(r.minhash));
    if (s >= NEAR_DUPLICATE_THRESHOLD && (best === null || s > best.similarity)) best = { id: r.id, key: r.doc_key, similarity: s, copyOf: r.copy_of };
  }
  if (best === null) return null;
  if (best.copyOf === null) return best;
  const original = await db.get<{ doc_key: string }>('SELECT doc_key FROM documents WHERE id = ?', [best.copyOf]);
  return { id: best.copyOf, key: original!.doc_key, similarity: best.similarity };
}

async function insertDocument(db: SqlDriver, a: PreparedArticle): Promise<number | null> {
  const d = a.record.document;
  const row = await db.get<{ id: number }>(
    `INSERT INTO documents (doc_key, content_hash, url, source, title, published, dateline, raw, text, minhash, pipeline, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [a.key, a.hash, d.url, d.source, a.title, d.published, d.dateline, a.raw === d.text ? null : a.raw, d.text, a.minhash, JSON.stringify(a.record.pipeline), new Date().toISOString()],
  );
  return row?.id ?? null;
}

/**
 * Writes one article inside the caller's transaction. A document whose key or text is already
 * stored is a duplicate and changes nothing; a near-duplicate is stored as a copy of its original,
 * and its events count as mentions but not as new articles or outlets.
 */
export async function writeArticle(db: SqlDriver, entities: EntityResolver, a: PreparedArticle): Promise<WriteOutcome> {
  const documentId = await insertDocument(db, a);
  if (documentId === null) {
    const existing = await db.get<{ doc_key: string }>('SELECT doc_key FROM documents WHERE doc_key = ? OR content_hash = ?', [a.key, a.hash]);
    return { key: a.key, status: 'duplicate', of: existing?.doc_key ?? null, eventsCreated: 0, eventsMerged: 0 };
  }
  const r = a.record;
  if (db.dialect === 'sqlite') await db.run('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)', [documentId, a.title ?? '', r.document.text]);
  const original = await findOriginal(db, a, documentId);
  if (original) await db.run('UPDATE documents SET copy_of = ?, copy_similarity = ? WHERE id = ?', [original.id, original.similarity, documentId]);
  await insertRows(db, 'document_bands', ['band', 'document_id'], a.bands.map((b) => [b, documentId]));

  const published = r.document.published;
  const entityIds = new Map<string, number>();
  for (const e of r.entities) {
    const id = await entities.resolve(e);
    entityIds.set(e.id, id);
    await recordRoles(db, id, e, published, documentId);
  }
  await insertRows(
    db,
    'mentions',
    ['document_id', 'mention', 'type', 'text', 'start_offset', 'end_offset', 'entity_id'],
    r.mentions.map((m) => [documentId, m.id, m.type, m.text, m.start, m.end, entityIds.get(m.entity) ?? null]),
  );
  await insertRows(
    db,
    'times',
    ['document_id', 'seq', 'text', 'start_offset', 'end_offset', 'value', 'type'],
    r.times.map((t, i) => [documentId, i, t.text, t.start, t.end, t.value, t.type]),
  );
  await insertRows(
    db,
    'quantities',
    ['document_id', 'seq', 'text', 'start_offset', 'end_offset', 'amount', 'currency', 'approximate'],
    r.quantities.map((q, i) => [documentId, i, q.text, q.start, q.end, q.amount, q.currency, q.approximate ? 1 : 0]),
  );
  const reports: EventReport[] = r.events.map((event) => ({
    event,
    sourceEntity: entityIds.get(event.source.entity) ?? null,
    targetEntity: event.target ? (entityIds.get(event.target.entity) ?? null) : null,
  }));
  const { created, merged } = await writeEvents(db, reports, { documentId, published, isCopy: original !== null });
  return { key: a.key, status: original ? 'copy' : 'ingested', of: original?.key ?? null, eventsCreated: created, eventsMerged: merged };
}
