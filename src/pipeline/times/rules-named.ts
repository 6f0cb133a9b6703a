// Rules for named days and months: "on Saturday", "Tuesday night", "in July", "July 2024", "the May conflict".
import { formatDay, formatMonth, weekdayFrom, yearShift, type Direction } from './calendar.js';
import { DAY_DEFAULTS, directionOf, EVENT_DEFAULTS, PERIOD_DEFAULTS, leadDirection, tokenIndexAt, type Rule, type SentenceView } from './candidate.js';
import { EVENT_NOUNS, MONTHS, PARTS_OF_DAY, WEEKDAYS } from './words.js';

const WEEKDAY = /\b(?:([Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Ee]very|[Ee]ach|[Tt]he\s+(?:previous|preceding|following|next))\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(s\b)?(?:\s+(morning|afternoon|evening|night)(s)?\b)?/g;

// "Black Friday", "Sheffield Wednesday", "Mike Friday": a capitalised word before makes a name.
// ("Also Thursday", "Earlier Friday", "But Thursday's decision": a capitalised function word is not a name.)
const NAME_BEFORE = /\b(?!(?:On|By|Since|Until|From|Before|After|And|Or|Of|Late|Early|The|Every|Each|Till|Through|Between|Following|During|Also|Earlier|Later|In|But|Then|Again|Only|Even|Still|Yet|So|For|At|Over|As|Since|Until|Last|Next|This|That|By)\b)[A-Z][a-z]+\s+$/;
// "the Sunday Times", "Saturday Night Live"
const NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|People|Herald|Mail|Post|Tribune|Independent|Observer|Star|Sport|Night|Live|Business|Review|Programme|Politics|Record|Life|World)\b/;

// "Black Friday", "Good Friday", "Super Tuesday": named days, never the weekday of a report.
const NAMED_DAY = /\b(?:Black|Good|Holy|Maundy|Ash|Palm|Easter|Super|Cyber|Bloody|Shrove|Whit|Low|Trinity|Orange)\s+$/;
// What may follow a weekday that a name precedes for it to be a date: "the World Court Friday rejected", "in Iraq Friday."
const DATE_AFTER = /^(?:\s*[,.;:)]|\s+[a-z])/;

/**
 * Whether a capitalised word before the weekday at `at` makes it part of a name. Newswire writes
 * bare weekdays after names ("The World Court Friday rejected …", "resumed work in Iraq Friday."),
 * so a name counts only when it opens the sentence ("Sheffield Wednesday lost", but not "Iran Saturday
 * condemned") or the weekday is followed by another capitalised word, and for named days ("Black Friday") always.
 */
function nameBefore(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  if (NAMED_DAY.test(before)) return true;
  const name = NAME_BEFORE.exec(before);
  if (!name) return false;
  const nameStart = at - before.length + name.index;
  const opensSentence = text.slice(0, nameStart).trim() === '';
  if (!DATE_AFTER.test(text.slice(end, end + 3))) return true;
  return opensSentence && !REPORTING_VERB_AFTER.test(text.slice(end, end + 16));
}

// "Iran Saturday condemned the bombing", "China Monday said": wire copy puts the day between the subject and a reporting verb.
const REPORTING_VERB_AFTER = /^\s+(?:[a-z]+ed|said|told|met)\b/;

/**
 * Weekdays: "on Saturday" (DATE), "last Tuesday", "next Monday", "the previous Friday" (before the day the story last named), "Tuesday night" (TIME, `…TNI`),
 * "every Friday", "on Fridays" and "Tuesday nights" (SET, `XXXX-WXX-5`, `XXXX-WXX-2TNI`). A bare weekday follows the clause's tense:
 * past (or after "since") → the latest on or before the publication day (a Sunday's "on Sunday" is that day),
 * future or present (or after "as early as", "postponed until") → the first on or after it, no verb → the closer one.
 * Without a publication date the day stays `XXXX-XX-XX`.
 */
export const weekdayRule: Rule = (view, out) => {
  // Every weekday name ends in "day"; a plain search for it is far cheaper than WEEKDAY's scan.
  if (!view.text.includes('day')) return;
  for (const m of view.text.matchAll(WEEKDAY)) {
    if (!m[1] && nameBefore(view.text, m.index, m.index + m[0].length)) continue;
    if (NAME_AFTER.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const modifier = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    const weekday = WEEKDAYS.indexOf(m[2]!);
    const part = m[4] ? `T${PARTS_OF_DAY[m[4]]}` : '';
    const start = view.offset + m.index;
    const end = start + m[0].length;
    const possessive = view.text.startsWith("'s", m.index + m[0].length);
    const lead = leadDirection(view.text, m.index);
    // "every Friday", "on Fridays", "Tuesday nights"
    if (modifier === 'every' || modifier === 'each' || m[3] || m[5]) {
      // ISO weekdays run Monday = 1 … Sunday = 7.
      out.push({ start, end, type: 'SET', rule: 'weekday-set', preposition: true, resolve: () => `XXXX-WXX-${weekday || 7}${part}` });
      continue;
    }
    out.push({
      start,
      end,
      type: part ? 'TIME' : 'DATE',
      rule: modifier ? 'weekday-relative' : 'weekday',
      preposition: true,
      resolve(ctx) {
        const a = ctx.anchor;
        if (!a) return `XXXX-XX-XX${part}`;
        let day: number;
        // "ended the week below the previous Friday" after "slipped on Friday": counted from the day the story last named.
        if (modifier.startsWith('the ')) day = weekdayFrom(ctx.reference('day') ?? a.day, weekday, modifier === 'the previous' || modifier === 'the preceding' ? 'past' : 'future', true);
        else if (modifier === 'last' || modifier === 'this past') day = weekdayFrom(a.day, weekday, 'past', true);
        else if (modifier === 'next' || modifier === 'this coming') day = weekdayFrom(a.day, weekday, 'future', true);
        else if (modifier === 'coming') day = weekdayFrom(a.day, weekday, 'future');
        // "Tuesday's declaration", "over Thursday's closing price": a day already known, so in the past.
        else if (possessive) day = weekdayFrom(a.day, weekday, 'past');
        else day = weekdayFrom(a.day, weekday, directionOf(ctx.tense(), DAY_DEFAULTS, lead));
        return formatDay(day) + part;
      },
    });
  }
};

const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');
// "early July", "mid-July", "last May", "the end of June"
const MODIFIER = /(?:\b(early|late|last|next|this|coming)[\s-]+|\b(mid)-?\s?|\bthe (?:end|beginning|start|middle) of\s+)$/i;
// "in July", "since March", "by the end of June" (the modifier is stripped first)
const PREPOSITION = /\b(?:in|on|since|until|till|by|from|during|through|throughout|before|after|of|for|around|between|as of|starting|ending)\s+$/i;
// "June and July", "from May to August": a second month joined to a first.
const JOINED = new RegExp(`\\b(?:${MONTHS.join('|')})(?:\\s+\\d{4})?,?\\s+(?:to|and|or|through|until|till)\\s+$`);
// "the May conflict", "Pakistan's July budget", "the dramatic February election"
const DETERMINER = /(?:\b(?:the|a|an|this|that|its|their|his|her|our)|'s)\s+(?:[a-z]+\s+)?$/i;
// "the January-to-March quarter", "the June-July tour"
const HYPHENED = new RegExp(`\\b(?:${MONTHS.join('|')})-(?:to-)?$`);
const HYPHENED_AFTER = new RegExp(`^-(?:to-)?(?:${MONTHS.join('|')})\\b`);
// "December and January", "the July to September period"
const JOINS_NEXT = new RegExp(`^,?\\s+(?:to|and|or|through|until)\\s+(?:${MONTHS.join('|')})\\b`);
// "the three months to December", "the year to March"
const TO = /\b(?:to|through to)\s+$/;
const YEAR_AFTER = /^,? ((?:1[5-9]|20)\d\d)\b(?![.,]?\d)/;
// "in January this year", "in June last year": the month of a year named from the publication date.
const RELATIVE_YEAR_AFTER = /^,?\s+(this|last|next)\s+year\b(?!'s)/;
const DAY_AFTER = /^\.? ?\d{1,2}(?:st|nd|rd|th)?\b/;

/**
 * Months without a day (days are chrono's): "in July" → `2025-07`, "July 2024" → `2024-07`,
 * "last May", "early June", "the May conflict" (only "May" is the span: the month names the event's
 * date); "since March" is always behind the publication date, "as early as March" ahead. A month must be introduced by a preposition, a modifier, a year or an event noun, so the
 * modal "may", the verb "march" and the name "Theresa May" are not taken.
 */
export const monthRule: Rule = (view, out) => {
  for (const m of view.text.matchAll(MONTH)) {
    const at = m.index;
    const month = MONTHS.indexOf(m[1]!) + 1;
    const k = tokenIndexAt(view, view.offset + at);
    const token = view.tokens[k];
    if (!token || token.pos === 'AUX' || token.pos === 'VERB') continue; // "May God help", "March on"
    const after = view.text.slice(at + m[0].length, at + m[0].length + 16);
    if (DAY_AFTER.test(after)) continue; // "July 3": chrono reads day-level dates
    const before = view.text.slice(Math.max(0, at - 40), at);
    const mod = MODIFIER.exec(before);
    const year = YEAR_AFTER.exec(after);
    const relativeYear = year ? null : RELATIVE_YEAR_AFTER.exec(view.text.slice(at + m[0].length, at + m[0].length + 16));
    const rest = mod ? before.slice(0, mod.index) : before;
    // "May" is also a name ("Theresa May", "May's sales"): only the plainly temporal contexts for it.
    const notName = month !== 5;
    const event = !mod && !year && DETERMINER.test(before) && namesEvent(view, k, notName);
    const framed = PREPOSITION.test(rest) || JOINED.test(rest) || HYPHENED.test(before) || HYPHENED_AFTER.test(after);
    const loose = notName && (TO.test(rest) || after.startsWith("'s") || JOINS_NEXT.test(view.text.slice(at + m[0].length, at + m[0].length + 24)));
    if (!mod && !year && !relativeYear && !event && !framed && !loose) continue;
    const modifier = (mod?.[1] ?? mod?.[2] ?? '').toLowerCase();
    const lead = leadDirection(view.text, mod ? at - before.length + mod.index : at);
    out.push({
      start: view.offset + (mod ? at - before.length + mod.index : at),
      end: view.offset + at + m[0].length + (year?.[0].length ?? relativeYear?.[0].length ?? 0),
      type: 'DATE',
      rule: event ? 'month-event' : year || relativeYear ? 'month-year' : modifier ? 'month-relative' : 'month',
      preposition: !event,
      resolve(ctx) {
        if (year) return formatMonth(Number(year[1]), month);
        const a = ctx.anchor;
        if (relativeYear) {
          const word = relativeYear[1]!;
          return a ? formatMonth(a.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0), month) : `XXXX-${String(month).padStart(2, '0')}`;
        }
        if (!a) return `XXXX-${String(month).padStart(2, '0')}`;
        const direction = (): Direction => directionOf(ctx.tense(), event ? EVENT_DEFAULTS : PERIOD_DEFAULTS, lead);
        return formatMonth(a.year + monthShift(month, a.month, modifier, direction), month);
      },
    });
  }
};

function monthShift(month: number, current: number, modifier: string, direction: () => Direction): number {
  // "last July" told in September is this year's; told in July, last year's.
  if (modifier === 'last') return month < current ? 0 : -1;
  if (modifier === 'next') return month > current ? 0 : 1;
  if (modifier === 'coming') return month >= current ? 0 : 1;
  if (modifier === 'this') return 0;
  const d = direction();
  // A past clause may name next month: "gave the bidder until mid-November" told in late October.
  if (d === 'past' && month === (current % 12) + 1) return current === 12 ? 1 : 0;
  return yearShift(month, current, 12, d);
}

/**
 * Whether an event noun follows the month token `k` within three words: "the May conflict", "the July 2
 * summit". With `anyNoun`, any lowercase noun will do ("the January transfer window", "the June gig").
 */
function namesEvent(view: SentenceView, k: number, anyNoun: boolean): boolean {
  for (let i = k + 1; i < Math.min(view.to, k + 4); i++) {
    const t = view.tokens[i]!;
    if (EVENT_NOUNS.has(t.normal)) return true;
    const lowercase = /^[a-z-]+$/.test(t.text);
    if (anyNoun && lowercase && t.pos === 'NOUN') return true;
    // "the January transfer window" (wink reads "transfer" as a verb), "the July 2 summit"
    if (!lowercase && t.pos !== 'NUM') return false;
    if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'CCONJ') return false;
  }
  return false;
}
