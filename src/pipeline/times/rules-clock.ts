// Rule for a clock time before its day: "at 10 p.m. Wednesday", "noon Thursday", "midnight Friday", "9 a.m. EST today".
import { formatDay, weekdayFrom } from './calendar.js';
import { DAY_DEFAULTS, directionOf, leadDirection, type Rule } from './candidate.js';
import { WEEKDAYS } from './words.js';

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
      resolve(ctx) {
        const a = ctx.anchor;
        if (!a) return `XXXX-XX-XX${time}`;
        const shift = SHIFT[dayWord];
        const day = shift !== undefined ? a.day + shift : weekdayFrom(a.day, WEEKDAYS.indexOf(dayWord), lead ?? directionOf(ctx.tense(), DAY_DEFAULTS));
        return formatDay(day) + time;
      },
    });
  }
};

function clockOf(hour: string | undefined, minute: string | undefined, half: string | undefined, word: string | undefined): string {
  if (word) return word.toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
  let h = Number(hour) % 12;
  if (half!.toLowerCase() === 'p') h += 12;
  return `T${String(h).padStart(2, '0')}:${minute ?? '00'}`;
}
