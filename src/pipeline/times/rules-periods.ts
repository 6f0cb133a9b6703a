// Rules for years and longer periods: "in 2019", "the 1990s", "the 20th century", "the third quarter", "last summer".
import type { Anchor, Direction } from './calendar.js';
import { yearShift } from './calendar.js';
import { directionOf, PERIOD_DEFAULTS, tokenIndexAt, type Context, type Rule, type SentenceView } from './candidate.js';
import { EVENT_NOUNS, MONTHS, SEASONS } from './words.js';

// Not inside "$2019", "2,019", "2019.5", "10:2019", "1990s" (a decade), "2019-year-old".
const YEAR = /(?<![\d$£€¥.,:/])\b((?:1[5-9]|20)\d\d)\b(?![.,:/]\d|%|s\b|-(?:year|old))/g;
const FOUR_DIGITS = /\d\d\d\d/;
// "in 2019", "since 2019", "early 2019", "the year 2000", "fiscal 2024", "bonds due 2030", "killings dating back to 1994"
const YEAR_LEAD = /\b(?:in|since|until|till|by|from|during|through|throughout|before|after|of|around|circa|as of|year|fiscal|between|for|into|both|due|(?:dating|dates|dated)(?: back)? to|the end of|the start of|the beginning of|the middle of)\s+$/i;
// "the 1988 period", "its 1989 operating results", "the company's 1990 earnings": a year before a singular noun or a results word.
const YEAR_DETERMINER = /(?:\b(?:the|its|their|his|her|our|this|that)|'s)\s+$/i;
const COUNTED_AFTER = /^\s+(?:[a-z-]+\s+)?(?:[a-z]+[^s\W]|results|earnings|figures|levels|sales|profits|elections|talks)\b/;
const COUNTS_AFTER = /^\s+(?:people|troops|soldiers|workers|jobs|members|employees|votes|men|women|children|cars|units|tons|tonnes|acres|miles|metres|meters|feet|pounds|dollars|shares|barrels)\b/;
// "early 2019", "mid-1990", "the end of 1990", "post-1959 politics": TimeML quotes the modifier with the year.
const YEAR_MODIFIER = /\b(early|late|mid)[\s-]+$|\b(?:mid|pre|post)-$|\bthe (?:end|start|beginning|middle) of\s+$/i;
// "2004 was a good year", "2019 saw": a year as the subject (counts take plural verbs: "2000 were").
const YEAR_SUBJECT = /^\s+(?:was|is|saw|has|had|will|marked|brought|proved)\b/;
// "between 2010 and 2015", "2010-2015", "2019 or 2020"
const YEAR_JOINED = /(?:1[5-9]|20)\d\d\s*(?:-|–|to|and|or|through|until)\s*$/;
// "in 2014, 2016 and 2019": the middle of a list of years ("In 2019, 2000 people left" is no list).
const YEAR_LISTED = /(?:1[5-9]|20)\d\d,\s*$/;
const YEAR_LIST_GOES_ON = /^,?\s+(?:and|or)\s+(?:1[5-9]|20)\d\d\b|^,\s*(?:1[5-9]|20)\d\d\b/;

/**
 * Years: "in 2019", "since 2019", "early 2019", "2010-2015", "the 2024 elections", "a 1996 law" → `2019` …
 * A number in the year range counts only after a temporal preposition, in a range or list of years,
 * before an event noun, or as "2019's"; "2000 troops" is a count, not a year.
 */
export const yearRule: Rule = (view, out) => {
  // YEAR opens with a lookbehind tried at every position; a plain search for four digits rules most sentences out first.
  if (!FOUR_DIGITS.test(view.text)) return;
  for (const m of view.text.matchAll(YEAR)) {
    const at = m.index;
    const before = view.text.slice(Math.max(0, at - 30), at);
    const mod = YEAR_MODIFIER.exec(before);
    const lead = mod ? before.slice(0, mod.index) : before;
    const end = at + m[0].length;
    const after = view.text.slice(end, end + 30);
    const modifiesNoun = YEAR_DETERMINER.test(lead) && COUNTED_AFTER.test(after) && !COUNTS_AFTER.test(after);
    const accepted =
      mod !== null || YEAR_LEAD.test(lead) || YEAR_JOINED.test(before) || (YEAR_LISTED.test(before) && YEAR_LIST_GOES_ON.test(after)) ||
      view.text.startsWith("'s", end) || YEAR_SUBJECT.test(view.text.slice(end, end + 8)) ||
      modifiesNoun || followedByEvent(view, view.offset + end);
    if (!accepted) continue;
    const value = m[1]!;
    // "fiscal 1988": the fiscal year is the expression.
    const fiscal = !mod && /\bfiscal\s+$/i.test(before) ? /fiscal\s+$/i.exec(before)![0].length : 0;
    out.push({
      start: view.offset + (mod ? at - before.length + mod.index : at - fiscal),
      end: view.offset + end,
      type: 'DATE',
      rule: 'year',
      preposition: true,
      resolve: () => value,
    });
  }
};

// "the 2024 elections", "the 2019-20 season", "the 2005 general election"
function followedByEvent(view: SentenceView, offset: number): boolean {
  const first = tokenIndexAt(view, offset);
  for (let i = first; i < Math.min(view.to, first + 4); i++) {
    const t = view.tokens[i]!;
    if (EVENT_NOUNS.has(t.normal)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.normal !== '-') return false;
  }
  return false;
}

// "the 1990s", "the early 2000s", "the '90s", "the 80s" (the two-digit form needs "the": "in their 80s" is an age).
const DECADE = /\b([Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)0|'?([1-9])0)'?s\b/g;

const DECADE_GATE = /\d0'?s\b|ties\b/;
// "the nineties", "the late eighties", as transcripts write them; "the" again, since "in his sixties" is an age.
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const SPELLED_DECADE = new RegExp(`\\b[Tt]he\\s+(?:(?:early|mid|late)[\\s-]+)?(${DECADE_WORDS.join('|')})\\b`, 'g');

/** Decades: "the 1990s" → `199`, "the '90s" and "the nineties" → `199`, "the 2020s" and "the twenties" → `202`. */
export const decadeRule: Rule = (view, out) => {
  if (!DECADE_GATE.test(view.text)) return;
  const add = (index: number, length: number, value: string) => {
    const start = view.offset + index;
    out.push({ start, end: start + length, type: 'DATE', rule: 'decade', preposition: true, resolve: () => value });
  };
  for (const m of view.text.matchAll(DECADE)) {
    if (!m[2] && !m[1]) continue;
    add(m.index, m[0].length, m[2] ?? twoDigitDecade(Number(m[3])));
  }
  for (const m of view.text.matchAll(SPELLED_DECADE)) add(m.index, m[0].length, twoDigitDecade(DECADE_WORDS.indexOf(m[1]!) + 2));
};

/** A decade named by its tens digit: "the 20s" is the 2020s, "the 90s" the 1990s. */
function twoDigitDecade(tens: number): string {
  return tens >= 3 ? `19${tens}` : `20${tens}`;
}

const CENTURY_WORDS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 };
const CENTURY = /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty[- ]first))[\s-]+century\b/gi;

const CENTURY_GATE = /centur/i;

/** Centuries: "the 20th century" → `19`, "the twenty-first century" → `20` (TIMEX3 writes the leading digits). */
export const centuryRule: Rule = (view, out) => {
  if (!CENTURY_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(CENTURY)) {
    const n = m[1] ? Number(m[1]) : CENTURY_WORDS[m[2]!.toLowerCase()]!;
    const value = String(n - 1).padStart(2, '0');
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: 'century', preposition: true, resolve: () => value });
  }
};

// Quarters are mostly named in results already reported: "growth in the fourth quarter".
const QUARTER_DEFAULTS = { present: 'nearest', none: 'past' } as const;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
// "the third quarter", "fourth-quarter profits", "the first quarter of 2024", "the last quarter" (the previous one)
const QUARTER =
  /\b(?:(the\s+)?(?:fiscal\s+)?)(first|second|third|fourth|final|last|previous|this|current|next|coming|1st|2nd|3rd|4th)([\s-]+)quarter\b(?![\s-]finals?\b)(?:\s+of\s+(?:((?:19|20)\d\d)|(this|last|next) year))?|\bQ([1-4])\b(?:\s+((?:19|20)\d\d))?/gi;

const QUARTER_GATE = /quarter|Q[1-4]/i;

/**
 * Quarters: "the third quarter" → `2025-Q3` (the clause's tense picks the year: past → the latest
 * quarter on or before the publication date), "Q1 2024" → `2024-Q1`, "last quarter" → the previous one.
 */
export const quarterRule: Rule = (view, out) => {
  if (!QUARTER_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(QUARTER)) {
    // "the third-quarter loss": TimeML quotes the adjective without the article of its noun.
    const article = m[1] && m[3] === '-' ? m[1].length : 0;
    const word = (m[2] ?? '').toLowerCase();
    // "a third quarter of the budget" is a fraction; "a third-quarter loss" is a quarter.
    if (m.index > 1 && /\ba\s+$/i.test(view.text.slice(m.index - 2, m.index)) && /^\s+of\b/.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const start = view.offset + m.index + article;
    const year = m[4] ?? m[7];
    const yearWord = m[5]?.toLowerCase();
    const relative = year === undefined && yearWord === undefined && ['last', 'previous', 'this', 'current', 'next', 'coming'].includes(word);
    const q = m[6] ? Number(m[6]) : ORDINALS[word] ?? 0;
    out.push({
      start,
      end: view.offset + m.index + m[0].length,
      type: 'DATE',
      rule: relative ? 'quarter-relative' : 'quarter',
      preposition: true,
      resolve(ctx) {
        if (year) return `${year}-Q${q}`;
        const a = ctx.anchor;
        if (!a) return relative ? 'XXXX-QX' : `XXXX-Q${q}`;
        const current = Math.ceil(a.month / 3);
        if (relative) {
          const index = a.year * 4 + current - 1 + (word === 'last' || word === 'previous' ? -1 : word === 'next' || word === 'coming' ? 1 : 0);
          return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
        }
        if (yearWord) return `${a.year + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0)}-Q${q}`;
        const direction = directionOf(ctx.tense(), QUARTER_DEFAULTS);
        // "plans to restructure after a third-quarter loss" told in October: a quarter just ended still has its results ahead.
        if (direction === 'future') return `${firstYearFrom(a.year * 4 + current - 2, q)}-Q${q}`;
        return `${a.year + yearShift(q, current, 4, direction)}-Q${q}`;
      },
    });
  }
};

/**
 * The year of the first quarter `q` at or after the quarter numbered `from` (year × 4 + quarter − 1).
 * @example firstYearFrom(2024 * 4 + 2, 3) // 2024: from 2024-Q3, the third quarter is that one
 */
function firstYearFrom(from: number, q: number): number {
  const year = Math.floor(from / 4);
  return year * 4 + q - 1 >= from ? year : year + 1;
}

const SEASON = /\b(?:(this\s+past|this\s+coming|last|next|this|the|early|late)\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\b(?:\s+of\s+((?:19|20)\d\d)|,?\s+((?:19|20)\d\d))?/gi;
const SEASON_LEAD = /\b(?:in|during|over|through|throughout|since|until|by|before|after|for|into|from|of)\s+$/i;

const SEASON_GATE = /spring|summer|autumn|fall|winter/i;

/**
 * Seasons: "last summer" → `2024-SU` (told in September 2025: "this summer" is 2025's), "the summer of
 * 2019" → `2019-SU`, "in the spring" and "well into the summer" by the clause's tense, "this past
 * spring" → the latest spring. Winter carries the year of its December.
 * "fall" counts only with a year or "last/next/this", or as "in the fall" not followed by "of".
 */
export const seasonRule: Rule = (view, out) => {
  if (!SEASON_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(SEASON)) {
    const name = m[2]!;
    if (name !== name.toLowerCase()) continue; // "Summer Olympics", "Winter Palace"
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const year = m[3] ?? m[4];
    const before = view.text.slice(Math.max(0, m.index - 12), m.index);
    const relative = lead === 'last' || lead === 'next' || lead.startsWith('this');
    if (!year && !relative && !SEASON_LEAD.test(before)) continue;
    // "a fall in confidence", "the fall of Kabul" are not the season; "in the fall" is.
    if (name === 'fall' && !year && !relative) {
      const end = m.index + m[0].length;
      if (!/\b(?:in|during)\s+(?:the\s+)?fall$/i.test(view.text.slice(Math.max(0, end - 16), end))) continue;
      if (/^\s+(?:in|of|to|from|by|on)\b/.test(view.text.slice(end, end + 8))) continue;
    }
    const season = SEASONS[name]!;
    const start = view.offset + m.index;
    out.push({
      start,
      end: start + m[0].length,
      type: 'DATE',
      rule: relative ? 'season-relative' : 'season',
      preposition: true,
      resolve: (ctx) => (year ? `${year}-${season.code}` : seasonValue(ctx, season, lead)),
    });
  }
};

function seasonValue(ctx: Context, season: { code: string; index: number }, lead: string): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-${season.code}`;
  if (lead === 'last' || lead === 'next' || lead === 'this') {
    // "this winter" told in January is the winter that began in December.
    const thisYear = season.index === 3 && a.month <= 2 ? a.year - 1 : a.year;
    return `${thisYear + (lead === 'last' ? -1 : lead === 'next' ? 1 : 0)}-${season.code}`;
  }
  // "this past spring" is the latest spring, "this coming winter" the next one.
  const direction = lead === 'this past' ? 'past' : lead === 'this coming' ? 'future' : directionOf(ctx.tense(), PERIOD_DEFAULTS);
  const ordinal = seasonOrdinal(a, season.index, direction);
  return `${Math.floor(ordinal / 4)}-${season.code}`;
}

/** Seasons counted from year 0 (year × 4 + index): the one with `index` that `direction` picks from now. */
function seasonOrdinal(a: Anchor, index: number, direction: Direction): number {
  const current = a.month <= 2 ? (a.year - 1) * 4 + 3 : a.year * 4 + Math.floor((a.month - 3) / 3);
  const base = Math.floor(current / 4) * 4 + index;
  const past = base <= current ? base : base - 4;
  const future = base >= current ? base : base + 4;
  if (direction === 'past') return past;
  if (direction === 'future') return future;
  return current - past <= future - current ? past : future;
}

const TEEN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const DIGIT = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// "nineteen ninety-six", "nineteen eighty", "eighteen twelve"; "two thousand" only after "the year"/"in" (else a count).
const SPELLED_YEAR = new RegExp(
  `\\b(the\\s+year\\s+)?(?:(eighteen|nineteen)[\\s-]+(?:(${TEEN.join('|')})|(${TENS_WORDS.join('|')})(?:[\\s-](${DIGIT.join('|')}))?|(hundred))|(two\\s+thousand)(?:\\s+(?:and\\s+)?(${[...DIGIT, ...TEEN].join('|')}))?)\\b`,
  'gi',
);
const SPELLED_GATE = /eighteen|nineteen|two thousand/i;
// "January nineteen ninety-seven", "the winter of nineteen ninety-six": the month or season joins the year.
const NAMED_BEFORE = new RegExp(`(?:\\b(${MONTHS.join('|')}),?\\s+|\\b((?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+of\\s+))$`);

/**
 * Years spelled out, as broadcast transcripts write them: "nineteen ninety-six" → `1996`, "the year
 * two thousand" → `2000`, "in two thousand and one" → `2001`, with the month or season before them:
 * "January nineteen ninety-seven" → `1997-01`, "the winter of nineteen ninety-six" → `1996-WI`.
 */
export const spelledYearRule: Rule = (view, out) => {
  if (!SPELLED_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(SPELLED_YEAR)) {
    const [, theYear, century, teen, tens, digit, hundred, thousand, after] = m;
    let value: number;
    if (thousand) {
      // "two thousand people" is a count: only "the year two thousand" and "in two thousand".
      const lead = view.text.slice(Math.max(0, m.index - 7), m.index);
      if (!theYear && !/\b(?:in|since|until|by|of)\s+$/i.test(lead)) continue;
      const rest = after ? after.toLowerCase() : '';
      value = 2000 + (rest ? DIGIT.indexOf(rest) + 1 || TEEN.indexOf(rest) + 10 : 0);
    } else {
      const base = century!.toLowerCase() === 'eighteen' ? 1800 : 1900;
      if (hundred) value = base;
      else if (teen) value = base + TEEN.indexOf(teen.toLowerCase()) + 10;
      else value = base + (TENS_WORDS.indexOf(tens!.toLowerCase()) + 2) * 10 + (digit ? DIGIT.indexOf(digit.toLowerCase()) + 1 : 0);
    }
    const named = theYear ? null : NAMED_BEFORE.exec(view.text.slice(Math.max(0, m.index - 24), m.index));
    const month = named?.[1] ? `-${String(MONTHS.indexOf(named[1]) + 1).padStart(2, '0')}` : '';
    const season = named?.[3] ? `-${SEASONS[named[3]]!.code}` : '';
    const text = `${value}${month}${season}`;
    const start = view.offset + m.index - (named?.[0].length ?? 0);
    out.push({ start, end: view.offset + m.index + m[0].length, type: 'DATE', rule: 'year-spelled', preposition: true, resolve: () => text });
  }
};
