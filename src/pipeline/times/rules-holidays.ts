// Rule for holidays: "Thanksgiving Day", "on Christmas Eve", "last Easter", "New Year's Day 2024".
import { dayNumber, easter, formatDay, formatWeek, nthWeekday, occurrenceYear, type DayNumber } from './calendar.js';
import { DAY_DEFAULTS, directionOf, type Rule } from './candidate.js';

/** Holidays with a date every year, and the sentence that motivated each; `week` ones name the ISO week holding that day. */
const HOLIDAYS: { pattern: string; day: (year: number) => DayNumber; example: string; week?: boolean }[] = [
  { pattern: "New Year's Day", day: (y) => dayNumber(y, 1, 1), example: "Markets were closed on New Year's Day." },
  { pattern: "New Year's Eve", day: (y) => dayNumber(y, 12, 31), example: "Crowds gathered on New Year's Eve." },
  { pattern: 'Christmas Eve', day: (y) => dayNumber(y, 12, 24), example: 'Talks broke off on Christmas Eve.' },
  { pattern: '(?:Christmas|Xmas)(?: Day)?', day: (y) => dayNumber(y, 12, 25), example: 'A truce held over Christmas.' },
  { pattern: 'Boxing Day', day: (y) => dayNumber(y, 12, 26), example: 'Shops reopened on Boxing Day.' },
  { pattern: "(?:St\\.? )?Valentine's Day", day: (y) => dayNumber(y, 2, 14), example: "The vote fell on Valentine's Day." },
  { pattern: 'Halloween', day: (y) => dayNumber(y, 10, 31), example: 'The attack came on Halloween.' },
  { pattern: '(?:the )?Fourth of July', day: (y) => dayNumber(y, 7, 4), example: 'Fireworks lit the sky on the Fourth of July.' },
  { pattern: '(?:Veterans|Armistice|Remembrance) Day', day: (y) => dayNumber(y, 11, 11), example: 'Veterans marched on Armistice Day.' },
  { pattern: 'May Day', day: (y) => dayNumber(y, 5, 1), example: 'Unions rallied on May Day.' },
  { pattern: 'Bastille Day', day: (y) => dayNumber(y, 7, 14), example: 'Troops paraded on Bastille Day.' },
  { pattern: 'Thanksgiving(?: Day)?', day: (y) => nthWeekday(y, 11, 4, 4), example: 'Travel peaked before Thanksgiving Day.' },
  { pattern: 'Labor Day', day: (y) => nthWeekday(y, 9, 1, 1), example: 'The campaign began in earnest after Labor Day.' },
  // The Tuesday after the first Monday of November, as US law sets it.
  { pattern: 'Election Day', day: (y) => nthWeekday(y, 11, 1, 1) + 1, example: 'Both campaigns rallied in Ohio days before Election Day.' },
  { pattern: 'Memorial Day', day: (y) => nthWeekday(y, 5, 1, -1), example: 'Congress left for Memorial Day.' },
  { pattern: 'Good Friday', day: (y) => easter(y) - 2, example: 'The Good Friday agreement was signed that spring.' },
  // Holy Week runs up to Easter Sunday, so it lies in the ISO week (Monday to Sunday) that Easter ends.
  { pattern: '(?:Easter|Holy) [Ww]eek', day: easter, week: true, example: 'Pilgrims filled the old city as Holy Week began.' },
  { pattern: 'Easter Monday', day: (y) => easter(y) + 1, example: 'The rising began on Easter Monday.' },
  { pattern: 'Easter(?: Sunday)?', day: easter, example: 'The Pope spoke at Easter.' },
];

const HOLIDAY = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${HOLIDAYS.map((h) => `(${h.pattern})`).join('|')})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
  'g',
);
const HOLIDAY_GATE = /Holy [Ww]eek|Election Day|New Year|Christmas|Xmas|Boxing|Valentine|Halloween|Fourth of July|Veterans|Armistice|Remembrance|May Day|Bastille|Thanksgiving|Labor Day|Memorial Day|Good Friday|Easter/;

/**
 * Holidays: "Thanksgiving Day" → the fourth Thursday of November, "Election Day" → the Tuesday after
 * the first Monday of November, "Christmas Eve" → `…-12-24`,
 * "Easter" by the Gregorian computus, "Easter week" and "Holy Week" → the ISO week Easter Sunday ends. A year after the name fixes it ("Christmas 2019"); "last" and
 * "next" count from the publication date; otherwise the clause's tense picks the year as for a
 * month-day. Without a publication date and year the value keeps `XXXX` (`XXXX-12-25`), or
 * `XXXX-XX-XX` for movable feasts.
 */
export const holidayRule: Rule = (view, out) => {
  if (!HOLIDAY_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(HOLIDAY)) {
    const index = HOLIDAYS.findIndex((_, i) => m[3 + i] !== undefined);
    if (index < 0) continue;
    const holiday = HOLIDAYS[index]!;
    const modifier = m[1]?.toLowerCase();
    const year = m[3 + HOLIDAYS.length];
    const start = view.offset + m.index;
    out.push({
      start,
      end: start + m[0].length,
      type: 'DATE',
      rule: 'holiday',
      preposition: true,
      resolve(ctx) {
        const format = holiday.week ? formatWeek : formatDay;
        if (year) return format(holiday.day(Number(year)));
        const a = ctx.anchor;
        if (!a) {
          if (holiday.week) return 'XXXX-WXX';
          const sample = formatDay(holiday.day(2001));
          return formatDay(holiday.day(2002)).slice(5) === sample.slice(5) ? `XXXX-${sample.slice(5)}` : 'XXXX-XX-XX';
        }
        let y: number;
        // "last Christmas": the latest one before the publication day; "next Easter": the first after it.
        if (modifier === 'last') y = holiday.day(a.year) < a.day ? a.year : a.year - 1;
        else if (modifier === 'next') y = holiday.day(a.year) > a.day ? a.year : a.year + 1;
        else if (modifier === 'this') y = a.year;
        else y = occurrenceYear(a, holiday.day, directionOf(ctx.tense(), DAY_DEFAULTS));
        return format(holiday.day(y));
      },
    });
  }
};
