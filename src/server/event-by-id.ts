// One stored event by its id, read through the store's own event query so it has exactly the shape events have in lists.
import { storedEvents } from '../export/export-command.js';
import type { StoredEvent } from '../store/store.js';
import type { ApiCore } from './core.js';

/**
 * The event with this id, or null. The store's query cannot select by id, so it is narrowed to the event's own
 * country pair, code and date window (a handful of events) and the event is picked out.
 * @example await eventById(core, 12) // { id: 12, cameo: '041', … }
 */
export async function eventById(core: ApiCore, id: number): Promise<StoredEvent | null> {
  const row = await core.db.get<{ source_country: string; target_country: string; cameo: string; date_lo: string | null; date_hi: string | null }>(
    'SELECT source_country, target_country, cameo, date_lo, date_hi FROM events WHERE id = ?',
    [id],
  );
  if (row === undefined) return null;
  const filter = { dyad: [row.source_country, row.target_country] as [string, string], code: row.cameo, from: row.date_lo ?? undefined, to: row.date_hi ?? undefined, assertedOnly: false };
  for await (const event of storedEvents(core.store, filter)) if (event.id === id) return event;
  return null;
}
