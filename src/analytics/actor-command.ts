// `dyad actor NAME`: one actor found by name (or id) with its roles over time and its recent events; several matches are listed to pick from.
import { report, type CliIo } from '../cli/extract-command.js';
import { parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { nameKey } from '../store/entities.js';
import type { StoredEvent } from '../store/event-query.js';
import type { SqlDriver } from '../store/sql.js';
import { DEFAULT_DB, openDriver } from '../store/store.js';
import { actorById, findActors, type ActorSummary } from './actors.js';
import { plural, shorten } from '../cli/words.js';

export type ActorFormat = 'table' | 'json';

export interface ActorCliOptions {
  db: string;
  /** The name as typed (several words are joined by spaces), or null when --id picks the actor. */
  name: string | null;
  id: number | null;
  format: ActorFormat;
}

type Actor = ActorSummary & { recentEvents: StoredEvent[] };

/**
 * Parses `dyad actor` arguments (after the word `actor`): a name, unquoted words joined, or --id. Defaults: --db dyad.db, --format table.
 * @throws DyadError USAGE when there is no name, both a name and --id, or a bad id or format.
 * @example parseActorArgs(['Ishaq', 'Dar', '-f', 'json']) // { db: 'dyad.db', name: 'Ishaq Dar', id: null, format: 'json' }
 */
export function parseActorArgs(argv: string[]): ActorCliOptions {
  const parsed = parseFlags({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      id: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  const v = parsed.values;
  const name = parsed.positionals.join(' ').trim();
  if (name !== '' && v.id !== undefined) throw usage(`give a name or --id, not both (got ${showValue(name)} and --id ${showValue(v.id)})`);
  if (name === '' && v.id === undefined) throw usage('actor needs a name, such as: dyad actor "Ishaq Dar"');
  const id = v.id === undefined ? null : Number(v.id);
  if (id !== null && (!Number.isInteger(id) || id < 1)) throw usage(`--id ${showValue(v.id!)} must be an actor id, a whole number such as 12 (dyad actors lists them)`);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw usage(`unknown format ${showValue(format)}; use table or json`);
  return { db: v.db ?? DEFAULT_DB, name: name === '' ? null : name, id, format };
}

/**
 * The one actor a name means: the only one with exactly that name (by {@link nameKey}), else the only match at all; otherwise the
 * candidates to pick from (those with exactly that name when there are several, else every match).
 * @example pickActor('dar', await findActors(db, 'dar')) // the ActorSummary of Ishaq Dar, the only match
 */
export function pickActor(name: string, matches: ActorSummary[]): ActorSummary | ActorSummary[] {
  const exact = matches.filter((m) => nameKey(m.name) === nameKey(name));
  if (exact.length === 1) return exact[0]!;
  if (exact.length === 0 && matches.length === 1) return matches[0]!;
  return exact.length > 1 ? exact : matches;
}

const signed = (n: number): string => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

function placing(a: ActorSummary): string {
  return [a.type, a.country, a.sector].filter((x) => x !== null).join(', ');
}

function eventLine(e: StoredEvent): string {
  const who = `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`.padEnd(17);
  // "will meet … next week" is future, "did not sign" negated: listed, but marked as not having happened.
  const status = [e.negated ? 'negated' : '', e.modality === 'asserted' ? '' : e.modality].filter((w) => w !== '').join(' ');
  return `  ${(e.date ?? 'undated').padEnd(10)}  ${who} ${e.cameo.padEnd(4)} ${shorten(e.cameoName, 30).padEnd(30)} ${signed(e.goldstein).padStart(5)}  ${status.padEnd(12)} "${shorten(e.evidence, 80)}"`;
}

/** One actor for a terminal: who, the counts, the roles by first seen, then the recent events, newest first. */
function actorTable(a: Actor): string {
  const roles = a.roles.map((r) => `  ${(r.firstSeen ?? '–').padEnd(10)}  ${(r.lastSeen ?? '–').padEnd(10)}  ${shorten(r.role, 30).padEnd(30)}  ${r.country.padEnd(7)}  ${r.sector}`);
  const shown = a.recentEvents.length < a.events ? ` (the ${a.recentEvents.length} newest)` : '';
  return [
    `${a.name} (${placing(a)}), id ${a.id}: ${plural(a.events, 'event')}, ${plural(a.mentions, 'mention')}`,
    '',
    ...(roles.length === 0 ? ['no roles recorded'] : ['roles', `  ${'first seen'.padEnd(10)}  ${'last seen'.padEnd(10)}  ${'role'.padEnd(30)}  country  sector`, ...roles]),
    '',
    ...(a.recentEvents.length === 0 ? ['no events'] : [`events, newest first${shown}`, ...a.recentEvents.map(eventLine)]),
  ].join('\n');
}

function candidateLine(a: ActorSummary): string {
  return `${String(a.id).padStart(6)}  ${shorten(a.name, 28).padEnd(28)}  ${placing(a).padEnd(16)}  ${plural(a.events, 'event')}, ${plural(a.mentions, 'mention')}`;
}

/** The actor the options name, the candidates when a name is ambiguous, or a message saying nothing matched. */
async function lookUp(db: SqlDriver, o: ActorCliOptions): Promise<Actor | ActorSummary[] | string> {
  if (o.id !== null) return (await actorById(db, o.id)) ?? `no actor has id ${o.id}; list actors with: dyad actors`;
  const matches = await findActors(db, o.name!);
  if (matches.length === 0) return `no actor matches ${JSON.stringify(o.name)}; try part of the name, or list actors with: dyad actors`;
  const picked = pickActor(o.name!, matches);
  return Array.isArray(picked) ? picked : (await actorById(db, picked.id))!;
}

/**
 * Runs `dyad actor` (argv after the word `actor`).
 * @returns 0 with the actor; 1 when nothing matches (a message on stderr) or several do (they are listed on stdout, with how to pick one on stderr).
 */
export async function actorCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseActorArgs(argv);
  const db = await openDriver(o.db, { create: false });
  let found: Actor | ActorSummary[] | string;
  try {
    found = await lookUp(db, o);
  } finally {
    await db.close();
  }
  if (typeof found === 'string') {
    report(io, found);
    return 1;
  }
  const sink = new Sink(io.stdout);
  if (Array.isArray(found)) {
    await sink.write(o.format === 'json' ? `${JSON.stringify(found, null, 2)}\n` : `${found.map(candidateLine).join('\n')}\n`);
    const distinct = new Set(found.map((a) => nameKey(a.name))).size === found.length;
    const example = distinct ? `name one in full, such as: dyad actor ${JSON.stringify(found[0]!.name)}, or give its id: ` : 'pick one by id, such as: ';
    report(io, `${found.length} actors match ${JSON.stringify(o.name)}; ${example}dyad actor --id ${found[0]!.id}`);
  } else {
    await sink.write(o.format === 'json' ? `${JSON.stringify(found, null, 2)}\n` : `${actorTable(found)}\n`);
  }
  if (sink.failure) throw sink.failure;
  return Array.isArray(found) ? 1 : 0;
}
