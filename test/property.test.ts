// Property tests: `extract` never throws on odd input, and every offset it reports quotes the text exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type EventRecord } from '../src/index.js';

const RUNS = 200;

/** Throws when any mention, time, quantity, event evidence or event location does not quote `text` at its offsets. */
function checkOffsets(record: EventRecord, text: string): void {
  expect(record.document.text).toBe(text);
  const spans = [
    ...record.mentions.map((s) => ({ what: `mention ${s.id}`, ...s })),
    ...record.times.map((s, i) => ({ what: `time ${i}`, ...s })),
    ...record.quantities.map((s, i) => ({ what: `quantity ${i}`, ...s })),
    ...record.events.map((e) => ({ what: `event ${e.id}`, ...e.evidence })),
    ...record.events.flatMap((e) => (e.location ? [{ what: `location of ${e.id}`, ...e.location }] : [])),
  ];
  for (const s of spans) {
    const where = `${s.what} [${s.start}, ${s.end}) "${s.text}"`;
    expect(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, where).toBe(true);
    expect(text.slice(s.start, s.end), where).toBe(s.text);
  }
}

const published = fc.constantFrom('2025-09-14', '2024-02-29', '2000-01-01', null);
const read = (text: string, date: string | null) => checkOffsets(extract({ id: 'prop', text, published: date }), text);
const property = (text: fc.Arbitrary<string>) => fc.assert(fc.property(text, published, read), { numRuns: RUNS });

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const word = fc.constantFrom(
  'said', 'met', 'visited', 'hosted', 'signed', 'an', 'agreement', 'MoU', 'with', 'the', 'and', 'on', 'Saturday', 'in', 'July',
  'last', 'week', 'earlier', 'this', 'month', 'talks', 'ceasefire', 'sanctions', 'were', 'imposed', 'by', 'accused', 'praised',
  'lauded', 'will', 'visit', 'did', 'not', 'meet', 'denied', 'signing', 'held', 'a', 'phone', 'call', 'Pakistan', 'India', 'US',
  'Washington', 'Kenya', 'Ethiopia', 'Pakistan’s', 'Pakistan-US', 'both', 'sides', 'the two countries', 'He', 'his', 'Mr', 'Gen',
);
const name = fc.stringMatching(/^[A-Z][a-z]{0,12}$/);
const title = fc.constantFrom(
  'Deputy Prime Minister and Foreign Minister', 'US Secretary of State', 'Secretary', 'President', 'Chief of Army Staff (COAS) Field Marshal',
  'the army chief', 'Chairman Joint Chiefs of Staff Gen', 'Admiral', 'Centcom Commander', 'Foreign Office', 'United States Strategic Metals (USSM)',
);
const money = fc
  .tuple(fc.constantFrom('$', '€', '£', 'Rs', 'Rs.', '¥', 'around $', ''), fc.oneof(fc.nat(), fc.double({ noNaN: true })), fc.constantFrom('', ' million', ' billion', ' trillion', 'bn', 'm', ' crore', ' yen', '%'))
  .map(([sign, n, scale]) => `${sign}${n}${scale}`);
const punctuation = fc.constantFrom('(', ')', '"', '“', '”', '‘', '’', "'", '.', ',', ':', ';', '-', '—', '…', '$', '\n', '\n\n', '\r\n', '\t', ' ', '\u00a0', '\u200b');
const junkLine = fc.constantFrom('\nRead More: President Zardari hails bullet train\n', 'Read More:', '\nAlso read: Minister visits Paris\n', '\nPhoto: AFP\n', '\nClick here to subscribe\n');
// one unbroken token of thousands of characters, or a name repeated without spaces
const longToken = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'Z', '7', '-', '’'), minLength: 300, maxLength: 3000 }), fc.nat({ max: 400 }).map((n) => 'Pakistan'.repeat(n)));
const dateline = fc.constantFrom('', 'ISLAMABAD: ', 'BRUSSELS (Reuters) - ', 'LAGOS, Nigeria (AP) — ', 'NAIROBI:');
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: name },
  { weight: 2, arbitrary: title },
  { weight: 2, arbitrary: money },
  { weight: 1, arbitrary: fc.nat().map(String) },
  { weight: 4, arbitrary: punctuation },
  { weight: 1, arbitrary: junkLine },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
  { weight: 1, arbitrary: longToken },
);
const newsLike = fc
  .tuple(dateline, fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 60 }))
  .map(([head, parts]) => head + parts.map(([p, sep]) => p + sep).join(''));

describe('extract on any input', () => {
  it('never throws on empty and blank text, and finds no events in it', () => {
    for (const text of ['', ' ', '\n\n', '\t \r\n', '\u00a0']) {
      const record = extract({ text, published: '2025-09-14' });
      expect(record.events).toEqual([]);
      checkOffsets(record, text);
    }
  });
  it('never throws on random ASCII strings, and quotes every offset', () => property(fc.string({ maxLength: 400 })));
  it('never throws on random grapheme strings, and quotes every offset', () => property(fc.string({ unit: 'grapheme', maxLength: 200 })));
  it('never throws on random code points, and quotes every offset', () => property(fc.string({ unit: 'binary', maxLength: 200 })));
  it('never throws on text with lone surrogates, and quotes every offset', () =>
    property(fc.array(fc.oneof(loneSurrogate, word, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(' '))));
  it('never throws on news-like text with names, titles, money, quotes and junk lines, and quotes every offset', () => property(newsLike));
});
