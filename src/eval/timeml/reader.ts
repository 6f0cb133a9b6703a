// Reads a TimeML document: the plain text of <TEXT>, its creation date and the gold TIMEX3 spans in that text.

/** A gold (or produced) temporal expression: `[start, end)` into the plain text, with its TIMEX3 type and value. */
export interface TimexSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** One TimeML document as Dyad reads it. */
export interface TimemlDocument {
  /** The `<TEXT>` element with every tag removed and entities decoded: what Dyad is given. */
  text: string;
  /** The document creation time (YYYY-MM-DD), or null when the file has none. */
  dct: string | null;
  /** The TIMEX3 tags inside `<TEXT>`, in text order; a creation-time TIMEX3 is left out (it is given, not found). */
  timexes: TimexSpan[];
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"]*)"/g;
const DCT_TAG = /<TIMEX3\b[^>]*\bfunctionInDocument="CREATION_TIME"[^>]*>/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses a `.tml` file: TIMEX3 tags inline in `<TEXT>` and a DCT TIMEX3 with
 * `functionInDocument="CREATION_TIME"` (as in TimeBank and AQUAINT, TBAQ-cleaned).
 * @example readTimeml('<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-02" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2001-03-01">yesterday</TIMEX3>.</TEXT>')
 * // { text: 'It rained yesterday.', dct: '2001-03-02', timexes: [{ start: 10, end: 19, text: 'yesterday', type: 'DATE', value: '2001-03-01' }] }
 */
export function readTimeml(source: string): TimemlDocument {
  const dctTag = DCT_TAG.exec(source);
  const dctValue = dctTag ? attributes(dctTag[0]).value ?? '' : '';
  const dct = /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const open = source.search(/<TEXT\b[^>]*>/);
  const close = source.lastIndexOf('</TEXT>');
  const body = open < 0 ? '' : source.slice(source.indexOf('>', open) + 1, close > open ? close : source.length);
  let text = '';
  let last = 0;
  const timexes: TimexSpan[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  for (const m of body.matchAll(TAG)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += entity(m[5]) ?? m[0];
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] !== '/') {
      stack.push({ start: text.length, attrs: attributes(m[3]!) });
      continue;
    }
    const opened = stack.pop();
    if (!opened || opened.attrs.functionInDocument === 'CREATION_TIME') continue;
    timexes.push({ start: opened.start, end: text.length, text: text.slice(opened.start, text.length), type: opened.attrs.type ?? '', value: opened.attrs.value ?? '' });
  }
  text += body.slice(last);
  timexes.sort((a, b) => a.start - b.start);
  return { text, dct, timexes };
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]!] = m[2]!;
  return out;
}

function entity(name: string): string | undefined {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return NAMED[name];
}
