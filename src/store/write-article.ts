// Writes one read article into the store: its document, near-duplicate link, entities and roles, mentions, times, amounts and events.
import type { EventRecord } from '../document/record.js';
import { NEAR_DUPLICATE_THRESHOLD, signatureFromBuffer, similarity } from '../dedup/minhash.js';
import type { EntityResolver } from './entities.js';
import type { BatchDocument, PendingRows } from './pending-rows.js';
import type { SqlDriver } from './sql.js';
import { NAMED_TYPES, writeEvents, type EventReport } from './write-events.js';

/** An article read by the pipeline and ready to store. */
export interface PreparedArticle {
  /** The id given with the input (JSONL `id`), else the file path or URL: how `sources` name it. */
  key: string;
  /** SHA-256 of the text: the same text under another key is a duplicate. */
  hash: string;
  /** The input as given when it differs from the text (an HTML page), else null. */
  raw: string | null;
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

/** The document this near-duplicate copies, if any: the most similar one above the threshold, stored or earlier in the batch, followed to its original. */
async function findOriginal(db: SqlDriver, a: PreparedArticle, mine: Uint32Array, pending: PendingRows): Promise<{ id: number; key: string; similarity: number } | null> {
  if (a.bands.length === 0) return null;
  // The documents are found from the bands' index, then joined: written as "d.id IN (bands' documents) ORDER BY d.id",
  // PostgreSQL without statistics (autovacuum off, or not yet run) walks every document in id order and probes its
  // bands, so each article costs time in proportion to the store (350 ms at 9,000 Reuters stories, 4 ms this way).
  const stored = await db.all<{ id: number; doc_key: string; minhash: Buffer; copy_of: number | null }>(
    `SELECT d.id, d.doc_key, d.minhash, d.copy_of FROM documents d
     JOIN (SELECT DISTINCT document_id FROM document_bands WHERE band IN (${a.bands.map(() => '?').join(', ')}) ORDER BY document_id LIMIT 50) b
     ON d.id = b.document_id ORDER BY d.id`,
    a.bands,
  );
  const candidates: BatchDocument[] = stored.map((r) => ({ id: r.id, key: r.doc_key, minhash: signatureFromBuffer(r.minhash), copyOf: r.copy_of }));
  for (const band of a.bands) candidates.push(...(pending.byBand.get(band) ?? []));
  let best: (BatchDocument & { similarity: number }) | null = null;
  for (const c of candidates) {
    const s = similarity(mine, c.minhash);
    if (s >= NEAR_DUPLICATE_THRESHOLD && (best === null || s > best.similarity || (s === best.similarity && c.id < best.id))) best = { ...c, similarity: s };
  }
  if (best === null) return null;
  if (best.copyOf === null) return best;
  const original = await db.get<{ doc_key: string }>('SELECT doc_key FROM documents WHERE id = ?', [best.copyOf]);
  return { id: best.copyOf, key: original!.doc_key, similarity: best.similarity };
}

async function insertDocument(db: SqlDriver, a: PreparedArticle, copyOf: number | null, similarity: number | null): Promise<number | null> {
  const d = a.record.document;
  const row = await db.get<{ id: number }>(
    `INSERT INTO documents (doc_key, content_hash, url, source, title, published, dateline, raw, text, copy_of, copy_similarity, minhash, pipeline, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [a.key, a.hash, d.url, d.source, a.title, d.published, d.dateline, a.raw, d.text, copyOf, similarity, a.minhash, JSON.stringify(a.record.pipeline), new Date().toISOString()],
  );
  return row?.id ?? null;
}

/**
 * Writes one article inside the caller's transaction; rows nothing reads back wait in `pending`
 * for the end of the batch. A document whose key or text is already stored is a duplicate and
 * changes nothing; a near-duplicate is stored as a copy of its original, and its events count as
 * mentions but not as new articles or outlets.
 */
export async function writeArticle(db: SqlDriver, entities: EntityResolver, a: PreparedArticle, pending: PendingRows): Promise<WriteOutcome> {
  const signature = signatureFromBuffer(a.minhash);
  const original = await findOriginal(db, a, signature, pending);
  const documentId = await insertDocument(db, a, original?.id ?? null, original?.similarity ?? null);
  if (documentId === null) {
    const existing = await db.get<{ doc_key: string }>('SELECT doc_key FROM documents WHERE doc_key = ? OR content_hash = ?', [a.key, a.hash]);
    return { key: a.key, status: 'duplicate', of: existing?.doc_key ?? null, eventsCreated: 0, eventsMerged: 0 };
  }
  const r = a.record;
  const batchDocument = { id: documentId, key: a.key, minhash: signature, copyOf: original?.id ?? null };
  for (const band of a.bands) {
    pending.bands.push([band, documentId]);
    pending.byBand.set(band, [...(pending.byBand.get(band) ?? []), batchDocument]);
  }
  pending.search.push([documentId, a.title ?? '', r.document.text]);

  const published = r.document.published;
  const entityIds = await entities.resolveAll(r.entities);
  for (const entity of r.entities) pending.roles.push({ entityId: entityIds.get(entity.id)!, entity, published, documentId });
  for (const m of r.mentions) pending.mentions.push([documentId, m.id, m.type, m.text, m.start, m.end, entityIds.get(m.entity) ?? null]);
  for (const [i, t] of r.times.entries()) pending.times.push([documentId, i, t.text, t.start, t.end, t.value, t.type]);
  for (const [i, q] of r.quantities.entries()) pending.quantities.push([documentId, i, q.text, q.start, q.end, q.amount, q.currency, q.approximate ? 1 : 0]);
  const named = new Set(r.entities.filter((e) => e.named && NAMED_TYPES.has(e.type)).map((e) => e.id));
  const reports: EventReport[] = r.events.map((event) => ({
    event,
    sourceEntity: event.source ? (entityIds.get(event.source.entity) ?? null) : null,
    targetEntity: event.target ? (entityIds.get(event.target.entity) ?? null) : null,
    sourceNamed: event.source !== null && named.has(event.source.entity),
    targetNamed: event.target !== null && named.has(event.target.entity),
  }));
  const { created, merged } = await writeEvents(db, reports, { documentId, published, isCopy: original !== null }, pending);
  return { key: a.key, status: original ? 'copy' : 'ingested', of: original?.key ?? null, eventsCreated: created, eventsMerged: merged };
}
