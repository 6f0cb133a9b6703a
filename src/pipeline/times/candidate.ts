// What a temporal rule finds: a span, a type and a resolver that turns it into a TIMEX3 value once chosen.
import type { Span, TimexType, Token } from '../../document/document.js';
import { partitionPoint } from '../../document/partition-point.js';
import type { Anchor, DayNumber, Direction } from './calendar.js';
import type { Tense } from './tense.js';

/** What a resolver may ask about the expression's surroundings; each answer is computed only when asked. */
export interface Context {
  /** The publication date, or null: relative expressions then keep `X` placeholders. */
  anchor: Anchor | null;
  /** Tense of the clause around the expression. */
  tense(): Tense;
  /**
   * First day of the latest date before the expression in the document that is at least as precise
   * as `precision` ("2019" serves "the previous year", not "two days later"), else the publication day.
   */
  reference(precision: Precision): DayNumber | null;
  /** The latest quarter named before the expression (`1989-Q3`), or null: "the quarter", "a year earlier" in results stories. */
  quarter(): string | null;
}

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** The precision a shift by `unit` needs from its reference date: days and weeks need a day, quarters a month. */
export function precisionFor(unit: string): Precision {
  if (unit === 'month' || unit === 'quarter') return 'month';
  if (unit === 'year' || unit === 'decade' || unit === 'century') return 'year';
  return 'day';
}

/** A temporal expression a rule found; its value is resolved only if it wins its span. */
export interface Candidate extends Span {
  type: TimexType;
  rule: string;
  /** Take a directly preceding "on"/"in" into the span, as "on Saturday" and "in July" are quoted. */
  preposition: boolean;
  /** A period named only to compare with the one in view ("the year-earlier quarter"): not remembered as the latest date. */
  compares?: boolean;
  resolve(ctx: Context): string;
}

/** One sentence as rules see it: its text, where it starts in the cleaned text, and its tokens. */
export interface SentenceView {
  text: string;
  /** Offset of `text` in `doc.clean.text`. */
  offset: number;
  tokens: readonly Token[];
  /** The sentence's token range `[from, to)` in `tokens`. */
  from: number;
  to: number;
  /** The sentence's unit words (`UNIT_WORD` matches: "days", "year"), found once for the three rules that start from them. */
  unitWords: readonly RegExpExecArray[];
}

/** A rule adds what it finds in one sentence to `out`; spans are in cleaned-text offsets. */
export type Rule = (view: SentenceView, out: Candidate[]) => void;

/** Index of the first token of the sentence that ends after `offset` (cleaned-text offset), or `to`. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  return partitionPoint(view.tokens, (t) => t.end <= offset, view.from, view.to);
}

/** The token starting at `offset`, if one does. */
export function tokenStartingAt(view: SentenceView, offset: number): Token | undefined {
  const t = view.tokens[tokenIndexAt(view, offset)];
  return t && t.start === offset ? t : undefined;
}

/**
 * Direction a clause's tense gives an expression that names no year: past tense looks back,
 * future looks ahead; `present` and `none` take the rule's own default. The words leading the
 * expression (`leadDirection`) come first: "since" looks back and "as early as" ahead whatever the
 * tense, while "effective" only loosens a past tense to the nearer date ("appointed a director, effective March 1").
 * @example directionOf('past', PERIOD_DEFAULTS) // 'past'
 * @example directionOf('past', PERIOD_DEFAULTS, 'nearest') // 'nearest'
 */
export function directionOf(tense: Tense, fallback: { present: Direction; none: Direction }, lead: Direction | null = null): Direction {
  if (lead === 'past' || lead === 'future') return lead;
  if (tense === 'past') return lead ?? 'past';
  if (tense === 'future') return tense;
  return tense === 'present' ? fallback.present : fallback.none;
}

const SINCE = /\bsince\s+(?:(?:early|late|mid|the\s+end\s+of)[\s-]+)?$/i;
// "as early as Tuesday", "postponed until Tuesday morning", "gave the family until 9 a.m. Tuesday": a deadline ahead.
const AHEAD = /\b(?:as\s+(?:soon|early)\s+as|(?:postponed|delayed|deferred|adjourned|extended|gave|given|give)\s+(?:[\w']+\s+){0,3}?until)\s+$/i;
// "appointed a director, effective March 1": the date a change takes hold lies near, on either side, though the
// announcement is told in the past.
const EFFECTIVE = /\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;

/**
 * The direction the words leading the expression at `at` in `text` force, whatever tense a nearby
 * verb has: "since March" is behind ("has been at sea since March and will return"), "as early
 * as Tuesday" and "postponed until Tuesday" ahead, "effective Feb. 1" the nearer one (see `directionOf`); otherwise null.
 * @example leadDirection('Talks have stalled since July', 25) // 'past'
 */
export function leadDirection(text: string, at: number): Direction | null {
  const before = text.slice(Math.max(0, at - 60), at);
  if (SINCE.test(before)) return 'past';
  if (EFFECTIVE.test(before)) return 'nearest';
  return AHEAD.test(before) ? 'future' : null;
}

/** Weekdays and month-days: "meets on Monday" is ahead; with no verb, the closer one. */
export const DAY_DEFAULTS = { present: 'future', none: 'nearest' } as const;
/** Months, quarters, seasons: "the elections are in November" is whichever is closer. */
export const PERIOD_DEFAULTS = { present: 'nearest', none: 'nearest' } as const;
/** Event-anchored months: "the May conflict" names an event already known, so in the past. */
export const EVENT_DEFAULTS = { present: 'past', none: 'past' } as const;
