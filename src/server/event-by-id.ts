// One stored event by its id, in exactly the shape events have in lists.
import { eventsByIds } from '../store/event-query.js';
import type { StoredEvent } from '../store/store.js';
import type { ApiCore } from './core.js';

/**
 * The event with this id, or null.
 * @example await eventById(core, 12) // { id: 12, cameo: '041', … }
 */
export async function eventById(core: ApiCore, id: number): Promise<StoredEvent | null> {
  const [event] = await eventsByIds(core.db, [id]);
  return event ?? null;
}
