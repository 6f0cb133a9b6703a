// Rule for a day of the month named by its ordinal alone: "on the 25th", "by the 3rd of next month".
import { dayNumber, formatDay, fromDayNumber } from './calendar.js';
import { DAY_DEFAULTS, directionOf, type Rule } from './candidate.js';

// "on the 25th." / "until the 3rd, when" / "the 25th of this month"; not "the 25th anniversary", "the 3rd floor".
const ORDINAL_DAY =
  /\b(?:on|by|until|till|since|from|before|after|through)\s+(the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|last|next)\s+month)?)(?=\s*[,.;:)]|\s*$|\s+(?:at|when|and|or|to|in|as|after|before|for|with|through|until)\b)/gi;
const ORDINAL_GATE = /\d(?:st|nd|rd|th)\b/;

/**
 * "on the 25th" → the 25th of the month in view: of the month the story last named ("In July … on the
 * 25th" → `…-07-25`), else of the publication month or, as the tense points, the month before or
 * after ("met on the 25th" told on 14 September → `2025-08-25`). "the 3rd of next month" counts from
 * the publication month. Without a publication date the day stays `XXXX-XX-XX`.
 */
export const ordinalDayRule: Rule = (view, out) => {
  if (!ORDINAL_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(ORDINAL_DAY)) {
    const date = Number(m[2]);
    if (date < 1 || date > 31) continue;
    const which = m[3]?.toLowerCase();
    const start = view.offset + m.index + m[0].length - m[1]!.length;
    out.push({
      start,
      end: start + m[1]!.length,
      type: 'DATE',
      rule: 'ordinal-day',
      preposition: true,
      resolve(ctx) {
        const a = ctx.anchor;
        if (!a) return 'XXXX-XX-XX';
        if (which) return formatDay(dayNumber(a.year, a.month + (which === 'last' ? -1 : which === 'next' ? 1 : 0), date));
        const direction = directionOf(ctx.tense(), DAY_DEFAULTS);
        const named = ctx.reference('month');
        if (named !== null && named !== a.day) {
          const { year, month } = fromDayNumber(named);
          const day = dayNumber(year, month, date);
          // The month in view serves unless the tense points the other way ("will meet on the 3rd" after a past date).
          if (!(direction === 'future' && day < a.day) && !(direction === 'past' && day > a.day)) return formatDay(day);
        }
        const here = dayNumber(a.year, a.month, date);
        if (direction === 'past' && here > a.day) return formatDay(dayNumber(a.year, a.month - 1, date));
        if (direction === 'future' && here < a.day) return formatDay(dayNumber(a.year, a.month + 1, date));
        return formatDay(here);
      },
    });
  }
};
