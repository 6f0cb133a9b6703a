// Stage times: every temporal expression with a TIMEX3 value resolved against the publication date.
import { layer, type Document, type Span, type TimeExpression, type Token } from '../../document/document.js';
import type { Stage } from '../stage.js';
import { anchorOf, dayNumber, type Anchor, type DayNumber } from './calendar.js';
import { tokenIndexAt, type Candidate, type Context, type Precision, type Rule, type SentenceView } from './candidate.js';
import { chronoRule } from './chrono.js';
import { clockDayRule, partOfDayRule } from './rules-clock.js';
import { durationRule, setRule } from './rules-duration.js';
import { fiscalRule } from './rules-fiscal.js';
import { holidayRule } from './rules-holidays.js';
import { ordinalDayRule } from './rules-ordinal.js';
import { monthRule, weekdayRule } from './rules-named.js';
import { centuryRule, decadeRule, quarterRule, seasonRule, spelledYearRule, yearRule } from './rules-periods.js';
import { agoRule, anchoredDayRule, deicticRule, referenceRule, unitRelativeRule } from './rules-relative.js';
import { clauseTense } from './tense.js';
import { CHRONO_TRIGGER, mayHoldTime, UNIT_WORD } from './words.js';

/** Our rules, most trusted first: when two spans are equally long the earlier rule wins. */
const RULES: readonly Rule[] = [
  deicticRule, weekdayRule, monthRule, unitRelativeRule, anchoredDayRule, agoRule, quarterRule, fiscalRule, seasonRule,
  clockDayRule, partOfDayRule, holidayRule, ordinalDayRule, decadeRule, centuryRule, yearRule, spelledYearRule, referenceRule, setRule,
  durationRule,
];

/**
 * Adds `doc.times`: the temporal expressions of the cleaned text in text order, each with its
 * sentence, TIMEX3 type and value, and the rule that found it. Relative expressions resolve against
 * `doc.published`; without it they keep `X` placeholders (`XXXX-07` for "in July"), while dates
 * that name their year ("March 3, 2024") still resolve. Pure: never reads the clock.
 * @example
 * // 'Ministers spoke on Saturday.' published 2025-09-14, after cleanStage and sentencesStage:
 * timesStage.run(doc, kb); doc.times // [{ start: 16, end: 27, sentence: 0, type: 'DATE', value: '2025-09-13', rule: 'weekday' }]
 */
export const timesStage: Stage = {
  name: 'times.news-chrono.v5',
  needs: ['clean', 'tokens', 'sentences'],
  provides: ['times'],
  run(doc) {
    doc.times = findTimes(doc);
  },
};

/** The temporal expressions of a document that has the clean, tokens and sentences layers. */
export function findTimes(doc: Document): TimeExpression[] {
  const clean = layer(doc, 'clean');
  const text = clean.text;
  const tokens = layer(doc, 'tokens');
  const anchor = anchorOf(doc.published);
  const times: TimeExpression[] = [];
  // The latest dates so far, by precision: "two days later" counts from a day, "the previous year" from any year.
  const latest: Latest = { day: null, month: null, year: null, quarter: null };
  // The dateline's own date ("WASHINGTON, Aug. 11 (Xinhua) --") is read first, as a sentence numbered -1 with no tokens.
  const dateline = clean.dateline ? [{ index: -1, start: clean.dateline.start, end: clean.dateline.end, firstToken: 0, endToken: 0 }] : [];
  for (const sentence of [...dateline, ...layer(doc, 'sentences')]) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!mayHoldTime(sentenceText)) continue;
    const view: SentenceView = { text: sentenceText, offset: sentence.start, tokens: sentence.index < 0 ? [] : tokens, from: sentence.firstToken, to: sentence.endToken, unitWords: [...sentenceText.matchAll(UNIT_WORD)] };
    const found: Candidate[] = [];
    for (const rule of RULES) rule(view, found);
    if (CHRONO_TRIGGER.test(sentenceText)) chronoRule(view, found);
    if (found.length === 0) continue;
    for (const c of choose(found)) {
      const start = c.preposition ? withPreposition(text, sentence, c.start) : c.start;
      const ctx = context(anchor, view.tokens, view, c, (precision) => latest[precision] ?? anchor?.day ?? null, () => latest.quarter);
      const value = c.resolve(ctx);
      if ((c.type === 'DATE' || c.type === 'TIME') && !c.compares) remember(value, latest);
      // "the first nine months", "for the year": the story has moved on from the quarter it named.
      else if (c.type === 'DURATION' && /^P(?:[2-9]|1[0-2])M$|^P1Y$/.test(value)) latest.quarter = null;
      times.push({ start, end: c.end, sentence: sentence.index, type: c.type, value, rule: c.rule });
    }
  }
  return times;
}

/** Longest span first, then the earlier rule; overlapping losers are dropped. Returns text order. */
function choose(found: Candidate[]): Candidate[] {
  if (found.length === 1) return found;
  const ranked = found.map((c, order) => ({ c, order })).sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.order - y.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}

// "on Saturday", "In June": the preposition is part of the expression as readers quote it.
const PREPOSITION = /(?:^|[^A-Za-z])([Oo]n |[Ii]n )$/;

function withPreposition(text: string, sentence: Span, start: number): number {
  const m = PREPOSITION.exec(text.slice(Math.max(sentence.start, start - 4), start));
  return m ? start - m[1]!.length : start;
}

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dWQ])/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** The latest dates so far, by precision, and the latest quarter named. */
type Latest = Record<Precision, DayNumber | null> & { quarter: string | null };

/**
 * Records a resolved `2019`, `2019-07` or `2019-07-03` (at its first day) as the latest date of its
 * precision and coarser; a quarter `2019-Q3` as the latest quarter and year.
 */
function remember(value: string, latest: Latest): void {
  const q = QUARTER_VALUE.exec(value);
  if (q) {
    latest.quarter = value;
    latest.year = dayNumber(Number(q[1]), 3 * Number(q[2]) - 2, 1);
    return;
  }
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return;
  // A whole year named ("for 1989", "the year") ends talk of a quarter.
  if (!m[2]) latest.quarter = null;
  const day = dayNumber(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
  latest.year = day;
  if (m[2]) latest.month = day;
  if (m[3]) latest.day = day;
}

function context(anchor: Anchor | null, tokens: readonly Token[], view: SentenceView, c: Candidate, reference: (p: Precision) => DayNumber | null, quarter: () => string | null): Context {
  return {
    anchor,
    quarter,
    tense: () => clauseTense(tokens, view.from, view.to, tokenIndexAt(view, c.start), tokenIndexAt(view, c.end - 1) + 1),
    reference,
  };
}
