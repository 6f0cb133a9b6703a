// Validates a publication date (`--published`, a JSONL "published" field): a real YYYY-MM-DD, or an ISO timestamp reduced to its date.
import { DyadError } from '../errors.js';

/** The form the messages ask for. */
export const PUBLISHED_FORM = 'YYYY-MM-DD (e.g. 2025-09-14) or an ISO timestamp (2025-09-14T08:30:00Z)';

// "2025-09-14", "2025-09-14T08:30:00Z", "2025-09-14 08:30:00.123+05:00"
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/** A checked date, or the reason the value is not one ("is not a real date"). */
export type PublishedResult = { ok: true; date: string } | { ok: false; reason: string };

/** The value as the message shows it: bare when it is one plain word, quoted otherwise. */
export function showValue(value: string): string {
  return /^[\w:.+-]+$/.test(value) ? value : JSON.stringify(value);
}

/** Days in `month` (1–12) of `year`, with Gregorian leap years. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks a publication date without throwing. A timestamp keeps the date as written (the
 * publisher's local day), without converting to UTC.
 * @example checkPublished('2025-09-14T23:30:00+05:00') // { ok: true, date: '2025-09-14' }
 * @example checkPublished('2025-02-30') // { ok: false, reason: 'is not a real date' }
 */
export function checkPublished(value: string): PublishedResult {
  const m = PATTERN.exec(value.trim());
  if (!m) return { ok: false, reason: `is not in the form ${PUBLISHED_FORM}` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: `is not a real date; expected ${PUBLISHED_FORM}` };
  }
  const [hour, minute, second, offH, offM] = [m[4], m[5], m[6], m[7], m[8]].map((x) => (x === undefined ? 0 : Number(x)));
  if (hour! > 23 || minute! > 59 || second! > 60 || offH! > 23 || offM! > 59) {
    return { ok: false, reason: `is not a real time of day; expected ${PUBLISHED_FORM}` };
  }
  return { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` };
}

/**
 * Checks a publication date and returns it as YYYY-MM-DD.
 * @param label what to call the value in the message, default `--published`.
 * @throws DyadError PUBLISHED_INVALID naming the value and the expected form.
 * @example parsePublished('2025-09-14') // '2025-09-14'
 */
export function parsePublished(value: string, label = '--published'): string {
  const result = checkPublished(value);
  if (!result.ok) throw new DyadError('PUBLISHED_INVALID', `${label} ${showValue(value)} ${result.reason}`);
  return result.date;
}
