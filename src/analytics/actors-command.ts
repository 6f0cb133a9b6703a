// `dyad actors`: the people, organisations and places in the store, most events first, with their roles, as a table or JSONL.
import type { CliIo } from '../cli/extract-command.js';
import { countFlag, parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openDriver } from '../store/store.js';
import { listActors, type ActorSummary } from './actors.js';
import { shorten } from '../cli/words.js';

export type ActorsFormat = 'table' | 'jsonl';

export interface ActorsCliOptions {
  db: string;
  /** ISO 3166-1 alpha-3, upper case. */
  country?: string;
  type?: string;
  limit: number;
  format: ActorsFormat;
}

/** The entity types the pipeline stores. */
const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

/**
 * Parses `dyad actors` arguments (after the word `actors`). Defaults: --db dyad.db, --limit 50, --format table, every country and type.
 * @throws DyadError USAGE naming the bad country, type, limit or format.
 * @example parseActorsArgs(['--country', 'pak', '--type', 'person']) // { db: 'dyad.db', country: 'PAK', type: 'PERSON', limit: 50, format: 'table' }
 */
export function parseActorsArgs(argv: string[]): ActorsCliOptions {
  const parsed = parseFlags({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string' },
      country: { type: 'string' },
      type: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  const v = parsed.values;
  if (v.country !== undefined && !/^[A-Za-z]{3}$/.test(v.country)) throw usage(`--country ${showValue(v.country)} is not a country code; give an ISO 3166-1 alpha-3 code such as PAK`);
  const type = v.type?.toUpperCase();
  if (type !== undefined && !ENTITY_TYPES.includes(type)) throw usage(`--type ${showValue(v.type!)} is not an actor type; use ${ENTITY_TYPES.join(', ')}`);
  const limit = countFlag('limit', v.limit, 50);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl') throw usage(`unknown format ${showValue(format)}; use table or jsonl`);
  return { db: v.db ?? DEFAULT_DB, country: v.country?.toUpperCase(), type, limit, format };
}

const HEADER = `${'id'.padStart(6)}  ${'name'.padEnd(28)}  ${'type'.padEnd(6)}  country  sector  events  mentions  roles`;

function tableRow(a: ActorSummary): string {
  const roles = [...new Set(a.roles.map((r) => r.role))].join(', ');
  const counts = `${String(a.events).padStart(6)}  ${String(a.mentions).padStart(8)}`;
  return `${String(a.id).padStart(6)}  ${shorten(a.name, 28).padEnd(28)}  ${a.type.padEnd(6)}  ${(a.country ?? '–').padEnd(7)}  ${(a.sector ?? '–').padEnd(6)}  ${counts}  ${roles}`.trimEnd();
}

/** Runs `dyad actors` (argv after the word `actors`). @returns 0 (a store without actors is not an error). */
export async function actorsCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseActorsArgs(argv);
  const db = await openDriver(o.db, { create: false });
  let actors: ActorSummary[];
  try {
    actors = await listActors(db, { country: o.country, type: o.type, limit: o.limit });
  } finally {
    await db.close();
  }
  const sink = new Sink(io.stdout);
  if (o.format === 'jsonl') {
    for (const a of actors) {
      await sink.write(`${JSON.stringify(a)}\n`);
      if (sink.closed) break;
    }
  } else {
    const lines = actors.length === 0 ? [] : [HEADER, ...actors.map(tableRow)];
    await sink.write([...lines, `${actors.length} actor${actors.length === 1 ? '' : 's'}`].join('\n') + '\n');
  }
  if (sink.failure) throw sink.failure;
  return 0;
}
