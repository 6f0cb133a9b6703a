// Tests for the TempEval-3 time scores on hand-made spans.
import { describe, expect, it } from 'vitest';
import type { TimexSpan } from './reader.js';
import { addCounts, compareTimexes, timexScores } from './score.js';

const span = (start: number, end: number, value: string, type = 'DATE'): TimexSpan => ({ start, end, text: 'x'.repeat(end - start), type, value });

describe('compareTimexes and timexScores', () => {
  it('counts an identical extent as a strict and a relaxed match', () => {
    const { counts } = compareTimexes([span(0, 9, '2001-03-06')], [span(0, 9, '2001-03-06')]);
    expect(counts).toEqual({ gold: 1, produced: 1, strict: 1, relaxed: 1, typeCorrect: 1, valueCorrect: 1 });
  });
  it('counts an overlapping extent as relaxed only, and still scores its type and value', () => {
    const { counts, errors } = compareTimexes([span(3, 12, '2001-03')], [span(0, 12, '2001-03')]);
    expect(counts.strict).toBe(0);
    expect(counts.relaxed).toBe(1);
    expect(counts.valueCorrect).toBe(1);
    expect(errors.wrongSpan).toHaveLength(1);
  });
  it('pairs each gold span with at most one produced span, the one overlapping most', () => {
    const { counts, errors } = compareTimexes([span(0, 10, 'P3D', 'DURATION')], [span(0, 2, 'P1D', 'DURATION'), span(2, 10, 'P3D', 'DURATION')]);
    expect(counts.relaxed).toBe(1);
    expect(counts.valueCorrect).toBe(1);
    expect(errors.spurious).toHaveLength(1);
  });
  it('lists wrong values, missed and spurious spans', () => {
    const { errors } = compareTimexes([span(0, 5, '2001'), span(20, 25, '2002')], [span(0, 5, '2000'), span(40, 45, '2003')]);
    expect(errors.wrongValue.map((w) => w.produced.value)).toEqual(['2000']);
    expect(errors.missed.map((g) => g.value)).toEqual(['2002']);
    expect(errors.spurious.map((p) => p.value)).toEqual(['2003']);
  });
  it('computes value F1 as value accuracy on relaxed matches times relaxed F1 (TempEval-3)', () => {
    // 4 gold, 5 produced, 4 relaxed matches (2 strict), 3 right values.
    const s = timexScores({ gold: 4, produced: 5, strict: 2, relaxed: 4, typeCorrect: 4, valueCorrect: 3 });
    expect(s.strict.precision).toBeCloseTo(0.4);
    expect(s.strict.recall).toBeCloseTo(0.5);
    expect(s.relaxed.f1).toBeCloseTo((2 * 0.8 * 1) / 1.8);
    expect(s.valueAccuracy).toBeCloseTo(0.75);
    expect(s.valueF1).toBeCloseTo(0.75 * ((2 * 0.8) / 1.8));
    expect(s.typeAccuracy).toBe(1);
  });
  it('adds counts across documents (micro-average) and scores nothing as 0', () => {
    const a = compareTimexes([span(0, 4, '2001')], [span(0, 4, '2001')]).counts;
    const b = compareTimexes([span(0, 4, '2002')], []).counts;
    expect(timexScores(addCounts(a, b)).relaxed.recall).toBeCloseTo(0.5);
    expect(timexScores(addCounts()).valueF1).toBe(0);
  });
});
