// Reads the publication day from a page's or feed's date: ISO 8601 (meta tags, Atom, dc:date) or RFC 822 (RSS pubDate).
import { checkPublished } from './published.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Sun, 14 Sep 2025 08:30:00 +0000", "14 September 2025", "Sun, 14 Sep 25 08:30 GMT"
const RFC_822 = /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?![\d])/i;

/**
 * The day a date names, as YYYY-MM-DD, or null when it is not a real date in a known form. The
 * day is the publisher's own (no conversion to UTC), as in {@link checkPublished}.
 * @example publishedDay('2025-09-14T23:30:00+05:00') // '2025-09-14'
 * @example publishedDay('Sun, 14 Sep 2025 08:30:00 GMT') // '2025-09-14'
 * @example publishedDay('2025-02-30') // null
 */
export function publishedDay(value: string | null | undefined): string | null {
  if (!value || value.length > 100) return null;
  const iso = checkPublished(value);
  if (iso.ok) return iso.date;
  const m = RFC_822.exec(value.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) - (Number(m[3]) >= 70 ? 100 : 0) : Number(m[3]);
  const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const checked = checkPublished(day);
  return checked.ok ? checked.date : null;
}
