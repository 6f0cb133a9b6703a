// The dyad timeline as a terminal table: one line per period, the Goldstein sparkline, then the events by date.
import { sparkline } from './sparkline.js';
import type { DyadSummary } from './dyad-summary.js';
import type { Timeline, TimelineEvent } from './timeline.js';
import { plural, shorten } from '../cli/words.js';

const signed = (n: number, places: number): string => (n > 0 ? `+${n.toFixed(places)}` : n.toFixed(places));

function eventLine(e: TimelineEvent): string {
  const when = `${e.date}${e.approximate ? ' ≈' : ''}`.padEnd(12);
  const who = `${e.source ?? '?'} → ${e.target ?? '?'}`.padEnd(17);
  return `${when} ${who} ${e.cameo.padEnd(4)} ${shorten(e.cameoName, 30).padEnd(30)} ${signed(e.goldstein, 1).padStart(5)}  "${shorten(e.evidence, 90)}"`;
}

/** What was left out, as a sentence, or '' when nothing was. */
function leftOut(t: Timeline): string {
  const parts = [t.undated > 0 ? `${plural(t.undated, 'undated event')}` : '', t.coarse > 0 ? `${plural(t.coarse, 'event')} dated only to a season or year` : ''];
  const said = parts.filter((p) => p !== '').join(' and ');
  return said === '' ? '' : `not shown: ${said}\n`;
}

/**
 * The timeline for a terminal: a header, one line per period (events; verbal and material cooperation and conflict counts;
 * Goldstein sum and mean), a sparkline of the Goldstein sums, then every event by date (≈ marks a date known only to the week or month).
 * @example process.stdout.write(formatTimelineTable(await dyadTimeline(db, { a: 'KEN', b: 'ETH', by: 'month' })))
 */
export function formatTimelineTable(t: Timeline): string {
  const [a, b] = t.dyad;
  const events = t.buckets.flatMap((bucket) => bucket.events);
  if (t.buckets.length === 0) return `${a}–${b}: no dated events\n${leftOut(t)}`;
  const first = t.buckets[0]!.label;
  const last = t.buckets.at(-1)!.label;
  const width = Math.max(7, first.length);
  const sums = t.buckets.map((p) => p.goldsteinSum);
  const total = t.buckets.reduce((n, p) => n + p.count, 0);
  const lines = [
    `${a}–${b} by ${t.by}, ${first} to ${last}: ${plural(total, 'event')}`,
    '',
    `${'period'.padEnd(width)}  events  v.coop  m.coop  v.conf  m.conf  goldstein    mean`,
    ...t.buckets.map((p) => {
      const counts = [p.count, p.byQuadClass[1], p.byQuadClass[2], p.byQuadClass[3], p.byQuadClass[4]].map((n) => String(n).padStart(6)).join('  ');
      const mean = p.goldsteinMean === null ? '–' : signed(p.goldsteinMean, 2);
      return `${p.label.padEnd(width)}  ${counts}  ${signed(p.goldsteinSum, 1).padStart(9)}  ${mean.padStart(6)}`;
    }),
    '',
    `Goldstein sum per ${t.by}: ${sparkline(sums)}  (${signed(Math.min(...sums), 1)} to ${signed(Math.max(...sums), 1)})`,
    '',
    ...(t.listed ? events.map(eventLine) : [`too many events to list here; see them with: dyad events --dyad ${a}-${b} --from ${t.buckets[0]!.start} --to ${t.buckets.at(-1)!.end}`]),
    ...(events.some((e) => e.approximate) ? ['≈ the date is known only to the week or month; the event is placed at its first day'] : []),
  ];
  return `${lines.join('\n')}\n${leftOut(t)}`;
}

const money = (value: number, currency: string) => `${currency} ${value.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

/**
 * The dyad's top actors, agreements and amounts for a terminal; empty when there are none.
 * @example process.stdout.write(formatDyadSummary(await dyadSummary(db, { a: 'PAK', b: 'USA', by: 'month' })))
 */
export function formatDyadSummary(s: DyadSummary): string {
  const lines: string[] = [];
  if (s.topActors.length > 0) lines.push('', 'top actors', ...s.topActors.map((a) => `  ${String(a.events).padStart(4)}  ${a.name}${a.code ? ` (${a.code})` : ''}`));
  if (s.agreements.length > 0) {
    lines.push('', 'agreements and amounts');
    for (const a of s.agreements) lines.push(`  ${(a.date ?? 'undated').padEnd(10)}  ${a.source} → ${a.target}  ${a.cameo} ${a.cameoName}${a.amount ? `  ${a.amount.text || money(a.amount.value, a.amount.currency)}` : ''}`);
    if (s.amounts.length > 0) lines.push(`  total: ${s.amounts.map((t) => `${money(t.total, t.currency)} in ${plural(t.events, 'event')}`).join('; ')}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
