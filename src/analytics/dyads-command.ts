// `dyad dyads`: the country pairs with the most events, with their Goldstein sum and mean and first and last dates, as a table or JSONL.
import type { CliIo } from '../cli/extract-command.js';
import { countFlag, dayFlag, parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openDriver } from '../store/store.js';
import { topDyads, type DyadQuery, type DyadSummary } from './dyads.js';

export type DyadsFormat = 'table' | 'jsonl';

export interface DyadsCliOptions extends DyadQuery {
  db: string;
  format: DyadsFormat;
}

/**
 * Parses `dyad dyads` arguments (after the word `dyads`). Defaults: --db dyad.db, --top 20, --format table, all dates.
 * @throws DyadError USAGE naming the bad number, date or format.
 * @example parseDyadsArgs(['--top', '5', '--from', '2025-01-01']) // { db: 'dyad.db', top: 5, from: '2025-01-01', to: undefined, format: 'table' }
 */
export function parseDyadsArgs(argv: string[]): DyadsCliOptions {
  const parsed = parseFlags({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string' },
      top: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  const v = parsed.values;
  const top = countFlag('top', v.top, 20);
  const from = dayFlag('from', v.from);
  const to = dayFlag('to', v.to);
  if (from !== undefined && to !== undefined && from > to) throw usage(`--from ${from} is after --to ${to}; give the earlier day first`);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl') throw usage(`unknown format ${showValue(format)}; use table or jsonl`);
  return { db: v.db ?? DEFAULT_DB, top, from, to, format };
}

const signed = (n: number, places: number): string => (n > 0 ? `+${n.toFixed(places)}` : n.toFixed(places));

const HEADER = `${'pair'.padEnd(9)}  events  goldstein    mean  first       last`;

function tableRow(d: DyadSummary): string {
  const mean = d.goldsteinMean === null ? '–' : signed(d.goldsteinMean, 2);
  return `${`${d.a}–${d.b}`.padEnd(9)}  ${String(d.events).padStart(6)}  ${signed(d.goldsteinSum, 1).padStart(9)}  ${mean.padStart(6)}  ${(d.first ?? '–').padEnd(10)}  ${d.last ?? '–'}`;
}

/** The dates asked for, as words: " from 2025-01-01 to 2025-06-30", " from 2025-01-01 on", " up to 2025-06-30", or ''. */
function range(o: DyadsCliOptions): string {
  if (o.from !== undefined) return o.to !== undefined ? ` from ${o.from} to ${o.to}` : ` from ${o.from} on`;
  return o.to !== undefined ? ` up to ${o.to}` : '';
}

/** What the table is about: "top 20 country pairs by events from 2025-01-01 on", or that there is nothing. */
function title(o: DyadsCliOptions, shown: number): string {
  if (shown === 0) return `no events between two countries${range(o)}`;
  return `${shown < o.top ? `${shown} country pair${shown === 1 ? '' : 's'}` : `top ${o.top} country pairs`} by events${range(o)}`;
}

/** Runs `dyad dyads` (argv after the word `dyads`). @returns 0 (no pairs is not an error). */
export async function dyadsCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseDyadsArgs(argv);
  const db = await openDriver(o.db, { create: false });
  let dyads: DyadSummary[];
  try {
    dyads = await topDyads(db, o);
  } finally {
    await db.close();
  }
  const sink = new Sink(io.stdout);
  if (o.format === 'jsonl') {
    for (const d of dyads) {
      await sink.write(`${JSON.stringify(d)}\n`);
      if (sink.closed) break;
    }
  } else {
    const table = dyads.length === 0 ? [] : ['', HEADER, ...dyads.map(tableRow)];
    await sink.write([title(o, dyads.length), ...table].join('\n') + '\n');
  }
  if (sink.failure) throw sink.failure;
  return 0;
}
