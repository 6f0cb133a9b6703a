// Tests for OffsetMap: cleaned offsets map back to the raw text at span starts and ends, widening over rewritten pieces.
import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

/** The raw text a cleaned span `[start, end)` maps back to. */
function rawQuote(raw: string, map: OffsetMap, start: number, end: number): string {
  return raw.slice(map.toRaw(start, 'start'), map.toRaw(end, 'end'));
}

describe('OffsetMap', () => {
  // "Salt &amp; Sons" cleaned to "Salt & Sons".
  const raw = 'Salt &amp; Sons opened.';
  const b = new OffsetMapBuilder();
  b.keep(raw, 0, 5);
  b.replace('&', 5, 10);
  b.keep(raw, 10, raw.length);
  const { text, map } = b.finish();

  it('joins kept and replaced pieces into the cleaned text', () => {
    expect(text).toBe('Salt & Sons opened.');
  });

  it('maps offsets in a kept piece before the replacement one to one, at both sides', () => {
    const start = text.indexOf('Salt');
    const end = start + 'Salt'.length;
    expect(text.slice(start, end)).toBe('Salt');
    expect(map.toRaw(start, 'start')).toBe(0);
    expect(map.toRaw(end, 'end')).toBe(4);
    expect(rawQuote(raw, map, start, end)).toBe('Salt');
  });

  it('maps offsets in a kept piece after the replacement, shifted by the length change', () => {
    const start = text.indexOf('Sons');
    const end = start + 'Sons'.length;
    expect(text.slice(start, end)).toBe('Sons');
    expect(map.toRaw(start, 'start')).toBe(raw.indexOf('Sons'));
    expect(map.toRaw(end, 'end')).toBe(raw.indexOf('Sons') + 4);
    expect(rawQuote(raw, map, start, end)).toBe('Sons');
  });

  it('maps a span over exactly the replaced piece to the whole raw piece', () => {
    const start = text.indexOf('&');
    expect(text.slice(start, start + 1)).toBe('&');
    expect(rawQuote(raw, map, start, start + 1)).toBe('&amp;');
  });

  it('widens a span that covers a replaced piece to the raw piece', () => {
    const start = text.indexOf('Salt & Sons');
    const end = start + 'Salt & Sons'.length;
    expect(text.slice(start, end)).toBe('Salt & Sons');
    expect(rawQuote(raw, map, start, end)).toBe('Salt &amp; Sons');
  });

  it('widens a span that starts or ends inside a longer replacement to the whole raw piece', () => {
    // "&" written out as "and": a cleaned offset inside "and" never cuts the raw "&".
    const r = 'Salt & Sons';
    const w = new OffsetMapBuilder();
    w.keep(r, 0, 5);
    w.replace('and', 5, 6);
    w.keep(r, 6, r.length);
    const { text: t, map: m } = w.finish();
    expect(t).toBe('Salt and Sons');
    expect(t.slice(6, 13)).toBe('nd Sons');
    expect(rawQuote(r, m, 6, 13)).toBe('& Sons');
    expect(t.slice(0, 7)).toBe('Salt an');
    expect(rawQuote(r, m, 0, 7)).toBe('Salt &');
  });

  it('maps across a deleted piece: the kept text on each side quotes itself', () => {
    // "A\u200Bb" cleaned to "Ab": the zero-width space is replaced by nothing.
    const r = 'A\u200Bb';
    const w = new OffsetMapBuilder();
    w.keep(r, 0, 1);
    w.replace('', 1, 2);
    w.keep(r, 2, 3);
    const { text: t, map: m } = w.finish();
    expect(t).toBe('Ab');
    expect(rawQuote(r, m, 0, 1)).toBe('A');
    expect(rawQuote(r, m, 1, 2)).toBe('b');
    expect(rawQuote(r, m, 0, 2)).toBe('A\u200Bb');
  });

  it('is the identity when nothing changed', () => {
    const r = 'Nothing to clean here.';
    const w = new OffsetMapBuilder();
    w.keep(r, 0, r.length);
    const { text: t, map: m } = w.finish();
    expect(t).toBe(r);
    for (let i = 0; i <= r.length; i++) {
      expect(m.toRaw(i, 'start')).toBe(i);
      expect(m.toRaw(i, 'end')).toBe(i);
    }
  });

  it('is the identity when built from no pieces at all', () => {
    const { text: t, map: m } = new OffsetMapBuilder().finish();
    expect(t).toBe('');
    expect(m.toRaw(0, 'start')).toBe(0);
    expect(m.toRaw(7, 'end')).toBe(7);
  });

  it('merges consecutive kept pieces so offsets inside them stay one to one', () => {
    const r = 'abcdef';
    const w = new OffsetMapBuilder();
    w.keep(r, 0, 2);
    w.keep(r, 2, 4);
    w.keep(r, 4, 6);
    const { text: t, map: m } = w.finish();
    expect(t).toBe(r);
    expect(m.toRaw(3, 'start')).toBe(3);
    expect(m.toRaw(3, 'end')).toBe(3);
    expect(rawQuote(r, m, 1, 5)).toBe('bcde');
  });
});
