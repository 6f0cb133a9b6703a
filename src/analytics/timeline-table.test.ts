// The timeline as a terminal table: period lines, the sparkline, the events by date, what was left out.
import { describe, expect, it } from 'vitest';
import { bucketTimeline, type DatedEventRow } from './timeline.js';
import { formatTimelineTable } from './timeline-table.js';

let nextId = 1;
function row(date: string | null, precision: string | null, lo: string | null, hi: string | null, cameo: string, cameoName: string, goldstein: number, quadClass: number): DatedEventRow {
  return { id: nextId++, date, date_lo: lo, date_hi: hi, date_precision: precision, cameo, cameo_name: cameoName, root: cameo.slice(0, 2), quad_class: quadClass, source_code: 'ETH', target_code: 'KEN', goldstein, evidence: 'Ethiopia accused Kenya' };
}
const ROWS = [
  row('2025-03-13', 'day', '2025-03-13', '2025-03-13', '041', 'Discuss by telephone', 1, 1),
  row('2025-05', 'month', '2025-05-01', '2025-05-31', '112', 'Accuse, not specified below', -2, 3),
  row(null, 'reported', '2025-04-08', '2025-04-11', '036', 'Express intent to meet or negotiate', 4, 1),
];

describe('formatTimelineTable', () => {
  it('prints one line per period with the counts, then the sparkline, the events and what was left out', () => {
    const table = formatTimelineTable(bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'month' }));
    expect(table.split('\n')).toEqual([
      'KEN–ETH by month, 2025-03 to 2025-05: 2 events',
      '',
      'period   events  v.coop  m.coop  v.conf  m.conf  goldstein    mean',
      '2025-03       1       1       0       0       0       +1.0   +1.00',
      '2025-04       0       0       0       0       0        0.0       –',
      '2025-05       1       0       0       1       0       -2.0   -2.00',
      '',
      'Goldstein sum per month: █▆▁  (-2.0 to +1.0)',
      '',
      '2025-03-13   ETH → KEN         041  Discuss by telephone            +1.0  "Ethiopia accused Kenya"',
      '2025-05      ETH → KEN         112  Accuse, not specified below     -2.0  "Ethiopia accused Kenya"',
      'not shown: 1 undated event',
      '',
    ]);
  });

  it('marks a date known only to the month on a weekly timeline and explains the mark', () => {
    const table = formatTimelineTable(bucketTimeline(ROWS, { a: 'KEN', b: 'ETH', by: 'week' }));
    expect(table).toContain('\n2025-05 ≈    ETH → KEN ');
    expect(table).toContain('≈ the date is known only to the week or month; the event is placed at its first day');
  });

  it('says when the dyad has no dated events', () => {
    expect(formatTimelineTable(bucketTimeline([], { a: 'PAK', b: 'USA', by: 'month' }))).toBe('PAK–USA: no dated events\n');
  });
});
