// Draws a dyad timeline as a self-contained SVG: Goldstein sum bars per period, period axis, and every event as a labelled dot.
import type { QuadClass, TimelineBucket, TimelineEvent } from './timeline.js';
import { shorten } from '../cli/words.js';

export interface TimelineSvgOptions {
  title: string;
  /** A second, smaller line under the title ("Goldstein sum per month · 5 events"). */
  subtitle?: string;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';
const COOPERATION = '#4d9a5f';
const CONFLICT = '#cc4b3c';
const QUAD: Record<QuadClass, { colour: string; name: string }> = {
  1: { colour: '#8cc084', name: 'verbal cooperation' },
  2: { colour: '#1b7837', name: 'material cooperation' },
  3: { colour: '#f0a340', name: 'verbal conflict' },
  4: { colour: '#a3192b', name: 'material conflict' },
};
const [LEFT, LEGEND_TOP, LEGEND_ROW, PLOT_HEIGHT, AXIS_HEIGHT, LABEL_GAP] = [64, 70, 18, 200, 66, 16];
const LABEL_CHARS = 34;
const COS45 = Math.SQRT1_2;

/** Text for XML: markup characters escaped, characters XML 1.0 forbids (controls, lone surrogates) replaced. */
const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
const num = (n: number): string => String(Math.round(n * 10) / 10);
const tickLabel = (v: number): string => String(Number(v.toFixed(2)) || 0);
/** Rough width of a text at `size` px: enough to keep labels apart and inside the picture. */
const textWidth = (s: string, size: number): number => s.length * size * 0.58;
const text = (x: number, y: number, s: string, attrs = ''): string => `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${xml(s)}</text>`;

/** A round tick step (1, 2 or 5 × 10^k) giving about four steps over `span`. */
function tickStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw)!;
}

/** Label positions at least LABEL_GAP apart, each as near its dot as the neighbours allow, all within [lo, hi]. */
function spread(xs: number[], lo: number, hi: number): number[] {
  const out = xs.map((x) => Math.max(lo, Math.min(hi, x)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + LABEL_GAP);
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i]!, i === out.length - 1 ? hi : out[i + 1]! - LABEL_GAP);
  return out;
}

/** The legend, laid out left to right from LEFT and wrapped before `right`; `rows` lines tall. */
function legend(right: number): { svg: string; rows: number } {
  const items: [string, string][] = [
    [`<rect x="0" y="-9" width="12" height="10" fill="${COOPERATION}"/>`, 'cooperation (Goldstein sum > 0)'],
    [`<rect x="0" y="-9" width="12" height="10" fill="${CONFLICT}"/>`, 'conflict (sum < 0)'],
    ...Object.values(QUAD).map((q): [string, string] => [`<circle cx="6" cy="-4" r="4.5" fill="${q.colour}"/>`, q.name]),
    [`<circle cx="6" cy="-4" r="4" fill="#fff" stroke="#555" stroke-width="1.5"/>`, 'approximate date (week or month)'],
  ];
  let [x, row] = [LEFT, 0];
  const parts = items.map(([mark, label]) => {
    const width = 17 + textWidth(label, 11);
    if (x > LEFT && x + width > right) [x, row] = [LEFT, row + 1];
    const part = `<g transform="translate(${num(x)},${LEGEND_TOP + row * LEGEND_ROW})">${mark}${text(17, 0, label)}</g>`;
    x += width + 16;
    return part;
  });
  return { svg: parts.join(''), rows: row + 1 };
}

/** Where an event sits along the axis: its period's slot, then its day within the period. */
function eventX(e: TimelineEvent, bucket: TimelineBucket, slotX: number, slot: number): number {
  const days = (Date.parse(bucket.end) - Date.parse(bucket.start)) / 86_400_000 + 1;
  const into = (Date.parse(e.day) - Date.parse(bucket.start)) / 86_400_000;
  return slotX + ((into + 0.5) / days) * slot;
}

/** The events lane under the axis: a dot per event and its slanted label; `reach` and `depth` are how far right and down the labels go. */
function eventLane(buckets: TimelineBucket[], slot: number, lane: number, right: number): { svg: string[]; reach: number; depth: number } {
  const svg = [`<line x1="${LEFT}" x2="${num(right)}" y1="${lane}" y2="${lane}" stroke="#bbb"/>`, text(LEFT - 8, lane + 4, 'events', 'text-anchor="end" fill="#555"')];
  const dots = buckets.flatMap((b, i) => b.events.map((e) => ({ e, x: eventX(e, b, LEFT + i * slot, slot) })));
  const anchors = spread(dots.map((d) => d.x), LEFT, right);
  let [reach, depth] = [right, 0];
  dots.forEach(({ e, x }, i) => {
    const label = `${e.date} ${shorten(e.cameoName, LABEL_CHARS)}`;
    const tip = `${e.date} ${e.cameo} ${e.cameoName}: ${e.source ?? '?'} → ${e.target ?? '?'}, Goldstein ${num(e.goldstein)}${e.evidence ? ` — "${e.evidence}"` : ''}`;
    const [ax, ly] = [anchors[i]!, lane + 14];
    const colour = QUAD[e.quadClass].colour;
    const fill = e.approximate ? `fill="#fff" stroke="${colour}" stroke-width="2"` : `fill="${colour}"`;
    svg.push(`<g><title>${xml(tip)}</title><line x1="${num(x)}" y1="${lane}" x2="${num(ax)}" y2="${ly - 4}" stroke="#999"/><circle cx="${num(x)}" cy="${lane}" r="4.5" ${fill}/>`);
    svg.push(`${text(ax, ly, label, `transform="rotate(45 ${num(ax)} ${ly})"`)}</g>`);
    reach = Math.max(reach, ax + textWidth(label, 11) * COS45 + 12);
    depth = Math.max(depth, textWidth(label, 11) * COS45 + 12);
  });
  return { svg, reach, depth };
}

/**
 * A picture of the timeline an analyst can paste into a report: the Goldstein sum per period as bars (cooperation above zero,
 * conflict below), the periods along the axis, and each event as a dot coloured by quad class (hollow when only its week or month is
 * known) with its date and CAMEO name on a slanted label (hover for the evidence). Plain SVG 1.1, no scripts, no external resources.
 * @example writeFileSync('ken-eth.svg', timelineSvg(timeline.buckets, { title: 'Kenya – Ethiopia, 2025' }))
 */
export function timelineSvg(buckets: TimelineBucket[], options: TimelineSvgOptions): string {
  const events = buckets.flatMap((b) => b.events);
  const plotWidth = Math.max(560, buckets.length * 12, (events.length - 1) * LABEL_GAP + 1);
  const slot = plotWidth / Math.max(1, buckets.length);
  const right = LEFT + plotWidth;
  const key = legend(right);
  const top = LEGEND_TOP + key.rows * LEGEND_ROW + 14;
  const bottom = top + PLOT_HEIGHT;
  const sums = buckets.map((b) => b.goldsteinSum);
  const [min, max] = [Math.min(0, ...sums), Math.max(0, ...sums)];
  const step = tickStep(max === min ? 4 : max - min);
  const [lo, hi] = [Math.floor(min / step) * step, Math.ceil(max / step) * step || step];
  const y = (v: number): number => top + ((hi - v) / (hi - lo)) * PLOT_HEIGHT;
  const body: string[] = [];

  for (let v = lo; v <= hi + step / 2; v += step) {
    body.push(`<line x1="${LEFT}" x2="${num(right)}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="${Math.abs(v) < step / 2 ? '#333' : '#e3e3e3'}"/>`);
    body.push(text(LEFT - 6, y(v) + 4, tickLabel(v), 'text-anchor="end" fill="#555"'));
  }
  body.push(text(16, top + PLOT_HEIGHT / 2, 'Goldstein sum', `text-anchor="middle" fill="#555" transform="rotate(-90 16 ${num(top + PLOT_HEIGHT / 2)})"`));

  const labelEvery = Math.ceil(14 / slot);
  const flat = slot >= textWidth(buckets[0]?.label ?? '', 11) + 6;
  buckets.forEach((b, i) => {
    const x = LEFT + i * slot;
    if (b.goldsteinSum !== 0) {
      const [barTop, height] = b.goldsteinSum > 0 ? [y(b.goldsteinSum), y(0) - y(b.goldsteinSum)] : [y(0), y(b.goldsteinSum) - y(0)];
      const tip = `${b.label}: Goldstein sum ${num(b.goldsteinSum)}, ${b.count} event${b.count === 1 ? '' : 's'}`;
      body.push(`<rect x="${num(x + slot * 0.15)}" y="${num(barTop)}" width="${num(Math.max(1, slot * 0.7))}" height="${num(height)}" fill="${b.goldsteinSum > 0 ? COOPERATION : CONFLICT}"><title>${xml(tip)}</title></rect>`);
    }
    if (i % labelEvery !== 0) return;
    const cx = x + slot / 2;
    body.push(`<line x1="${num(cx)}" x2="${num(cx)}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/>`);
    body.push(flat ? text(cx, bottom + 17, b.label, 'text-anchor="middle"') : text(cx, bottom + 12, b.label, `text-anchor="end" transform="rotate(-45 ${num(cx)} ${bottom + 12})"`));
  });
  body.push(`<line x1="${LEFT}" x2="${LEFT}" y1="${top}" y2="${bottom}" stroke="#333"/>`);

  const lane = bottom + AXIS_HEIGHT;
  const marks = eventLane(buckets, slot, lane, right);
  body.push(...marks.svg);
  if (buckets.length === 0) body.push(text(LEFT, top + 24, 'No dated events in this range.', 'fill="#555"'));

  const width = Math.ceil(Math.max(marks.reach, LEFT + textWidth(options.title, 16)) + 16);
  const height = Math.ceil(lane + 14 + marks.depth + 16);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11" role="img">`,
    `<title>${xml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(LEFT, 30, options.title, 'font-size="16" font-weight="600"'),
    ...(options.subtitle === undefined ? [] : [text(LEFT, 48, options.subtitle, 'fill="#555"')]),
    key.svg,
    ...body,
    '</svg>\n',
  ].join('\n');
}
