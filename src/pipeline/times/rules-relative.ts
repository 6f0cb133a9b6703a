// Rules for expressions relative to the publication date or an earlier date: "yesterday", "last week", "two days later", "now".
import { formatDay, formatMonth, formatWeek, fromDayNumber, shiftQuarter, weekdayFrom, type DayNumber } from './calendar.js';
import { directionOf, DAY_DEFAULTS, precisionFor, tokenIndexAt, type Candidate, type Context, type Rule, type SentenceView } from './candidate.js';
import { clauseTense } from './tense.js';
import { NUMBER_SOURCE, numberOf, PARTS_OF_DAY, unitOf } from './words.js';

const DEICTIC = /\b(?:([Tt]he day (?:before|after))\s+|(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b(?:\s+(morning|afternoon|evening|night)\b)?/g;
const DEICTIC_GATE = /yesterday|today|tomorrow|tonight|morning|afternoon|evening|night/i;
const DEICTIC_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };
const THIS_PART = /\b([Tt]his|[Ll]ast)\s+(morning|afternoon|evening|night)\b/g;
// "music for today's youth", "in today's world", "today's home computers", "the leaders of tomorrow": the present or
// future of an age, not a day.
const GENERIC_AFTER = /^'s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|young|children|kids|students|consumers|computers|technology|standards|families|culture|economy)\b/;
const GENERIC_BEFORE = /\b(?:people|leaders|world|children|generations?|citizens|workers|jobs|cities|weapons)\s+of\s+$/i;

/**
 * Days named from the publication date: "today" → the publication date, "yesterday", "tomorrow",
 * "the day before yesterday", "yesterday morning" and "tonight" (TIME, `…TMO`, `…TNI`),
 * "this morning", "last night" (the night before publication). An age rather than a day is no date:
 * "today's youth", "in today's world", "the leaders of tomorrow".
 */
export const deicticRule: Rule = (view, out) => {
  if (!DEICTIC_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(DEICTIC)) {
    const word = m[2]!.toLowerCase();
    const end = m.index + m[0].length;
    if (!m[1] && !m[3] && (GENERIC_AFTER.test(view.text.slice(end, end + 40)) || GENERIC_BEFORE.test(view.text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    const shift = DEICTIC_SHIFT[word]! + (m[1] ? (m[1].endsWith('before') ? -1 : 1) : 0);
    const part = word === 'tonight' ? 'TNI' : m[3] ? `T${PARTS_OF_DAY[m[3]]}` : '';
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: part ? 'TIME' : 'DATE', rule: 'deictic-day', preposition: false, resolve: (ctx) => dayValue(ctx.anchor?.day ?? null, shift) + part });
  }
  for (const m of view.text.matchAll(THIS_PART)) {
    const shift = m[1]!.toLowerCase() === 'last' ? -1 : 0;
    const part = `T${PARTS_OF_DAY[m[2]!]}`;
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'TIME', rule: 'deictic-part', preposition: false, resolve: (ctx) => dayValue(ctx.anchor?.day ?? null, shift) + part });
  }
};

function dayValue(base: DayNumber | null, shift: number): string {
  return base === null ? 'XXXX-XX-XX' : formatDay(base + shift);
}

// "early next year", "late last month": TimeML quotes the modifier with the unit.
const UNIT_RELATIVE =
  /\b(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?([Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Tt]he\s+(?:current|previous|preceding|past|last|next|coming|following))\s+(?:fiscal\s+)?(week|weekend|month|year|decade|century|fortnight)\b/g;
const UNIT_GATE = /week|month|year|decade|century|fortnight/i;
const DURATION_CODE: Record<string, string> = { week: 'P1W', weekend: 'P1WE', month: 'P1M', year: 'P1Y', decade: 'P10Y', century: 'P100Y', fortnight: 'P2W' };

/**
 * Calendar units named from the publication date: "this week" → `2025-W37`, "last week" → `2025-W36`,
 * "Earlier this month" → `2025-09`, "last month", "next year", "this weekend" → `2025-W37-WE`,
 * "this decade" → `202`, "the current fiscal year" → `2025`. "the previous/following year" counts from the latest full date before it.
 * "the past year", "the next month" are durations (`P1Y`, `P1M`), as TimeML reads them.
 */
export const unitRelativeRule: Rule = (view, out) => {
  if (!UNIT_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(UNIT_RELATIVE)) {
    const lead = m[2]!.toLowerCase().replace(/^the\s+/, '');
    const hasThe = /^the\s/i.test(m[2]!);
    const unit = m[3]!;
    const start = view.offset + m.index;
    const end = start + m[0].length;
    if (lead === 'past' || lead === 'coming' || (hasThe && (lead === 'last' || lead === 'next'))) {
      if (m[1]) continue;
      const value = DURATION_CODE[unit]!;
      out.push({ start, end, type: 'DURATION', rule: 'duration-unit', preposition: false, resolve: () => value });
      continue;
    }
    if (unit === 'fortnight') continue;
    const shift = lead === 'last' || lead === 'previous' || lead === 'preceding' ? -1 : lead === 'next' || lead === 'following' ? 1 : 0;
    const fromReference = lead === 'previous' || lead === 'preceding' || lead === 'following';
    out.push({
      start,
      end,
      type: 'DATE',
      rule: fromReference ? 'unit-anchored' : 'unit-relative',
      preposition: false,
      resolve: (ctx) => unitValue(fromReference ? ctx.reference(precisionFor(unit)) : ctx.anchor?.day ?? null, unit, shift),
    });
  }
  for (const m of view.text.matchAll(PART_OF_UNIT)) {
    const unit = m[1]!.toLowerCase();
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: 'unit-part', preposition: false, resolve: (ctx) => unitValue(ctx.anchor?.day ?? null, unit, 0) });
  }
  for (const m of view.text.matchAll(WEEKEND)) {
    const start = view.offset + m.index + m[0].length - 'the weekend'.length;
    out.push({ start, end: view.offset + m.index + m[0].length, type: 'DATE', rule: 'weekend', preposition: false, resolve: weekendValue });
  }
};

// "by the end of the year", "later in the month": the publication date's year, month or week.
const PART_OF_UNIT = /\b(?:(?:the\s+)?(?:end|beginning|start|rest|middle|remainder|first half|second half)\s+of\s+|(?:later|earlier)\s+in\s+)the\s+(year|month|week)\b/gi;
// "at the weekend", "over the weekend": which weekend follows the tense.
const WEEKEND = /\b(?:at|over|during|on)\s+the\s+weekend\b/gi;

function weekendValue(ctx: Context): string {
  const a = ctx.anchor;
  if (!a) return 'XXXX-WXX-WE';
  return `${formatWeek(weekdayFrom(a.day, 6, directionOf(ctx.tense(), DAY_DEFAULTS)))}-WE`;
}

/** The TIMEX3 value of the `unit` holding `base` shifted by `shift` units. */
export function unitValue(base: DayNumber | null, unit: string, shift: number): string {
  if (base === null) return PLACEHOLDER[unit] ?? 'XXXX-XX-XX';
  const { year, month } = fromDayNumber(base);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return formatDay(base);
    case 'day':
      return formatDay(base + shift);
    case 'week':
      return formatWeek(base + 7 * shift);
    case 'fortnight':
      return formatWeek(base + 14 * shift);
    case 'weekend':
      return `${formatWeek(base + 7 * shift)}-WE`;
    case 'month':
      return formatMonth(year, month + shift);
    case 'quarter':
      return shiftQuarter(`${String(year).padStart(4, '0')}-Q${Math.ceil(month / 3)}`, shift);
    case 'year':
      return String(year + shift).padStart(4, '0');
    case 'decade':
      return String(Math.floor(year / 10) + shift).padStart(3, '0');
    default:
      return String(Math.floor(year / 100) + shift).padStart(2, '0');
  }
}

const PLACEHOLDER: Record<string, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', fortnight: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
};


// "nearly two weeks ago", "more than four decades ago": TimeML quotes the approximation with the count.
const COUNT_BEFORE = new RegExp(`\\b(?:(?:about|around|nearly|almost|roughly|approximately|some|(?:more|less)\\s+than|at\\s+least)\\s+)?(${NUMBER_SOURCE})[\\s-]+$`, 'i');
const SHIFT_AFTER = /^\s+(ago|later|earlier)\b/i;
const IN_TIME = new RegExp(`\\bin\\s+(${NUMBER_SOURCE})\\s+$`, 'i');
const TIME_AFTER = /^'s?\s+time\b/;

/**
 * Counted shifts: "three days ago" → `2025-09-11` (from the publication date), "two days later" and
 * "a week earlier" (from the latest full date before them, else the publication date), "in two
 * weeks' time". The value keeps the unit's precision: days → a day, weeks → a week, years → a year.
 * A vague count ("years ago", "a few weeks ago") is `PAST_REF`.
 */
export const agoRule: Rule = (view, out) => {
  for (const u of view.unitWords) {
    const unit = unitOf(u[1]!);
    const end = u.index + u[0].length;
    const after = view.text.slice(end, end + 12);
    const shifted = SHIFT_AFTER.exec(after);
    const before = shifted || TIME_AFTER.test(after) ? view.text.slice(Math.max(0, u.index - 32), u.index) : '';
    if (shifted) {
      const direction = shifted[1]!.toLowerCase();
      const m = COUNT_BEFORE.exec(before);
      const n = m ? numberOf(m[1]!) : null;
      const start = view.offset + (m ? u.index - before.length + m.index : u.index);
      const spanEnd = view.offset + end + shifted[0].length;
      if (n === null) {
        // "years ago", "several weeks ago"; a vague "days later" names no date.
        if (direction === 'ago' && (m || u[2])) out.push({ start, end: spanEnd, type: 'DATE', rule: 'ago-vague', preposition: false, resolve: () => 'PAST_REF' });
        continue;
      }
      const shift = Math.round(n) * (direction === 'later' ? 1 : -1);
      const fromReference = direction !== 'ago';
      out.push({
        start,
        end: spanEnd,
        type: 'DATE',
        rule: fromReference ? 'shift-anchored' : 'ago',
        preposition: false,
        compares: unit === 'year' && shift < 0,
        resolve(ctx) {
          // "earned $3 million, up from $2 million a year earlier" in a story about a quarter: that quarter a year back.
          const quarter = unit === 'year' && shift < 0 ? ctx.quarter() : null;
          if (quarter) return shiftQuarter(quarter, 4 * shift);
          return unitValue(fromReference ? ctx.reference(precisionFor(unit)) : ctx.anchor?.day ?? null, unit, shift);
        },
      });
      continue;
    }
    const m = before ? IN_TIME.exec(before) : null;
    const n = m ? numberOf(m[1]!) : null;
    if (!m || n === null) continue;
    const timeEnd = end + (TIME_AFTER.exec(after)?.[0].length ?? 0);
    out.push({
      start: view.offset + u.index - before.length + m.index,
      end: view.offset + timeEnd,
      type: 'DATE',
      rule: 'in-time',
      preposition: false,
      resolve: (ctx) => unitValue(ctx.anchor?.day ?? null, unit, Math.round(n)),
    });
  }
};

const ANCHORED_DAY = /\b[Tt]he\s+(?:(next|following|previous|preceding|same)\s+day|day\s+(before|after)(?!\s+(?:yesterday|tomorrow)))\b/g;

/**
 * Whether a clause follows at `offset`: "the day before snow closed the pass", "later in the day before
 * leaving" count from that event, not from a date, so "the day before" is no date of its own.
 */
function introducesClause(view: SentenceView, offset: number): boolean {
  const k = tokenIndexAt(view, offset);
  const next = view.tokens[k];
  if (!next || k >= view.to) return false;
  if (next.pos === 'VERB') return true;
  const then = k + 1 < view.to ? view.tokens[k + 1] : undefined;
  return (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'PRON') && (then?.pos === 'VERB' || then?.pos === 'AUX');
}

// "later that year", "Earlier that day", "that same week"; not "that week-long visit".
const THAT_UNIT = /\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?[Tt]hat\s+(?:same\s+)?(day|week|month|year)\b(?!-)/g;

/**
 * "the next day", "the day before", "the same day": a day from the latest full date before it, else
 * the publication date ("the day before snow closed the pass" counts from the snow: no date). "that year", "later that year", "Earlier that day", "that same week": the
 * unit holding the latest date of that precision ("In June 2019 … later that year" → `2019`).
 */
export const anchoredDayRule: Rule = (view, out) => {
  // Plain searches for a word each expression needs ("day", "[Tt]hat") rule most sentences out before the scans.
  if (view.text.includes('day')) anchoredDays(view, out);
  if (view.text.includes('hat')) unitsOfThat(view, out);
};

function anchoredDays(view: SentenceView, out: Candidate[]): void {
  for (const m of view.text.matchAll(ANCHORED_DAY)) {
    const word = m[1] ?? m[2]!;
    if (m[2] && introducesClause(view, view.offset + m.index + m[0].length)) continue;
    const shift = word === 'same' ? 0 : word === 'next' || word === 'following' || word === 'after' ? 1 : -1;
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: 'day-anchored', preposition: false, resolve: (ctx) => dayValue(ctx.reference('day'), shift) });
  }
}

function unitsOfThat(view: SentenceView, out: Candidate[]): void {
  for (const m of view.text.matchAll(THAT_UNIT)) {
    const unit = m[1]!;
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: 'unit-anaphoric', preposition: false, resolve: (ctx) => unitValue(ctx.reference(precisionFor(unit)), unit, 0) });
  }
}

const PRESENT_REF = /\b(?:(?:[Rr]ight\s+)?(?:[Nn]ow|[Cc]urrently|[Pp]resently|[Nn]owadays)\b(?!-)|[Aa]t\s+(?:present|the\s+moment)\b|[Tt]hese\s+days\b)/g;
// "the current crisis", "current market conditions": the adjective dates its noun to now; "the then current price" to a past now.
// Not the accounting terms "current account", "current assets", nor "current" as a noun ("the current swept him away").
const CURRENT = /\b(?:([Tt]hen)[\s-])?[Cc]urrent(?=\s+[a-z])(?!\s+(?:accounts?|assets|liabilities)\b)/g;
const PAST_REF = /\b(?:[Rr]ecently|[Ll]ately|(?:[Ii]n\s+)?[Rr]ecent\s+(?:years|months|weeks|days|decades|times)|[Ii]n\s+the\s+past)\b/g;
// "plans for the future", "well into the future" (the preposition stays out); not "the future of the talks".
// "in the short term", "the risks of the near term"; not the adjective in "the long-term plan".
const FUTURE_REF = /\b(?:[Ss]oon|[Ii]n\s+(?:the\s+)?(?:near\s+)?future|(?<=\b(?:[Ii]nto|[Aa]bout|[Ff]or|[Tt]owards?)\s+)the\s+(?:near\s+|distant\s+)?future(?!\s+of\b)|[Ii]n\s+(?:the\s+)?coming\s+(?:years|months|weeks|days|decades)|[Ii]n\s+the\s+years\s+(?:to\s+come|ahead)|[Tt]he\s+(?:near|short|medium|long)[\s-]term\b(?!-|\s+[a-z]))\b/g;

// Cheap tests that rule a sentence out before the long expressions above scan it: every match holds one of these words.
const PRESENT_GATE = /now|currently|present|moment|these/i;
const CURRENT_GATE = /current/i;
const PAST_GATE = /recent|lately|past/i;
const FUTURE_GATE = /soon|future|coming|years|term/i;

// "killed soon after being captured", "soon thereafter": a link between two events, not a time of its own.
const SOON_LINK = /^\s+(?:after|before|afterwards?|thereafter)\b/i;

/** Whether "soon" at `at` points ahead: not a link ("soon after"), not in a past clause ("was soon released"). */
function soonAhead(view: SentenceView, at: number): boolean {
  if (SOON_LINK.test(view.text.slice(at + 4, at + 20))) return false;
  const k = tokenIndexAt(view, view.offset + at);
  return clauseTense(view.tokens, view.from, view.to, k, k + 1) !== 'past';
}

/**
 * Vague references: "now", "currently", "the current talks" → `PRESENT_REF`; "recently", "in recent
 * years", "the then current price" → `PAST_REF`; "soon", "in the future", "plans for the future", "in the short term" → `FUTURE_REF` ("was soon released", "soon after" are not).
 */
export const referenceRule: Rule = (view, out) => {
  const add = (gate: RegExp, re: RegExp, value: string, rule: string) => {
    if (!gate.test(view.text)) return;
    for (const m of view.text.matchAll(re)) {
      if (value === 'FUTURE_REF' && /\bas\s+$/i.test(view.text.slice(Math.max(0, m.index - 4), m.index))) continue; // "as soon as"
      if (/^soon$/i.test(m[0]) && !soonAhead(view, m.index)) continue;
      const start = view.offset + m.index;
      out.push({ start, end: start + m[0].length, type: 'DATE', rule, preposition: false, resolve: () => value });
    }
  };
  add(PRESENT_GATE, PRESENT_REF, 'PRESENT_REF', 'present-ref');
  add(PAST_GATE, PAST_REF, 'PAST_REF', 'past-ref');
  add(FUTURE_GATE, FUTURE_REF, 'FUTURE_REF', 'future-ref');
  if (!CURRENT_GATE.test(view.text)) return;
  for (const m of view.text.matchAll(CURRENT)) {
    // The adjective, not the noun: "the current swept boats away", "the current in the river".
    const k = tokenIndexAt(view, view.offset + m.index + m[0].length);
    const next = k < view.to ? view.tokens[k]! : undefined;
    if (!next || next.pos === 'VERB' || next.pos === 'ADP') continue;
    const value = m[1] ? 'PAST_REF' : 'PRESENT_REF';
    const start = view.offset + m.index;
    out.push({ start, end: start + m[0].length, type: 'DATE', rule: m[1] ? 'past-ref' : 'present-ref', preposition: false, resolve: () => value });
  }
};
