// `dyad export`: writes every matching stored event as GDELT, PLOVER, CSV or JSONL to stdout or a file, a page at a time.
import { open, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CliIo } from '../cli/extract-command.js';
import { parseEventsArgs } from '../cli/events-command.js';
import { parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { openStore, type EventFilter, type Store, type StoredEvent } from '../store/store.js';
import { csvLines } from './csv.js';
import { gdeltLines } from './gdelt.js';
import { jsonlLines } from './jsonl.js';
import { ploverLines } from './plover.js';

/** GDELT 2.0 event-table rows, POLECAT-style PLOVER records, CSV with a header, Dyad's own events as JSON lines. */
export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCliOptions {
  db: string;
  filter: EventFilter;
  format: ExportFormat;
  /** The file to write; null writes to stdout. */
  output: string | null;
}

/** The flags `dyad events` also takes, with the same meaning; they are checked by its parser. */
const FILTER_FLAGS = ['db', 'dyad', 'from', 'to', 'code', 'actor'] as const;

/**
 * Parses `dyad export` arguments; `--format` is required, the filter flags are those of `dyad events`.
 * @throws DyadError USAGE for an unknown flag or format, or a bad filter value.
 * @example parseExportArgs(['--format', 'gdelt', '--dyad', 'BRA-ARG', '-o', 'events.tsv']) // { format: 'gdelt', output: 'events.tsv', filter: { dyad: ['BRA', 'ARG'], … }, … }
 */
export function parseExportArgs(argv: string[]): ExportCliOptions {
  const parsed = parseFlags({
    args: argv,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      all: { type: 'boolean' },
      ...Object.fromEntries(FILTER_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
    },
  });
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const format = v.format;
  if (format === undefined) throw usage(`export needs --format: ${EXPORT_FORMATS.join(', ')}`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw usage(`unknown export format ${showValue(String(format))}; use ${EXPORT_FORMATS.join(', ')}`);
  // `--flag=value`, so a value that starts with a dash stays a value.
  const passOn = FILTER_FLAGS.flatMap((flag) => (v[flag] === undefined ? [] : [`--${flag}=${String(v[flag])}`]));
  const { db, filter } = parseEventsArgs(v.all === true ? [...passOn, '--all'] : passOn);
  return { db, filter, format: format as ExportFormat, output: typeof v.output === 'string' ? v.output : null };
}

/** How many events are read from the store at once. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Every event matching `filter`, read `pageSize` at a time (by date, then id) so memory stays flat however many there are.
 * @example for await (const e of storedEvents(store, { dyad: ['BRA', 'ARG'] })) console.log(e.cameo)
 */
export async function* storedEvents(store: Store, filter: EventFilter, pageSize: number = EXPORT_PAGE_SIZE): AsyncGenerator<StoredEvent> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.events({ ...filter, limit: pageSize, offset });
    yield* page;
    if (page.length < pageSize) return;
  }
}

function linesOf(format: ExportFormat, events: AsyncIterable<StoredEvent>, now: Date): AsyncIterable<string> {
  if (format === 'gdelt') return gdeltLines(events, now);
  if (format === 'plover') return ploverLines(events);
  if (format === 'csv') return csvLines(events);
  return jsonlLines(events);
}

async function openOutput(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'w');
  } catch (error) {
    throw usage(`-o ${showValue(path)} cannot be written (${(error as Error).message}); give a file in a folder that exists`);
  }
}

export interface ExportRun {
  /** Events read from the store at once; default EXPORT_PAGE_SIZE. */
  pageSize?: number;
  /** The export time, GDELT's DATEADDED; default now. */
  now?: Date;
}

/**
 * Runs `dyad export`: streams the matching events in the chosen format to stdout, or to `-o FILE`.
 * @returns 0 (no matching event is not an error: CSV then has its header alone, the others are empty).
 * @example process.exitCode = await exportCommand(['--format', 'csv', '--dyad', 'BRA-ARG'], process)
 */
export async function exportCommand(argv: string[], io: CliIo, run: ExportRun = {}): Promise<number> {
  const o = parseExportArgs(argv);
  const store = await openStore(o.db, { create: false });
  let file: Writable | null = null;
  try {
    if (o.output !== null) file = (await openOutput(o.output)).createWriteStream();
    const sink = new Sink(file ?? io.stdout);
    for await (const line of linesOf(o.format, storedEvents(store, o.filter, run.pageSize), run.now ?? new Date())) {
      await sink.write(line);
      if (sink.closed) break;
    }
    // The file is flushed and closed before the command returns; the sink keeps a write error, if any.
    if (file !== null) await finished(file.end()).catch(() => undefined);
    if (sink.failure) throw sink.failure;
  } finally {
    if (file !== null && !file.writableFinished) await finished(file.destroy()).catch(() => undefined);
    await store.close();
  }
  return 0;
}
