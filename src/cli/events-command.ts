// `dyad events`: lists stored, merged events with their sources, as a table, JSONL or CSV.
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openStore, type EventFilter, type StoredEvent } from '../store/store.js';
import type { CliIo } from './extract-command.js';
import { countFlag, dayFlag, parseFlags, usage } from './options.js';
import { Sink } from './output.js';

export type EventsFormat = 'table' | 'jsonl' | 'csv';

export interface EventsCliOptions {
  db: string;
  filter: EventFilter;
  format: EventsFormat;
}

/**
 * Parses `dyad events` arguments.
 * @example parseEventsArgs(['--dyad', 'PAK-USA', '--code', '04']).filter // { dyad: ['PAK', 'USA'], code: '04', … }
 */
export function parseEventsArgs(argv: string[]): EventsCliOptions {
  const parsed = parseFlags({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string' },
      dyad: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      code: { type: 'string' },
      actor: { type: 'string' },
      format: { type: 'string', short: 'f' },
      limit: { type: 'string' },
      all: { type: 'boolean' },
    },
  });
  const v = parsed.values;
  const filter: EventFilter = { assertedOnly: !(v.all ?? false) };
  if (v.dyad !== undefined) {
    const m = /^([A-Za-z]{3})[-_/ ]([A-Za-z]{3})$/.exec(v.dyad);
    if (!m) throw usage(`--dyad ${showValue(v.dyad)} must be two country codes such as PAK-USA`);
    filter.dyad = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
  }
  filter.from = dayFlag('from', v.from);
  filter.to = dayFlag('to', v.to);
  if (v.code !== undefined) {
    if (!/^\d{2,4}$/.test(v.code)) throw usage(`--code ${showValue(v.code)} must be a CAMEO code or prefix such as 04 or 057`);
    filter.code = v.code;
  }
  if (v.actor !== undefined) filter.actor = v.actor;
  if (v.limit !== undefined) filter.limit = countFlag('limit', v.limit, 0);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl' && format !== 'csv') throw usage(`unknown format ${showValue(format)}; use table, jsonl or csv`);
  return { db: v.db ?? DEFAULT_DB, filter, format };
}

const CSV_COLUMNS = ['id', 'date', 'source', 'target', 'cameo', 'cameoName', 'plover', 'goldstein', 'quadClass', 'amount', 'currency', 'location', 'locationCountry', 'numMentions', 'numArticles', 'numSources', 'sources', 'evidence'];

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: string | number | null): string => {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function csvRow(e: StoredEvent): string {
  return [
    e.id,
    e.date,
    e.source?.code ?? null,
    e.target?.code ?? null,
    e.cameo,
    e.cameoName,
    e.plover,
    e.goldstein,
    e.quadClass,
    e.amount?.value ?? null,
    e.amount?.currency ?? null,
    e.location?.name ?? null,
    e.location?.country ?? null,
    e.numMentions,
    e.numArticles,
    e.numSources,
    e.sources.map((s) => s.id).join(' '),
    e.evidence,
  ]
    .map(csvField)
    .join(',');
}

function tableRow(e: StoredEvent): string {
  const who = `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`;
  const sources = `${e.numArticles} article${e.numArticles === 1 ? '' : 's'}, ${e.numSources} outlet${e.numSources === 1 ? '' : 's'}`;
  const evidence = e.evidence.length > 90 ? `${e.evidence.slice(0, 89)}…` : e.evidence;
  const place = e.location ? `in ${e.location.name}${e.location.country && e.location.kind !== 'country' ? ` (${e.location.country})` : ''}; ` : '';
  return `${(e.date ?? 'undated').padEnd(10)}  ${who.padEnd(17)}  ${e.cameo.padEnd(4)} ${e.cameoName.padEnd(34).slice(0, 34)}  ${sources.padEnd(22)}  "${evidence}"\n      ${place}sources: ${e.sources.map((s) => s.id + (s.copy ? ' (copy)' : '')).join(', ')}`;
}

/** Runs `dyad events`. @returns 0 (an empty result is not an error). */
export async function eventsCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseEventsArgs(argv);
  const store = await openStore(o.db, { create: false });
  const sink = new Sink(io.stdout);
  try {
    const events = await store.events(o.filter);
    if (o.format === 'csv') await sink.write(`${CSV_COLUMNS.join(',')}\n`);
    for (const e of events) {
      await sink.write(o.format === 'jsonl' ? `${JSON.stringify(e)}\n` : o.format === 'csv' ? `${csvRow(e)}\n` : `${tableRow(e)}\n`);
      if (sink.closed) break;
    }
    if (o.format === 'table') await sink.write(`${events.length.toLocaleString('en-US')} event${events.length === 1 ? '' : 's'}\n`);
  } finally {
    await store.close();
  }
  if (sink.failure) throw sink.failure;
  return 0;
}
