// Tests for the clean stage: normalized quotes and spaces, removed invisible characters, the dateline, blanked junk lines.
import { describe, expect, it } from 'vitest';
import { createDocument, type CleanLayer } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { cleanStage, findDateline } from './clean.js';
import { dropReason } from './junk-lines.js';

const kb = loadKnowledge();

function clean(raw: string): CleanLayer {
  const doc = createDocument({ id: 't', text: raw });
  cleanStage.run(doc, kb);
  return doc.clean!;
}

/** The raw text a cleaned span maps back to. */
function rawOf(raw: string, c: CleanLayer, span: { start: number; end: number }): string {
  return raw.slice(c.map.toRaw(span.start, 'start'), c.map.toRaw(span.end, 'end'));
}

describe('clean: normalization', () => {
  it('turns curly quotes into straight ones without moving any offset', () => {
    const raw = 'The envoy\u2019s \u201Cfinal\u201D offer stood.';
    const c = clean(raw);
    expect(c.text).toBe('The envoy\'s "final" offer stood.');
    expect(c.text.length).toBe(raw.length);
    const start = c.text.indexOf('"final"');
    const span = { start, end: start + '"final"'.length };
    expect(c.text.slice(span.start, span.end)).toBe('"final"');
    expect(rawOf(raw, c, span)).toBe('\u201Cfinal\u201D');
  });

  it('turns no-break, thin and other odd spaces and tabs into plain spaces, offsets kept', () => {
    const raw = 'Talks\u00A0resumed\u2009in\tOslo\u202Ftoday.';
    const c = clean(raw);
    expect(c.text).toBe('Talks resumed in Oslo today.');
    const start = c.text.indexOf('resumed in Oslo');
    const span = { start, end: start + 'resumed in Oslo'.length };
    expect(c.text.slice(span.start, span.end)).toBe('resumed in Oslo');
    expect(rawOf(raw, c, span)).toBe('resumed\u2009in\tOslo');
  });

  it('removes zero-width characters and soft hyphens and maps the words around them back', () => {
    const raw = 'The cease\u00ADfire\u200B held in Gao\uFEFF.';
    const c = clean(raw);
    expect(c.text).toBe('The ceasefire held in Gao.');
    const start = c.text.indexOf('ceasefire');
    const span = { start, end: start + 'ceasefire'.length };
    expect(c.text.slice(span.start, span.end)).toBe('ceasefire');
    expect(rawOf(raw, c, span)).toBe('cease\u00ADfire');
    const held = c.text.indexOf('held');
    expect(rawOf(raw, c, { start: held, end: held + 4 })).toBe('held');
    expect(raw.slice(c.map.toRaw(held, 'start'), c.map.toRaw(held, 'start') + 4)).toBe('held');
  });

  it('leaves plain text untouched with an identity map', () => {
    const raw = 'Nothing here needs cleaning.';
    const c = clean(raw);
    expect(c.text).toBe(raw);
    expect(c.map.toRaw(8, 'start')).toBe(8);
    expect(c.dateline).toBeNull();
    expect(c.dropped).toEqual([]);
  });
});

describe('clean: dateline', () => {
  it.each([
    ['ISLAMABAD: The talks ended.', 'ISLAMABAD', 'ISLAMABAD: '],
    ['BRUSSELS (Reuters) - The talks ended.', 'BRUSSELS', 'BRUSSELS (Reuters) - '],
    ['NAIROBI, Kenya \u2014 The talks ended.', 'NAIROBI', 'NAIROBI, Kenya \u2014 '],
    ['NEW DELHI, May 3 (AFP) \u2013 The talks ended.', 'NEW DELHI', 'NEW DELHI, May 3 (AFP) \u2013 '],
  ])('finds the dateline in %j', (raw, place, quoted) => {
    const c = clean(raw);
    expect(c.dateline).not.toBeNull();
    const d = c.dateline!;
    expect(d.place).toBe(place);
    expect(c.text.slice(d.start, d.end)).toBe(quoted);
    expect(c.text.slice(d.start, d.start + place.length)).toBe(place);
    expect(c.text.slice(d.end)).toBe('The talks ended.');
  });

  it('finds a dateline on a line of its own', () => {
    const c = clean('KAMPALA, May 3 (Dyad Wire) --\nThe talks ended.');
    expect(c.dateline?.place).toBe('KAMPALA');
    expect(c.text.slice(c.dateline!.start, c.dateline!.end)).toBe('KAMPALA, May 3 (Dyad Wire) --');
  });

  it('finds the dateline on the first non-blank line', () => {
    const c = clean('\n\n  ISLAMABAD: The talks ended.');
    expect(c.dateline?.place).toBe('ISLAMABAD');
    expect(c.text.slice(c.dateline!.start, c.dateline!.end)).toBe('ISLAMABAD: ');
  });

  it('finds the dateline on the line after a headline', () => {
    const raw = 'GHANA AND TOGO REOPEN BORDER\n\nACCRA, March 2 - The two countries reopened the border.';
    const c = clean(raw);
    expect(c.dateline?.place).toBe('ACCRA');
    expect(c.text.slice(c.dateline!.start, c.dateline!.end)).toBe('ACCRA, March 2 - ');
  });

  it('finds no dateline after a first line that is a sentence rather than a headline', () => {
    expect(findDateline('Ghana and Togo reopened the border on Monday.\nACCRA - Traders welcomed it.')).toBeNull();
  });

  it.each([
    'The minister said: the talks ended.',
    'Kenya - the talks ended.',
    'Talks between the two sides ended on Monday.',
    'Kenya-Uganda ties - a timeline',
  ])('finds no dateline in the ordinary first line %j', (raw) => {
    expect(clean(raw).dateline).toBeNull();
    expect(findDateline(raw)).toBeNull();
  });
});

describe('clean: junk lines', () => {
  const lines = [
    ['Read More: Minister opens new bridge', 'related-link'],
    ['Also read: Rains lash the coast', 'related-link'],
    ['Click here to subscribe', 'call-to-action'],
    ['Share', 'share-crumb'],
    ['Photo: AFP', 'photo-credit'],
    ['(Photo: Reuters)', 'photo-credit'],
  ] as const;
  const raw = ['The ministers met in Gao on Monday.', ...lines.map(([l]) => l), 'They agreed to meet again.'].join('\n');
  const c = clean(raw);

  it('lists each junk line in `dropped` with its reason, quoting the raw line', () => {
    expect(c.dropped.map((d) => d.reason)).toEqual(lines.map(([, reason]) => reason));
    c.dropped.forEach((d, k) => expect(rawOf(raw, c, d)).toBe(lines[k]![0]));
  });

  it('blanks each junk line with spaces of the same length, keeping the newlines', () => {
    for (const d of c.dropped) expect(c.text.slice(d.start, d.end)).toBe(' '.repeat(d.end - d.start));
    expect(c.text.length).toBe(raw.length);
    expect(c.text.split('\n')).toHaveLength(raw.split('\n').length);
  });

  it('keeps the article lines around the junk', () => {
    expect(c.text.startsWith('The ministers met in Gao on Monday.\n')).toBe(true);
    expect(c.text.endsWith('\nThey agreed to meet again.')).toBe(true);
  });

  it('keeps an ordinary sentence that merely contains "read more" mid-line', () => {
    const line = 'Officials urged voters to read more about the plan: it is long.';
    const k = clean(`The vote is on Friday.\n${line}`);
    expect(k.dropped).toEqual([]);
    expect(k.text).toContain(line);
    expect(dropReason(line)).toBeNull();
  });

  it.each(['Share prices fell sharply on Monday.', 'Subscribers to the state broadcaster rose.', 'Read the full statement below.'])(
    'keeps the ordinary line %j that starts with a junk word',
    (line) => {
      expect(dropReason(line)).toBeNull();
    },
  );

  it('keeps a long line even when it opens like a related link', () => {
    expect(dropReason(`Read more: ${'the talks went on. '.repeat(20)}`)).toBeNull();
  });
});
