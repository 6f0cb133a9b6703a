// Day-level dates and clock times read by chrono-node ("3 July", "July 3rd, 2024", "12/03/2024", "10:30am"), with our own year choice.
import * as chrono from 'chrono-node';
import { dayNumber, formatDay, formatWeek, occurrenceYear, weekdayFrom, type Anchor, type Direction } from './calendar.js';
import { DAY_DEFAULTS, directionOf, PERIOD_DEFAULTS, leadDirection, type Candidate, type Context, type Rule } from './candidate.js';
import { NUMBER_SOURCE, UNIT_SOURCE } from './words.js';

const parser = new chrono.Chrono(configuration());
// Only certain components are used, and those come from the text, so any fixed reference serves;
// never today's date, which would make the stage impure.
const REFERENCE = new Date(2000, 0, 1, 12);
const LEAD = /^(?:on|at|in|from|by)\s+/i;
// "10am", "8.45pm", "5 o'clock", "10:30 GMT"; a bare "3:48" is a race time more often than a clock time.
const CLOCK = /\d\s*(?:[ap]\.?m\b|[ap]\.m\.)|o'clock|\d[:.]\d\d\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|IST|PKT|local time)\b/i;
// chrono ignores case; "may 10" is a modal before a number, not 10 May.
const TRAILING_HOUR = /\s+at\s+\d{1,2}$/;
const SECOND_DATE = /\s*(?:-|–|to|through|until)\s*(?=[A-Z])/;
const SHIFT_PHRASE = new RegExp(`\\b(?:within\\s+|in\\s+)?(?:${NUMBER_SOURCE})[\\s-]+${UNIT_SOURCE}(?:\\s+(?:before|after|from|prior\\s+to|later|earlier|ago))?\\b`, 'gi');
const UNIT = new RegExp(`\\b${UNIT_SOURCE}\\b`, 'i');
const LOWERCASE_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
// "a trial set to open the week of May 8": the week holding the day, quoted with its lead.
const WEEK_OF = /\b[Tt]he\s+week\s+of\s+$/;
// "ministers meet in Rome on June 11 and 12.": a second day of the same month; not "on May 3 and 25 people died".
const AND_DAY = /^\s+and\s+((\d{1,2})(?:st|nd|rd|th)?)\b(?=\s*[,.;:)]|\s*$|\s+(?:in|at|when|as|with|to|for)\b)/;

/**
 * Hands the sentence to chrono (strict English) and keeps what it reads with certainty: a month with
 * a day ("on 3 July" → `2025-07-03`; the clause's tense picks the year when the text gives none,
 * as for weekdays, and a past clause may name a day up to a month ahead: "must leave by Jan. 14") and
 * clock times ("at 10:30am" → `2025-09-14T10:30`: when no day is named with it, the day the story
 * last named, else the publication day). A range within a month ("August 18-19") is one span valued at its first day; "from Aug. 12 to Oct. 3" is two dates;
 * "the week of May 8" is that day's ISO week (`…-W19`); "on June 11 and 12" is two days. Numeric dates need
 * a year ("3/4" is a fraction more often than a date). Shifts ("5 days after Oct. 2") are left to our rules.
 */
export const chronoRule: Rule = (view, out) => {
  // "5 days after Oct. 2": chrono would count the days from its fixed reference year; our shift rules
  // read such phrases, so chrono sees them blanked (offsets kept) and reads only "Oct. 2".
  const text = view.text.replace(SHIFT_PHRASE, (phrase) => ' '.repeat(phrase.length));
  for (const r of parser.parse(text, REFERENCE)) {
    if (UNIT.test(r.text)) continue;
    const lead = LEAD.exec(r.text);
    const read = (lead ? r.text.slice(lead[0].length) : r.text).replace(/[\s,;:]+$/, '');
    const c = r.start;
    const monthDay = c.isCertain('month') && c.isCertain('day');
    const clock = c.isCertain('hour') && CLOCK.test(read);
    // "after Jan. 1, 2026 at 2,040 shillings a share": chrono reads "at 1" as an hour; no clock word, no hour.
    const quoted = clock ? read : read.replace(TRAILING_HOUR, '');
    if (!monthDay && !clock) continue;
    if (monthDay && !c.isCertain('year') && !/[A-Za-z]/.test(quoted)) continue;
    if (LOWERCASE_MONTH.test(quoted)) continue;
    const start = view.offset + r.index + (lead ? lead[0].length : 0);
    const direction = leadDirection(view.text, start - view.offset);
    // "from Aug. 12 to Oct. 3": two dates, as TimeML marks them; "August 18-19" stays one span at its first day.
    const second = r.end && !clock ? SECOND_DATE.exec(quoted) : null;
    if (second && r.end!.isCertain('month') && r.end!.isCertain('day')) {
      const at = second.index + second[0].length;
      const first = partsOf(c, false, direction);
      const last = partsOf(r.end!, false, direction);
      // "Dec. 26 to Jan. 2, 2024": the first date takes the year the second names.
      if (first.year === null && last.year !== null) first.year = last.year - (first.month! > last.month! ? 1 : 0);
      out.push(candidate(start, second.index, first, 'chrono-date'));
      out.push(candidate(start + at, quoted.length - at, last, 'chrono-date'));
      continue;
    }
    const parts = partsOf(c, clock, direction);
    const weekOf = clock || r.end ? null : WEEK_OF.exec(view.text.slice(Math.max(0, start - view.offset - 16), start - view.offset));
    if (weekOf) {
      out.push({ start: start - weekOf[0].length, end: start + quoted.length, type: 'DATE', rule: 'chrono-week', preposition: false, resolve: (ctx) => weekOfValue(dateValue(ctx, parts)) });
      continue;
    }
    out.push(candidate(start, quoted.length, parts, r.end ? 'chrono-range' : clock ? 'chrono-time' : 'chrono-date'));
    const after = start + quoted.length;
    const and = clock || r.end || !monthDay ? null : AND_DAY.exec(view.text.slice(after - view.offset, after - view.offset + 40));
    const date = Number(and?.[2]);
    if (and && date > parts.day! && date <= 31) {
      const end = after + and[0].length;
      out.push({ start: end - and[1]!.length, end, type: 'DATE', rule: 'chrono-date', preposition: false, resolve: (ctx) => `${dateValue(ctx, parts).slice(0, 8)}${two(date)}` });
    }
  }
};

/** The ISO week of a day value: `2000-03-06` → `2000-W10`; `XXXX-WXX` when the year is unknown. */
function weekOfValue(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? formatWeek(dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) : 'XXXX-WXX';
}

function partsOf(c: chrono.ParsedComponents, clock: boolean, lead: Direction | null): Parts {
  const monthDay = c.isCertain('month') && c.isCertain('day');
  return {
    year: c.isCertain('year') ? c.get('year') : null,
    month: monthDay ? c.get('month') : null,
    day: monthDay ? c.get('day') : null,
    weekday: c.isCertain('weekday') ? c.get('weekday') : null,
    lead,
    time: clock ? `T${two(c.get('hour') ?? 0)}:${two(c.get('minute') ?? 0)}` : '',
  };
}

function candidate(start: number, length: number, parts: Parts, rule: string): Candidate {
  return { start, end: start + length, type: parts.time ? 'TIME' : 'DATE', rule, preposition: true, resolve: (ctx) => dateValue(ctx, parts) + parts.time };
}

interface Parts {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** "since Aug. 7" behind the publication date, "as early as Aug. 7" ahead, whatever the tense. */
  lead: Direction | null;
  /** `T10:30` for a clock time, else empty. */
  time: string;
}

function dateValue(ctx: Context, p: Parts): string {
  const a = ctx.anchor;
  if (p.month !== null && p.day !== null) {
    if (p.year !== null) return `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}`;
    if (!a) return `XXXX-${two(p.month)}-${two(p.day)}`;
    // "The clashes of Aug. 9 show …": a present clause names a month-day either side, so the nearer one.
    // "since Oct. 2" is on or before the publication day, without the grace a past clause gets.
    const year =
      p.lead === 'past' ? (dayNumber(a.year, p.month, p.day) <= a.day ? a.year : a.year - 1) : monthDayYear(a, p.month, p.day, directionOf(ctx.tense(), PERIOD_DEFAULTS, p.lead));
    return `${year}-${two(p.month)}-${two(p.day)}`;
  }
  if (!a) return 'XXXX-XX-XX';
  if (p.weekday !== null) return formatDay(weekdayFrom(a.day, p.weekday, directionOf(ctx.tense(), DAY_DEFAULTS, p.lead)));
  // "At 6 a.m., troops moved in": the clock time of the day the story last named, else the publication day.
  return formatDay(ctx.reference('day') ?? a.day);
}

/**
 * The year of a month-day that names none (see `occurrenceYear`).
 * @example monthDayYear(anchorOf('2000-01-07')!, 1, 14, 'past') // 2000
 */
export function monthDayYear(a: Anchor, month: number, day: number, direction: Direction): number {
  return occurrenceYear(a, (y) => dayNumber(y, month, day), direction);
}

/**
 * Strict mode (no "today", "last week", bare weekdays: our rules read those) with the day before the
 * month in numeric dates ("12/03/2024" is 12 March), as news outside the US writes them. chrono's
 * day-first mode also drops "September 30" (it might be a year), so the month-name parser comes
 * from the month-first configuration.
 */
function configuration() {
  const dayFirst = chrono.en.configuration.createConfiguration(true, true);
  const monthFirst = chrono.en.configuration.createConfiguration(true, false);
  dayFirst.parsers = dayFirst.parsers.map((p, i) => (p.constructor.name === 'ENMonthNameMiddleEndianParser' ? monthFirst.parsers[i] ?? p : p));
  return dayFirst;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
