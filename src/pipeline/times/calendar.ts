// Calendar arithmetic for TIMEX3 values: day numbers, weekdays, ISO weeks, month and cycle shifts.

/** A day as a count of days since 1970-01-01 (UTC), so shifting a date is integer addition. */
export type DayNumber = number;

/** The publication date unpacked once per document: the anchor every relative expression resolves against. */
export interface Anchor {
  day: DayNumber;
  year: number;
  /** 1–12. */
  month: number;
  date: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The anchor for `published` (YYYY-MM-DD), or null when it is missing or not a real calendar day.
 * @example anchorOf('2025-09-14') // { day: 20345, year: 2025, month: 9, date: 14, weekday: 0 }
 */
export function anchorOf(published: string | null): Anchor | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  const day = dayNumber(year, month, date);
  const back = fromDayNumber(day);
  if (back.year !== year || back.month !== month || back.date !== date) return null;
  return { day, year, month, date, weekday: weekdayOf(day) };
}

/** Day number of a calendar date; months and days out of range roll over (month 13 is next January). */
export function dayNumber(year: number, month: number, date: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function fromDayNumber(day: DayNumber): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** `2025-09-13` for a day number. */
export function formatDay(day: DayNumber): string {
  const { year, month, date } = fromDayNumber(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/** `2025-07` for a year and a month that may have rolled past either end of the year. */
export function formatMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/**
 * The ISO-8601 week holding `day`, as TIMEX3 writes it: weeks start on Monday and belong to the
 * year of their Thursday.
 * @example formatWeek(dayNumber(2025, 9, 14)) // '2025-W37'
 */
export function formatWeek(day: DayNumber): string {
  const thursday = day - ((weekdayOf(day) + 6) % 7) + 3;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Direction an expression without a year or date points from the publication date. */
export type Direction = 'past' | 'future' | 'nearest';

/**
 * The day with weekday `target` (0 = Sunday) that `direction` picks from `from`: the latest on or
 * before it, the first on or after it, or whichever is closer (the past one on a tie).
 * `strict` skips `from` itself ("last Sunday" in a Sunday story is a week back).
 * @example weekdayFrom(sundayDay, 6, 'past') // the Saturday before
 */
export function weekdayFrom(from: DayNumber, target: number, direction: Direction, strict = false): DayNumber {
  const w = weekdayOf(from);
  let back = (w - target + 7) % 7;
  let ahead = (target - w + 7) % 7;
  if (strict && back === 0) back = 7;
  if (strict && ahead === 0) ahead = 7;
  if (direction === 'past') return from - back;
  if (direction === 'future') return from + ahead;
  return back <= ahead ? from - back : from + ahead;
}

/**
 * Which occurrence of a yearly thing (a month, a quarter, a month-day) to take, as a year offset
 * from the current one. `target` and `current` are positions within the year on the same scale;
 * `length` is the number of positions in a year (12 for months, 4 for quarters).
 * @example yearShift(7, 9, 12, 'past') // 0: "in July" told in September is this year's July
 * @example yearShift(11, 9, 12, 'past') // -1: last year's November
 */
export function yearShift(target: number, current: number, length: number, direction: Direction): number {
  if (direction === 'past') return target <= current ? 0 : -1;
  if (direction === 'future') return target >= current ? 0 : 1;
  const diff = target - current;
  // Half a cycle ahead or more reads as last year's (past wins the tie, as news mostly reports).
  if (diff * 2 >= length) return -1;
  if (diff * 2 < -length) return 1;
  return 0;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

// A past clause may name a day weeks ahead: "must be returned by Jan. 14", "payable Dec. 15, the company said";
// a future one, a day just gone: "will mark the anniversary of Aug. 7" told on Aug. 13.
const PAST_GRACE_DAYS = 61;
const FUTURE_GRACE_DAYS = 31;

/**
 * The year of a yearly day (a month-day, a holiday) that the text names without one: past → the
 * latest occurrence on or before the publication day (or up to two months after it: a deadline or
 * schedule reported in the past tense), future → the first on or after it (or up to a month
 * before it), otherwise the nearest.
 * `dayIn(year)` is the day's date in a year.
 * @example occurrenceYear(anchorOf('2000-01-07')!, (y) => dayNumber(y, 1, 14), 'past') // 2000
 */
export function occurrenceYear(a: Anchor, dayIn: (year: number) => DayNumber, direction: Direction): number {
  const years = [a.year - 1, a.year, a.year + 1];
  const days = years.map(dayIn);
  if (direction === 'past') {
    let k = 2;
    while (k > 0 && days[k]! > a.day + PAST_GRACE_DAYS) k--;
    return years[k]!;
  }
  if (direction === 'future') return years[days.findIndex((d) => d >= a.day - FUTURE_GRACE_DAYS)]!;
  const distance = days.map((d) => Math.abs(d - a.day));
  return years[distance.indexOf(Math.min(...distance))]!;
}

/**
 * The `n`th (1-based; -1 = last) `weekday` (0 = Sunday) of a month: Thanksgiving is the 4th Thursday of November.
 * @example formatDay(nthWeekday(1999, 11, 4, 4)) // '1999-11-25'
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n < 0) {
    const last = dayNumber(year, month + 1, 0);
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/**
 * Western Easter Sunday of `year` (the anonymous Gregorian computus).
 * @example formatDay(easter(2025)) // '2025-04-20'
 */
export function easter(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/**
 * A quarter `shift` quarters from `quarter` (`1989-Q3`).
 * @example shiftQuarter('1989-Q3', -4) // '1988-Q3'
 */
export function shiftQuarter(quarter: string, shift: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + shift;
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
}
