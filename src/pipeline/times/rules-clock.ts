// Rules for times of day: a clock time before its day ("at 10 p.m. Wednesday", "noon Thursday", "9 a.m. EST today"), "at midday", "mid-afternoon yesterday", "4 in the morning".
import { formatDay, weekdayFrom, type Direction } from './calendar.js';
import { DAY_DEFAULTS, directionOf, leadDirection, type Context, type Rule } from './candidate.js';
import { PARTS_OF_DAY, WEEKDAYS } from './words.js';

const CLOCK_DAY =
  /\b(?:(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.\s?m\.?|(\d{1,2})(?:[:.](\d\d))?\s*([ap])m\b|(noon|midnight|midday))(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|BST|local\s+time))?\s+(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|tomorrow)\b/g;
const CLOCK_GATE = /\d\s*[ap]\.?\s?m|noon|midnight|midday/i;
const SHIFT: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

/**
 * A clock time followed by the day it falls on is one TIME: "at 10 p.m. Wednesday" →
 * `…-11T22:00`, "noon Thursday" → `…T12:00`, "midnight Friday" → `…T24:00` (TimeML's end of day).
 * The weekday follows the clause's tense as a bare weekday does ("gave them until 9 a.m. Tuesday" is ahead). Without a publication date the day stays `XXXX-XX-XX`.
 */
export const clockDayRule: Rule = (view, out) => {
  if (!CLOCK_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(CLOCK_DAY)) {
    const time = clockOf(m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6], m[7]);
    const dayWord = m[8]!;
    const start = view.offset + m.index;
    const lead = leadDirection(view.text, m.index);
    out.push({
      start,
      end: start + m[0].length,
      type: 'TIME',
      rule: 'clock-day',
      preposition: true,
      resolve: (ctx) => dayOf(ctx, dayWord, lead) + time,
    });
  }
};

/**
 * The day `dayWord` names ("today", "yesterday", a weekday by the clause's tense, or `lead`), or
 * with no day word the day the story last named, else the publication day; `XXXX-XX-XX` without one.
 */
function dayOf(ctx: Context, dayWord: string | undefined, lead: Direction | null): string {
  const a = ctx.anchor;
  if (!a) return 'XXXX-XX-XX';
  if (dayWord === undefined) return formatDay(ctx.reference('day') ?? a.day);
  const shift = SHIFT[dayWord.toLowerCase()];
  return formatDay(shift !== undefined ? a.day + shift : weekdayFrom(a.day, WEEKDAYS.indexOf(dayWord), directionOf(ctx.tense(), DAY_DEFAULTS, lead)));
}

// "at midday", "until midnight": a clock word after a preposition ("high noon" is a figure of speech).
const CLOCK_WORD = /\b(?:at|by|until|till|before|after|around|from|since|near|towards?)\s+(noon|midday|midnight)\b/g;
// "mid-afternoon yesterday", "By mid afternoon", "mid-morning Tuesday"
const MID_PART = /\b[Mm]id[- ]?(morning|afternoon|evening)\b(?:\s+(today|yesterday|tomorrow|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)?/g;
// "at 4 in the morning", "seven in the evening"
const HOUR_PART = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+the\s+(morning|afternoon|evening|night)\b/gi;
// "placed orders in the morning": the morning of the day the story is telling ("4 in the morning" is a clock time).
const IN_THE_PART = /(?<!\d\s)\bin\s+(the\s+(morning|afternoon|evening))\b/gi;
const HOUR_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const PART_GATE = /noon|midday|midnight|mid[- ]?(?:morning|afternoon|evening)|in the (?:morning|afternoon|evening|night)/i;

/**
 * Times of day without a clock: "at midday" → `…T12:00`, "until midnight" → `…T24:00`, "mid-afternoon
 * yesterday" → `…TAF`, "at 4 in the morning" → `…T04:00`, "in the morning" → `…TMO`. With no day named they fall on the day the
 * story last named, else the publication day.
 */
export const partOfDayRule: Rule = (view, out) => {
  if (!PART_GATE.test(view.text)) return;
  const add = (at: number, length: number, dayWord: string | undefined, time: string) => {
    const start = view.offset + at;
    const lead = leadDirection(view.text, at);
    out.push({ start, end: start + length, type: 'TIME', rule: 'part-of-day', preposition: false, resolve: (ctx) => dayOf(ctx, dayWord, lead) + time });
  };
  for (const m of view.text.matchAll(CLOCK_WORD)) add(m.index + m[0].length - m[1]!.length, m[1]!.length, undefined, clockOf(undefined, undefined, undefined, m[1]));
  for (const m of view.text.matchAll(IN_THE_PART)) add(m.index + m[0].length - m[1]!.length, m[1]!.length, undefined, `T${PARTS_OF_DAY[m[2]!.toLowerCase()]}`);
  for (const m of view.text.matchAll(MID_PART)) add(m.index, m[0].length, m[2], `T${PARTS_OF_DAY[m[1]!]}`);
  for (const m of view.text.matchAll(HOUR_PART)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : HOUR_WORDS.indexOf(m[1]!.toLowerCase());
    if (n < 1 || n > 12) continue;
    const part = m[2]!.toLowerCase();
    // "4 in the morning" → 04, "7 in the evening" → 19, "11 in the night" → 23 but "2 in the night" → 02.
    const afterNoon = part === 'afternoon' || part === 'evening' || (part === 'night' && n >= 6);
    const hour = (n % 12) + (afterNoon ? 12 : 0);
    add(m.index, m[0].length, undefined, `T${String(hour).padStart(2, '0')}:00`);
  }
};

function clockOf(hour: string | undefined, minute: string | undefined, half: string | undefined, word: string | undefined): string {
  if (word) return word.toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
  let h = Number(hour) % 12;
  if (half!.toLowerCase() === 'p') h += 12;
  return `T${String(h).padStart(2, '0')}:${minute ?? '00'}`;
}
