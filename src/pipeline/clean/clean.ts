// Stage 1, clean: normalizes quotes and spaces, records the dateline, blanks lines that are not article text.
import { OffsetMapBuilder } from '../../document/offset-map.js';
import type { Span } from '../../document/document.js';
import type { Stage } from '../stage.js';
import { dropReason } from './junk-lines.js';

// Characters replaced one for one, so offsets keep their place.
const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\t': ' ', '\r': ' ', '\f': ' ', '\v': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ',
  '\u205F': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
};
// Characters that carry nothing for reading: zero-width spaces and joiners, soft hyphens, BOMs.
const INVISIBLE = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']);
const SPECIAL = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033\u00A0\t\r\f\v\u2000-\u200D\u202F\u205F\u3000\u2028\u2029\u0085\u2060\uFEFF\u00AD]/g;

// "ISLAMABAD:", "BRUSSELS (Reuters) -", "NAIROBI, Kenya —", "NEW DELHI, March 3 (AFP) –", also on a line of its own
const DATELINE = /^[ ]*([A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,3})(?:,[ ]*[A-Z][A-Za-z.]+(?:[ ][A-Za-z.0-9]+){0,3})?[ ]*(?:\([A-Za-z .&-]{2,30}\))?[ ]*(?::|--|[-\u2013\u2014])(?:[ ]+|[ ]*(?=\n))/;

/** Normalizes `raw` and returns the cleaned text with its offset map. */
export function normalize(raw: string) {
  const b = new OffsetMapBuilder();
  let last = 0;
  for (const m of raw.matchAll(SPECIAL)) {
    const i = m.index;
    b.keep(raw, last, i);
    const ch = m[0];
    if (INVISIBLE.has(ch)) b.replace('', i, i + 1);
    else b.replace(SAME_LENGTH[ch]!, i, i + 1);
    last = i + 1;
  }
  b.keep(raw, last, raw.length);
  return b.finish();
}

/** Words a headline line before the dateline may have at most. */
const MAX_HEADLINE_WORDS = 20;

/**
 * Finds the dateline at the start of the first non-blank line, or of the line after a headline
 * ("SAUDI TANKER HIT OFF UAE" then "LONDON, March 12 - Iran attacked …").
 */
export function findDateline(text: string): (Span & { place: string }) | null {
  const first = text.search(/\S/);
  if (first < 0) return null;
  const dateline = datelineAt(text, first);
  if (dateline) return dateline;
  const lineEnd = text.indexOf('\n', first);
  if (lineEnd < 0 || !isHeadline(text.slice(first, lineEnd))) return null;
  // The next non-blank character, found in place rather than in a copy of the rest of the article.
  const nonBlank = /\S/g;
  nonBlank.lastIndex = lineEnd;
  const next = nonBlank.exec(text);
  return next ? datelineAt(text, next.index) : null;
}

/** The dateline at the start of the line at `lineStart`, or null. */
function datelineAt(text: string, lineStart: number): (Span & { place: string }) | null {
  const m = DATELINE.exec(text.slice(lineStart, lineStart + 120));
  if (!m) return null;
  const start = lineStart + m[0].indexOf(m[1]!);
  return { start, end: lineStart + m[0].length, place: m[1]! };
}

/** A line that reads as a headline: a few words, not ending a sentence. */
const isHeadline = (line: string): boolean => line.trim().split(/\s+/).length <= MAX_HEADLINE_WORDS && !/[.!?]["']?\s*$/.test(line);

export const cleanStage: Stage = {
  name: 'clean.v1',
  needs: [],
  provides: ['clean'],
  run(doc) {
    const { text: normalized, map } = normalize(doc.text);
    const dropped: (Span & { reason: string })[] = [];
    const pieces: string[] = [];
    let kept = 0;
    let lineStart = 0;
    while (lineStart <= normalized.length) {
      let lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = normalized.length;
      const reason = dropReason(normalized.slice(lineStart, lineEnd));
      if (reason) {
        dropped.push({ start: lineStart, end: lineEnd, reason });
        pieces.push(normalized.slice(kept, lineStart), ' '.repeat(lineEnd - lineStart));
        kept = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    pieces.push(normalized.slice(kept));
    const text = pieces.join('');
    doc.clean = { text, map, dateline: findDateline(text), dropped };
  },
};
