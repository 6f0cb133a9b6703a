// The timeline picture: well-formed XML, bars on the right side of zero, a labelled dot per event, labels kept apart, text escaped.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bucketTimeline, type DatedEventRow, type TimelineBucket } from './timeline.js';
import { timelineSvg } from './timeline-svg.js';

let nextId = 1;
function row(date: string, lo: string, hi: string, precision: string, cameo: string, cameoName: string, goldstein: number, quadClass: number, evidence = 'a sentence'): DatedEventRow {
  return { id: nextId++, date, date_lo: lo, date_hi: hi, date_precision: precision, cameo, cameo_name: cameoName, root: cameo.slice(0, 2), quad_class: quadClass, source_code: 'KENGOV', target_code: 'ETHGOV', goldstein, evidence };
}
const onDay = (d: string, cameo: string, name: string, goldstein: number, quadClass: number, evidence?: string) => row(d, d, d, 'day', cameo, name, goldstein, quadClass, evidence);
const months = (rows: DatedEventRow[]): TimelineBucket[] => bucketTimeline(rows, { a: 'KEN', b: 'ETH', by: 'month' }).buckets;

const BUCKETS = months([
  onDay('2025-03-13', '041', 'Discuss by telephone', 1, 1),
  onDay('2025-06-16', '057', 'Sign formal agreement', 8, 1),
  row('2025-07', '2025-07-01', '2025-07-31', 'month', '040', 'Consult, not specified below', 1, 1),
  onDay('2025-10-08', '112', 'Accuse, not specified below', -2, 3),
]);

/** The rect elements with a fill, as [x, y, height, fill]. */
const bars = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="(#\w+)"><title>([^<]*)</g)].map((m) => ({ y: Number(m[2]), height: Number(m[3]), fill: m[4], title: m[5] }));
const zeroLine = (svg: string) => Number(/<line x1="64" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="#333"\/>/.exec(svg)![1]);
const eventLabels = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" transform="rotate\(45 [^"]+\)">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2] }));

describe('timelineSvg', () => {
  it('is well-formed XML with the title, the legend and the period labels', () => {
    const svg = timelineSvg(BUCKETS, { title: 'Kenya – Ethiopia', subtitle: 'Goldstein sum per month' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const s of ['Kenya – Ethiopia', 'Goldstein sum per month', 'cooperation (Goldstein sum &gt; 0)', 'conflict (sum &lt; 0)', 'material conflict', '>2025-03<', '>2025-10<']) expect(svg).toContain(s);
  });

  it('draws cooperation as green bars above the zero line and conflict as red bars below it, none for empty periods', () => {
    const svg = timelineSvg(BUCKETS, { title: 't' });
    const zero = zeroLine(svg);
    const drawn = bars(svg);
    expect(drawn.map((b) => b.title)).toEqual(['2025-03: Goldstein sum 1, 1 event', '2025-06: Goldstein sum 8, 1 event', '2025-07: Goldstein sum 1, 1 event', '2025-10: Goldstein sum -2, 1 event']);
    const [march, june, , october] = drawn;
    expect(march!.y + march!.height).toBeCloseTo(zero, 0);
    expect(june!.height).toBeCloseTo(march!.height * 8, 0);
    expect(october).toMatchObject({ y: zero, fill: '#cc4b3c' });
    expect(june!.fill).toBe('#4d9a5f');
  });

  it('marks each event with a dot and a label of its date and CAMEO name, hollow when the date is approximate', () => {
    const svg = timelineSvg(BUCKETS, { title: 't' });
    expect(eventLabels(svg).map((l) => l.text)).toEqual(['2025-03-13 Discuss by telephone', '2025-06-16 Sign formal agreement', '2025-07 Consult, not specified below', '2025-10-08 Accuse, not specified below']);
    expect(svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="4.5"/g)).toHaveLength(4); // the legend's dots sit at cy="-4"
    const weekly = bucketTimeline([row('2025-07', '2025-07-01', '2025-07-31', 'month', '040', 'Consult', 1, 1)], { a: 'KEN', b: 'ETH', by: 'week' }).buckets;
    expect(timelineSvg(weekly, { title: 't' })).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4.5" fill="#fff" stroke="#8cc084"/);
  });

  it('keeps the labels of events on the same day apart and inside the picture', () => {
    const crowded = months(Array.from({ length: 12 }, (_, i) => onDay('2025-03-13', '041', `Discuss by telephone, call number ${i + 1} of the day`, 1, 1)));
    const svg = timelineSvg(crowded, { title: 't' });
    const xs = eventLabels(svg).map((l) => l.x);
    expect(xs).toHaveLength(12);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(15.9);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(Math.max(...xs)).toBeLessThan(width);
    expect(eventLabels(svg)[0]!.text).toBe('2025-03-13 Discuss by telephone, call number…');
  });

  it('escapes text for XML and drops characters XML forbids', () => {
    const hostile = months([onDay('2025-03-13', '041', 'Talk <b>&amp; "shout"', 1, 1, 'He said "<script>alert(1)</script>" & left\u0001')]);
    const svg = timelineSvg(hostile, { title: 'A & B <c>' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(svg).toContain('Talk &lt;b&gt;&amp;amp; &quot;shout&quot;');
  });

  it('says so when there is nothing to draw', () => {
    const svg = timelineSvg([], { title: 'Empty' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('No dated events in this range.');
  });
});
