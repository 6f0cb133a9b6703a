// Rows of a batch that wait for the batch's end, so PostgreSQL makes a few round trips per batch rather than several per article.
import { recordRoles, type RoleRows } from './entities.js';
import { insertRows } from './insert-rows.js';
import type { SqlDriver, SqlValue } from './sql.js';

/** A document written in this batch, for near-duplicate search before its band keys are stored. */
export interface BatchDocument {
  id: number;
  key: string;
  minhash: Uint32Array;
  copyOf: number | null;
}

/** Events whose GDELT counts one statement recomputes. */
const EVENTS_PER_COUNT = 200;

/**
 * Rows of a batch's articles that nothing in the batch reads back (mentions, times, amounts, band keys,
 * roles, search text, event mentions): held until the batch ends and written a table at a time.
 */
export class PendingRows {
  readonly bands: SqlValue[][] = [];
  readonly mentions: SqlValue[][] = [];
  readonly times: SqlValue[][] = [];
  readonly quantities: SqlValue[][] = [];
  readonly search: SqlValue[][] = [];
  readonly roles: RoleRows = [];
  readonly eventMentions: SqlValue[][] = [];
  /** Band key → documents of this batch that have it. */
  readonly byBand = new Map<string, BatchDocument[]>();
  /**
   * Stored event id → reports this batch has added to it. Its stored `num_mentions` is behind by this many
   * until the batch ends; the merge reads the sum, so a report sees the counts as if each mention were written at once.
   */
  readonly mentionsAdded = new Map<number, number>();

  /** Queues a report of a stored event. */
  addEventMention(eventId: number, row: SqlValue[]): void {
    this.eventMentions.push(row);
    this.mentionsAdded.set(eventId, (this.mentionsAdded.get(eventId) ?? 0) + 1);
  }

  async flush(db: SqlDriver): Promise<void> {
    await insertRows(db, 'document_bands', ['band', 'document_id'], this.bands);
    await insertRows(db, 'mentions', ['document_id', 'mention', 'type', 'text', 'start_offset', 'end_offset', 'entity_id'], this.mentions);
    await insertRows(db, 'times', ['document_id', 'seq', 'text', 'start_offset', 'end_offset', 'value', 'type'], this.times);
    await insertRows(db, 'quantities', ['document_id', 'seq', 'text', 'start_offset', 'end_offset', 'amount', 'currency', 'approximate'], this.quantities);
    if (db.dialect === 'sqlite') await insertRows(db, 'documents_fts', ['rowid', 'title', 'text'], this.search);
    await recordRoles(db, this.roles);
    await insertRows(
      db,
      'event_mentions',
      ['event_id', 'document_id', 'event_ref', 'sentence', 'start_offset', 'end_offset', 'text', 'date', 'date_source', 'cameo', 'confidence', 'pattern', 'is_copy'],
      this.eventMentions,
    );
    await countMentions(db, [...this.mentionsAdded.keys()]);
  }
}

/** GDELT's counts of each event: every mention; distinct articles and distinct outlets, not counting syndicated copies as new evidence. */
async function countMentions(db: SqlDriver, eventIds: number[]): Promise<void> {
  for (let i = 0; i < eventIds.length; i += EVENTS_PER_COUNT) {
    const ids = eventIds.slice(i, i + EVENTS_PER_COUNT);
    await db.run(
      `UPDATE events SET
         num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id),
         num_articles = (SELECT COUNT(DISTINCT m.document_id) FROM event_mentions m WHERE m.event_id = events.id AND m.is_copy = 0),
         num_sources = (SELECT COUNT(DISTINCT COALESCE(d.source, d.doc_key)) FROM event_mentions m JOIN documents d ON d.id = m.document_id
                        WHERE m.event_id = events.id AND m.is_copy = 0)
       WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
  }
}
