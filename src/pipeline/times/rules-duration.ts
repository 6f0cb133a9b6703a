// Rules for lengths of time and repetitions: "three days" (P3D), "a two-year deal", "for years", "every year", "$5bn a year".
import { tokenIndexAt, type Candidate, type Rule, type SentenceView } from './candidate.js';
import { MONTHS, NUMBER_SOURCE, numberOf, SEASONS, UNIT_SOURCE, UNITS, unitOf } from './words.js';

// The lead words are matched so the rule can see them. TimeML's spans (TimeBank): prepositions stay out
// ("for [three days]"); approximations, a definite article and "the past/next" join ("[nearly two
// years]", "[the nine months]", "[the last three months]"), except the article of a noun that the
// length modifies ("the [two-week] crisis").
const COUNT_BEFORE = new RegExp(
  `(?:((?:the\\s+)?(?:past|last|next|coming|previous|first|following|final|initial)\\s+)|((?:for|over|within|after|in|lasting|spanning)\\s+)|((?:about|around|nearly|almost|roughly|approximately|some|(?:more|less|fewer)\\s+than|at\\s+least|no\\s+more\\s+than|up\\s+to)\\s+)|(the\\s+))?\\b(${NUMBER_SOURCE}|couple\\s+of)(\\s+1/2|\\s+and\\s+a\\s+half)?(\\s+(?:more|additional|further|extra|trading|business|working))?[\\s-]+$`,
  'i',
);
// "a day", "one year" alone are often not durations ("One day, …", "a day after the vote").
const SINGULAR = /^(?:a|an|one)$/i;
// "for years", "within weeks", but not "in years of conflict" nor "years ago".
const BARE_LEAD = /\b(?:for|over|within|after|in)\s+$/i;
const BARE_NOT_AFTER = /^\s+(?:ago|later|earlier|of\s+(?:the|his|her|their))\b/i;
// "a year and a half", "two hours and a half"
const HALF_AFTER = /^\s+and\s+a\s+half\b/;
// "three quarters of the vote", "a quarter of an hour", "the quarter-finals": fractions and rounds, not quarters of a year.
const NOT_QUARTERS = /^(?:\s+of\b|-)/;

/**
 * Whether a count before "quarters of" makes a stretch of time, not a fraction: a vague count ("has posted
 * several quarters of losses", "a few quarters of growth") or one past three ("six quarters of decline"); "three
 * quarters of the vote" is a fraction.
 */
function stretchOfQuarters(count: string | undefined): boolean {
  if (count === undefined || /^(?:a|an|one|hundred)$/i.test(count)) return false;
  const n = numberOf(count.replace(/^couple\s+of$/i, 'a couple of'));
  return n === null || n > 3;
}

/**
 * Durations: "three days" → `P3D`, "two years" → `P2Y`, "the past two weeks" → `P2W`, "a 24-hour
 * strike" → `PT24H`, "a few months" → `PXM`, "for years" → `PXY`, "2 1/2 years" and "a year and a
 * half" → `P2Y6M`, `P1Y6M`, "two more weeks", "an additional year", "eight trading days" → `P8D`,
 * "the past two quarters" → `P2Q`. A span leaves out "for"/"over"
 * (TimeML's convention) but keeps "the past"/"the next", which say where the stretch lies, and
 * "nearly"/"about"/"more than" and "the" ("the nine months"), as TimeBank quotes them.
 */
export const durationRule: Rule = (view, out) => {
  for (const u of view.unitWords) {
    const unit = unitOf(u[1]!);
    if (!(unit in UNITS)) continue;
    const end = u.index + u[0].length;
    const after = view.text.slice(end, end + 24);
    if (after.startsWith('-old') || /^\s+old\b/.test(after)) continue; // "a 45-year-old", "Howes, 37 years old"
    const before = view.text.slice(Math.max(0, u.index - 48), u.index);
    const m = COUNT_BEFORE.exec(before);
    if (unit === 'quarter' && NOT_QUARTERS.test(after) && !stretchOfQuarters(m?.[5])) continue;
    if (m) {
      const count = m[5]!;
      if (/^\d/.test(count) && /^[A-Z]/.test(u[1]!)) continue; // "CBS's 60 Minutes", "the 24 Hours of Le Mans": a title
      const halfAfter = m[6] ? null : HALF_AFTER.exec(after);
      const counted = m[1] || m[2] || m[3] || m[7] || halfAfter;
      if (SINGULAR.test(count) && !counted && !before.endsWith('-') && !after.startsWith('-')) continue;
      if (unit === 'quarter' && SINGULAR.test(count) && !m[7]) continue; // "in a quarter that produced a loss" is one quarter, not a length
      const n = numberOf(count.replace(/^couple\s+of$/i, 'a couple of'));
      const value = durationValue(n === null ? null : n + (m[6] || halfAfter ? 0.5 : 0), unit);
      // "the [two-week] crisis", "the [two day] rally": a length that modifies a noun leaves the noun's article out.
      const modifier = m[4] !== undefined && (before.endsWith('-') || (!u[2] && n !== null && n > 1));
      const lead = m[2]?.length ?? (modifier ? m[4]!.length : 0);
      const start = view.offset + u.index - before.length + m.index + lead;
      const spanEnd = view.offset + end + (halfAfter ? halfAfter[0].length : after.startsWith('-long') ? 5 : 0);
      out.push({ start, end: spanEnd, type: 'DURATION', rule: 'duration', preposition: false, resolve: () => value });
    } else if (u[2] && unit !== 'second' && unit !== 'minute' && BARE_LEAD.test(before) && !BARE_NOT_AFTER.test(after)) {
      const value = durationValue(null, unit);
      out.push({ start: view.offset + u.index, end: view.offset + end, type: 'DURATION', rule: 'duration-vague', preposition: false, resolve: () => value });
    }
  }
};

/**
 * A TIMEX3 duration: `P3D`, `PT24H`, `P2W` for a fortnight, `P20Y` for two decades, `P2Y6M` for two
 * and a half years (`P2.5W` where no smaller unit fits), `PXY` when the count is vague.
 * @example durationValue(3, 'day') // 'P3D'
 * @example durationValue(1.5, 'hour') // 'PT1H30M'
 */
export function durationValue(n: number | null, unit: string): string {
  // "two decades" → P20Y, "a century" → P100Y: counted decades and centuries in years, as TimeBank writes them.
  if (n !== null && (unit === 'decade' || unit === 'century')) return `P${n * (unit === 'decade' ? 10 : 100)}Y`;
  const u = UNITS[unit] ?? UNITS.day!;
  // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: the half in the next smaller unit where one fits.
  const half = n !== null && n % 1 === 0.5 ? HALF[unit] : undefined;
  if (half) return `${u.time ? 'PT' : 'P'}${Math.floor(n!)}${u.letter}${half}`;
  const count = n === null ? 'X' : unit === 'fortnight' ? String(2 * n) : String(n);
  return u.time ? `PT${count}${u.letter}` : `P${count}${u.letter}`;
}

const HALF: Record<string, string> = { year: '6M', day: 'T12H', hour: '30M', minute: '30S' };

const EVERY = new RegExp(`\\b(?:every|each)\\s+(?:(other)\\s+|(${NUMBER_SOURCE})\\s+)?(${UNIT_SOURCE}|morning|afternoon|evening|night)\\b`, 'gi');
// "each July", "every summer": a month or season of every year.
const EVERY_NAMED = new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(${MONTHS.join('|')}|spring|summer|autumn|fall|winter)\\b`, 'g');
const ADVERB: Record<string, string> = { annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H', nightly: 'TNI', quarterly: 'P1Q' };
// "a daily newspaper", "the weekly magazine" name a publication, not a repetition.
const PUBLICATION = /^(?:newspapers?|papers?|tabloids?|magazines?|journals?|publications?|newsletters?|columns?|digests?)$/;
const ADVERBS = /\b(annually|yearly|monthly|weekly|daily|hourly|nightly|quarterly)\b/g;
const EVERY_GATE = /\b(?:every|each)\b/i;
const RATE_UNITS = new Set(['year', 'month', 'week', 'day', 'annum', 'hour', 'quarter']);
const RATE_BEFORE = new RegExp(`(?:\\b(once|twice|thrice|(?:${NUMBER_SOURCE})\\s+times)\\s+)?\\b(a|per)\\s+$`, 'i');
// "$5bn a year", "5% a year", "10,000 barrels a day"
const AMOUNT_BEFORE = /(?:\d[\d,.]*\s*(?:bn|m|k|%)?|\b(?:million|billion|trillion|percent|per cent|tonnes|barrels|dollars|pounds|euros|rupees))\s+$/i;
const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * Repetitions (SET): "every year" → `P1Y`, "every two years" → `P2Y`, "every morning" → `TMO`, "each July" → `XXXX-07`, "every summer" → `XXXX-SU`,
 * "annually" → `P1Y`, "twice a year", "$5bn a year", "per day" → `P1D`. ("every Friday" is the weekday rule's.)
 * Adjectives count too, as TimeML reads them ("a daily rally", "on a weekly basis" → `P1D`, `P1W`),
 * except before a publication ("a daily newspaper").
 */
export const setRule: Rule = (view, out) => {
  if (EVERY_GATE.test(view.text)) everySet(view, out);
  // Every adverb ends in "ly": a plain search rules most sentences out before ADVERBS scans them.
  if (view.text.includes('ly')) adverbSets(view, out);
  for (const u of view.unitWords) {
    if (u[2] || !RATE_UNITS.has(u[1]!.toLowerCase())) continue;
    const before = view.text.slice(Math.max(0, u.index - 40), u.index);
    const m = RATE_BEFORE.exec(before);
    if (!m) continue;
    // "$5bn a year", "5% a year", "10,000 barrels a day"; "per" needs nothing before it.
    if (!m[1] && m[2]!.toLowerCase() === 'a' && !AMOUNT_BEFORE.test(before.slice(0, m.index))) continue;
    const unit = u[1]!.toLowerCase();
    const value = unit === 'annum' ? 'P1Y' : unit === 'quarter' ? 'P1Q' : durationValue(1, unit);
    const start = view.offset + u.index - before.length + m.index;
    out.push({ start, end: view.offset + u.index + u[0].length, type: 'SET', rule: 'set-rate', preposition: false, resolve: () => value });
  }
};

function adverbSets(view: SentenceView, out: Candidate[]): void {
  for (const m of view.text.matchAll(ADVERBS)) {
    const k = tokenIndexAt(view, view.offset + m.index + m[0].length);
    const next = k < view.to ? view.tokens[k]! : undefined;
    if (next && PUBLICATION.test(next.normal)) continue;
    // "quarterly results", "its first quarterly loss", "annual report": a period's figures, not a repetition.
    const adjective = next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
    if (adjective && (m[1] === 'quarterly' || m[1] === 'annually' || m[1] === 'yearly')) continue;
    const value = ADVERB[m[1]!]!;
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'SET', rule: 'set-adverb', preposition: false, resolve: () => value });
  }
}

function everySet(view: SentenceView, out: Candidate[]): void {
  for (const m of view.text.matchAll(EVERY_NAMED)) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    const value = month ? `XXXX-${String(month).padStart(2, '0')}` : `XXXX-${SEASONS[m[1]!]!.code}`;
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'SET', rule: 'set-every', preposition: false, resolve: () => value });
  }
  for (const m of view.text.matchAll(EVERY)) {
    const word = m[3]!.toLowerCase();
    const n = m[1] ? 2 : m[2] ? numberOf(m[2]) : 1;
    const value = PART_CODE[word] ?? durationValue(n, unitOf(word));
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'SET', rule: 'set-every', preposition: false, resolve: () => value });
  }
}
