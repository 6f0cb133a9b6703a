// Calendar periods for timelines: a day (2025-03-10), an ISO week (2025-W11) or a month (2025-03), each with its first and last day.

export type PeriodUnit = 'day' | 'week' | 'month';
export const PERIOD_UNITS: readonly PeriodUnit[] = ['day', 'week', 'month'];

/** One period: its label and its inclusive first and last day (YYYY-MM-DD). */
export interface Period {
  label: string;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const msOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The ISO week of a day: weeks start on Monday, and week 1 holds the year's first Thursday. */
function isoWeek(ms: number): Period {
  const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { label: `${year}-W${pad2(week)}`, start: dayOf(monday), end: dayOf(monday + 6 * DAY_MS) };
}

/**
 * The period of `unit` that holds `day` (YYYY-MM-DD).
 * @example periodOf('2025-03-13', 'week') // { label: '2025-W11', start: '2025-03-10', end: '2025-03-16' }
 * @example periodOf('2024-12-30', 'week').label // '2025-W01'
 */
export function periodOf(day: string, unit: PeriodUnit): Period {
  const ms = msOf(day);
  if (unit === 'day') return { label: day, start: day, end: day };
  if (unit === 'week') return isoWeek(ms);
  const d = new Date(ms);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  return { label: `${y}-${pad2(m + 1)}`, start: dayOf(Date.UTC(y, m, 1)), end: dayOf(Date.UTC(y, m + 1, 0)) };
}

/**
 * Every period of `unit` from the one holding `first` to the one holding `last`, in order; none when `last` is before `first`.
 * @example periodsBetween('2025-01-20', '2025-03-02', 'month').map((p) => p.label) // ['2025-01', '2025-02', '2025-03']
 */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): Period[] {
  const out: Period[] = [];
  if (last < first) return out;
  for (let p = periodOf(first, unit); p.start <= last; p = periodOf(dayOf(msOf(p.end) + DAY_MS), unit)) out.push(p);
  return out;
}
