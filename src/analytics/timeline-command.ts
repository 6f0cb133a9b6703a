// `dyad timeline A B`: a dyad's events per day, week or month with the Goldstein series, as a table or JSON, optionally drawn as SVG.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CliIo } from '../cli/extract-command.js';
import { dayFlag, parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openDriver } from '../store/store.js';
import { PERIOD_UNITS, type PeriodUnit } from './periods.js';
import { dyadTimeline, type Timeline, type TimelineQuery } from './timeline.js';
import { dyadSummary, type DyadSummary } from './dyad-summary.js';
import { formatDyadSummary, formatTimelineTable } from './timeline-table.js';
import { timelineSvg } from './timeline-svg.js';

export type TimelineFormat = 'table' | 'json';

export interface TimelineCliOptions extends TimelineQuery {
  db: string;
  /** Where to write the SVG picture, or null. */
  plot: string | null;
  format: TimelineFormat;
}

/** The two country codes, from `PAK USA` or `PAK-USA`, in upper case. */
function dyadCodes(positionals: string[]): [string, string] {
  if (positionals.length === 0) throw usage('timeline needs two country codes, such as: dyad timeline PAK USA');
  const codes = positionals.length === 1 ? positionals[0]!.split(/[-_/]/) : positionals;
  if (codes.length !== 2) throw usage(`timeline takes two country codes, such as PAK USA; got ${positionals.map(showValue).join(' ')}`);
  for (const code of codes) {
    if (!/^[A-Za-z]{3}$/.test(code)) throw usage(`${showValue(code)} is not a country code; give two ISO 3166-1 alpha-3 codes such as PAK USA`);
  }
  return [codes[0]!.toUpperCase(), codes[1]!.toUpperCase()];
}

/**
 * Parses `dyad timeline` arguments (after the word `timeline`). Defaults: --db dyad.db, --by month, --format table, no plot.
 * @throws DyadError USAGE naming the bad code, date, period, format or plot file.
 * @example parseTimelineArgs(['PAK', 'USA', '--by', 'week']) // { a: 'PAK', b: 'USA', by: 'week', db: 'dyad.db', format: 'table', plot: null }
 */
export function parseTimelineArgs(argv: string[]): TimelineCliOptions {
  const parsed = parseFlags({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      plot: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  const v = parsed.values;
  const [a, b] = dyadCodes(parsed.positionals);
  const by = v.by ?? 'month';
  if (!PERIOD_UNITS.includes(by as PeriodUnit)) throw usage(`--by ${showValue(by)} is not a period; use day, week or month`);
  const from = dayFlag('from', v.from);
  const to = dayFlag('to', v.to);
  if (from !== undefined && to !== undefined && from > to) throw usage(`--from ${from} is after --to ${to}; give the earlier day first`);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw usage(`unknown format ${showValue(format)}; use table or json`);
  if (v.plot !== undefined && !/\.svg$/i.test(v.plot)) throw usage(`--plot ${showValue(v.plot)} must name an .svg file, such as ${a.toLowerCase()}-${b.toLowerCase()}.svg`);
  return { db: v.db ?? DEFAULT_DB, a, b, by: by as PeriodUnit, plot: v.plot ?? null, format, from, to };
}

const require = createRequire(import.meta.url);
/** "KEN" → "Kenya", for the picture's title; the code itself when the ISO table does not know it. */
function countryName(code: string): string {
  const iso = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getName(code: string, lang: string): string | undefined };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return iso.getName(code, 'en') ?? code;
}

async function writePlot(file: string, t: Timeline): Promise<void> {
  const events = t.buckets.reduce((n, bucket) => n + bucket.count, 0);
  const range = t.buckets.length === 0 ? '' : `, ${t.buckets[0]!.label} to ${t.buckets.at(-1)!.label}`;
  const left = t.undated + t.coarse;
  const notShown = left > 0 ? ` · ${left} event${left === 1 ? '' : 's'} without a day, week or month left out` : '';
  const svg = timelineSvg(t.buckets, {
    title: `${countryName(t.dyad[0])} – ${countryName(t.dyad[1])}${range}`,
    subtitle: `Goldstein sum per ${t.by} · ${events} event${events === 1 ? '' : 's'}${notShown}`,
  });
  try {
    await writeFile(file, svg);
  } catch (error) {
    throw usage(`--plot ${showValue(file)} cannot be written (${(error as Error).message}); give a path in a folder that exists`);
  }
}

/** Runs `dyad timeline` (argv after the word `timeline`). @returns 0 (an empty timeline is not an error). */
export async function timelineCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseTimelineArgs(argv);
  const db = await openDriver(o.db, { create: false });
  let timeline: Timeline;
  let summary: DyadSummary;
  try {
    timeline = await dyadTimeline(db, o);
    summary = await dyadSummary(db, o);
  } finally {
    await db.close();
  }
  if (o.plot !== null) await writePlot(o.plot, timeline);
  const sink = new Sink(io.stdout);
  if (o.format === 'json') await sink.write(`${JSON.stringify({ ...timeline, summary }, null, 2)}\n`);
  else await sink.write(`${formatTimelineTable(timeline)}${o.plot === null ? '' : `plot written to ${o.plot}\n`}${formatDyadSummary(summary)}`);
  if (sink.failure) throw sink.failure;
  return 0;
}
