// Rules for the periods results stories name: "the quarter", "the year-earlier quarter", "for the year", "the current fiscal year".
import { fromDayNumber, shiftQuarter, yearShift } from './calendar.js';
import { directionOf, PERIOD_DEFAULTS, type Context, type Rule } from './candidate.js';
import { MONTH_NUMBER } from './words.js';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };


/**
 * The quarter a results story means by "the quarter": the one it named last, else the latest
 * finished one ("the latest quarter" always; "the quarter" in a future or present clause is the current one).
 */
function currentQuarter(ctx: Context, latest: boolean): string {
  const a = ctx.anchor;
  const here = a ? `${String(a.year).padStart(4, '0')}-Q${Math.ceil(a.month / 3)}` : null;
  if (latest && here) return shiftQuarter(here, -1);
  const named = ctx.quarter();
  if (named) return named;
  if (!here) return 'XXXX-QX';
  const tense = ctx.tense();
  return tense === 'future' || tense === 'present' ? here : shiftQuarter(here, -1);
}

/** The quarter a year before `quarter`; `XXXX-QX` stays. */
function yearBack(quarter: string): string {
  return quarter.startsWith('X') ? quarter : shiftQuarter(quarter, -4);
}

const ENDED_MONTH = new RegExp(`^\\s+(?:that\\s+)?(?:ended|ending|ends|to)\\s+(${[...MONTH_NUMBER.keys()].join('|')})\\b`);

function quarterEnding(ctx: Context, month: number): string {
  const q = Math.ceil(month / 3);
  const a = ctx.anchor;
  if (!a) return `XXXX-Q${q}`;
  return `${String(a.year + yearShift(month, a.month, 12, directionOf(ctx.tense(), PERIOD_DEFAULTS))).padStart(4, '0')}-Q${q}`;
}

/**
 * The year in view: that of the latest date named, or the publication year when the story last named a
 * later one ("aims to double its stores by 2028 … profit for the full year": a goal is not the year told).
 */
function referenceYear(ctx: Context): number | null {
  const day = ctx.reference('year');
  if (day === null) return null;
  const year = fromDayNumber(day).year;
  return ctx.anchor && year > ctx.anchor.year ? ctx.anchor.year : year;
}

// "the quarter", "the latest quarter", "the most recent quarter"; not "the quarter of the city", "the quarter-final".
const THE_QUARTER = /\b[Tt]he\s+(?:(latest|most\s+recent|just-ended|recent|past)\s+)?(?:quarter|(?<=(?:latest|recent|just-ended)\s+)period)\b(?!-|\s(?:finals?|of\s+(?:a|an|the|his|her|its|their)|mile|point|century)\b)/g;
// "the year-earlier quarter", "the comparable year-ago period", "year-earlier results", "the year-ago third quarter", "the 1988 second quarter"
const YEAR_AGO =
  /\b(?:([Tt]he)\s+(?:(?:comparable|same|corresponding)\s+)?)?(?:([Yy]ear-(?:ago|earlier))|((?:19|20)\d\d))(?:\s+(?:(first|second|third|fourth)[\s-]+quarter|(quarter|period))\b)?/g;
// "for the year", "of the full year", "in the current fiscal year", "the latest fiscal year"
const THE_YEAR =
  /\b(?:[Ff]or|[Oo]f|[Ii]n|[Dd]uring|[Tt]hrough|[Oo]ver|[Tt]hroughout)\s+([Tt]he\s+((?:(?:full|current|latest|last|previous|past|entire|whole)\s+)?(?:fiscal|financial|calendar)\s+year|(?:full|entire|whole)\s+year|year))\b(?!\s+(?:ago|earlier|before|after|of|when|that|in which|(?:19|20)\d\d)\b|-|'s|\s+old\b)/g;
const YEAR_GATE = /\byear\b/i;
// "complete the deal by year-end" (this year's), "the change since year-end" (last year's).
const YEAR_END = /\b(?:by|at|before|after|until|since|from)\s+(year[- ]end|year's\s+end)\b/gi;
// "next year's first quarter", "this year's third quarter"
const YEARS_QUARTER = /\b([Tt]his|[Ll]ast|[Nn]ext)\s+year's\s+(first|second|third|fourth)[\s-]+quarter\b/g;
// "last year's quarter", "the corresponding period last year", "the quarter a year ago": the quarter in view, a year back.
const QUARTER_YEAR_BACK =
  /\b(?:[Ll]ast\s+year's\s+(?:quarter|period)|[Tt]he\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))\b(?!')/g;
const QUARTER_GATE = /quarter|period|year-(?:ago|earlier|end)|year's end|year end/i;

/**
 * Results-story periods. "the quarter", "the latest quarter" → the quarter named last in the story,
 * else the latest finished one (`1989-Q3` in a late-October 1989 story). "the year-earlier quarter",
 * "the year-ago period", "year-earlier results" → a year before that quarter (or year); "the 1988
 * second quarter" → `1988-Q2`, "the 1988 period" → that year's quarter in view; "last year's quarter", "the
 * corresponding period last year", "the quarter a year ago" → the quarter in view a year back. "the latest period" is
 * "the latest quarter"; "by year-end" → `…-12-31`. "for the year" → the year in view (`1989`); "the year ended March
 * 31" is a length (`P1Y`); "the current fiscal year" → the publication year, "the latest fiscal
 * year" the one before.
 */
export const fiscalRule: Rule = (view, out) => {
  if (!QUARTER_GATE.test(view.text) && !YEAR_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(THE_QUARTER)) {
    const start = view.offset + m.index;
    const end = m.index + m[0].length;
    // "the quarter ended Sept. 30": the quarter holding that month, in the year the tense picks.
    const ended = ENDED_MONTH.exec(view.text.slice(end, end + 24));
    const month = ended ? MONTH_NUMBER.get(ended[1]!) : undefined;
    const latest = m[1] !== undefined;
    const resolve = month === undefined ? (ctx: Context) => currentQuarter(ctx, latest) : (ctx: Context) => quarterEnding(ctx, month);
    out.push({ start, end: view.offset + end, type: 'DATE', rule: 'quarter-anaphoric', preposition: true, resolve });
  }
  for (const m of view.text.matchAll(YEAR_AGO)) {
    const [, the, ago, year, ordinal, noun] = m;
    if (year && !(the && (ordinal || noun))) continue; // only "the 1988 second quarter", "the 1988 period": plain years are the year rule's
    // "the year-ago" alone is taken without "the" (TimeML quotes the modifier: "the [year-ago] results").
    const whole = ordinal !== undefined || noun !== undefined;
    const startAt = whole || !the ? m.index : m.index + m[0].indexOf(ago!);
    const start = view.offset + startAt;
    const q = ordinal ? ORDINAL[ordinal.toLowerCase()]! : 0;
    out.push({
      start,
      end: view.offset + m.index + m[0].length,
      type: 'DATE',
      rule: 'quarter-year-ago',
      preposition: true,
      compares: true,
      resolve(ctx) {
        const named = ctx.quarter();
        // "the 1988 quarter" with no quarter named before: the quarter a results story tells, the latest finished one.
        if (year) return q ? `${year}-Q${q}` : named ? `${year}-${named.slice(5)}` : noun?.toLowerCase() === 'quarter' ? `${year}-${currentQuarter(ctx, false).slice(5)}` : year;
        // "Last year it earned $3 million. The year-earlier results were restated": the comparison is with the year in
        // view, the publication's, not with a past year the story named.
        const y = named ? Number(named.slice(0, 4)) : ctx.anchor?.year ?? referenceYear(ctx);
        if (q) return y === null ? `XXXX-Q${q}` : `${String(y - 1).padStart(4, '0')}-Q${q}`;
        if (named) return shiftQuarter(named, -4);
        return y === null ? 'XXXX' : String(y - 1).padStart(4, '0');
      },
    });
  }
  for (const m of view.text.matchAll(YEAR_END)) {
    const since = /^since\s/i.test(m[0]);
    const start = view.offset + m.index + m[0].length - m[1]!.length;
    out.push({
      start,
      end: start + m[1]!.length,
      type: 'DATE',
      rule: 'year-end',
      preposition: false,
      resolve: (ctx) => (ctx.anchor ? `${String(ctx.anchor.year - (since ? 1 : 0)).padStart(4, '0')}-12-31` : 'XXXX-12-31'),
    });
  }
  if (!YEAR_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(QUARTER_YEAR_BACK)) {
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: 'quarter-year-ago', preposition: true, compares: true, resolve: (ctx) => yearBack(currentQuarter(ctx, false)) });
  }
  for (const m of view.text.matchAll(YEARS_QUARTER)) {
    const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
    const q = ORDINAL[m[2]!.toLowerCase()]!;
    const start = view.offset + m.index;
    out.push({
      start,
      end: start + m[0].length,
      type: 'DATE',
      rule: 'quarter-of-year',
      preposition: true,
      resolve: (ctx) => (ctx.anchor ? `${String(ctx.anchor.year + shift).padStart(4, '0')}-Q${q}` : `XXXX-Q${q}`),
    });
  }
  for (const m of view.text.matchAll(THE_YEAR)) {
    const phrase = m[2]!.toLowerCase();
    const start = view.offset + m.index + m[0].length - m[1]!.length;
    const end = view.offset + m.index + m[0].length;
    const after = view.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(?:ended|ending|to\s+[A-Z])/.test(after)) {
      out.push({ start, end, type: 'DURATION', rule: 'year-ended', preposition: false, resolve: () => 'P1Y' });
      continue;
    }
    const shift = /^(?:latest|last|previous|past)\s/.test(phrase) ? -1 : 0;
    const fromPublication = shift !== 0 || phrase.startsWith('current');
    out.push({
      start,
      end,
      type: 'DATE',
      rule: 'year-anaphoric',
      preposition: false,
      resolve(ctx) {
        const y = fromPublication ? ctx.anchor?.year ?? null : referenceYear(ctx);
        return y === null ? 'XXXX' : String(y + shift).padStart(4, '0');
      },
    });
  }
};
