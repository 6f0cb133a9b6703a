// Dyad's stored events as JSON lines, one event a line, as `dyad events --format jsonl` prints them.
import type { StoredEvent } from '../store/store.js';

/**
 * @example for await (const line of jsonlLines(storedEvents(store, {}))) out.write(line)
 */
export async function* jsonlLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  for await (const e of events) yield `${JSON.stringify(e)}\n`;
}
