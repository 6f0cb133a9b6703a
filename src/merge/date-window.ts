// The days a TIMEX3 date value covers: "2025-09-13" one day, "2025-07" a month, "2025-W37" a week, "2025-Q3" a quarter.

/** Inclusive first and last day (YYYY-MM-DD) and how precise the value was; finer precision ranks lower. */
export interface DateWindow {
  lo: string;
  hi: string;
  precision: Precision;
}

/** From finest to coarsest; `reported` is a window around the publication date of an undated report. */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'reported';
export const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4, reported: 5 };

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const lastOfMonth = (y: number, m: number): number => utc(y, m + 1, 0);

/** Moves a YYYY-MM-DD day by `days`. */
export function addDays(day: string, days: number): string {
  return iso(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

// Meteorological seasons, as TimeML's SP/SU/FA/WI; winter runs into the next year.
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The window of a TIMEX3 date value, or null when it names no stretch of the calendar (XXXX-XX-XX, PAST_REF).
 * @example dateWindow('2025-07') // { lo: '2025-07-01', hi: '2025-07-31', precision: 'month' }
 */
export function dateWindow(value: string): DateWindow | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { lo: value, hi: value, precision: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return { lo: iso(utc(y, mo, 1)), hi: iso(lastOfMonth(y, mo)), precision: 'month' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds the year's first Thursday.
    const jan4 = utc(Number(m[1]), 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS;
    return { lo: iso(monday), hi: iso(monday + 6 * DAY_MS), precision: 'week' };
  }
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const part = m[2]!;
    const [from, to] =
      part[0] === 'Q' ? [Number(part[1]) * 3 - 2, Number(part[1]) * 3] : part[0] === 'H' ? [Number(part[1]) * 6 - 5, Number(part[1]) * 6] : SEASONS[part]!;
    return { lo: iso(utc(y, from, 1)), hi: iso(lastOfMonth(y, to)), precision: 'season' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

/** How many days before its publication an undated report may describe: "held talks" in Monday's paper is usually about the weekend. */
export const REPORTED_DAYS_BEFORE = 3;

/**
 * The window an event report covers: its own date, else the days just before its article was published, else none.
 * @example reportWindow(null, '2025-09-14') // { lo: '2025-09-11', hi: '2025-09-14', precision: 'reported' }
 */
export function reportWindow(date: string | null, published: string | null): DateWindow | null {
  const own = date === null ? null : dateWindow(date);
  if (own) return own;
  if (published === null) return null;
  return { lo: addDays(published, -REPORTED_DAYS_BEFORE), hi: published, precision: 'reported' };
}
