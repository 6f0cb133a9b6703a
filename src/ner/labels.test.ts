// Tests for label conversions: spans from IOB2/BILOU, BILOU and IOB2 from spans, BILOU transitions.
import { describe, expect, it } from 'vitest';
import { BILOU_LABELS, bilouTransitions, spans, toBilou, toIob2 } from './labels.js';

describe('labels', () => {
  it('reads spans from IOB2 labels in token indices', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });

  it('reads spans from BILOU labels and starts one at a stray I', () => {
    expect(spans(['U-ORG', 'B-PER', 'L-PER', 'O', 'I-MISC'])).toEqual([
      { type: 'ORG', start: 0, end: 1 },
      { type: 'PER', start: 1, end: 3 },
      { type: 'MISC', start: 4, end: 5 },
    ]);
  });

  it('writes spans back as BILOU and IOB2', () => {
    const e = [{ type: 'PER' as const, start: 0, end: 3 }, { type: 'LOC' as const, start: 4, end: 5 }];
    expect(toBilou(5, e)).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC']);
    expect(toIob2(5, e)).toEqual(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC']);
    expect(spans(toBilou(5, e))).toEqual(e);
  });

  it('allows only I-X or L-X after B-X', () => {
    const n = BILOU_LABELS.length;
    const allowed = bilouTransitions(BILOU_LABELS);
    const b = BILOU_LABELS.indexOf('B-PER');
    const ok = BILOU_LABELS.filter((_, q) => allowed[b * n + q] === 1);
    expect(ok).toEqual(['I-PER', 'L-PER']);
    const start = BILOU_LABELS.filter((_, q) => allowed[n * n + q] === 1);
    expect(start).toEqual(['O', 'B-PER', 'U-PER', 'B-ORG', 'U-ORG', 'B-LOC', 'U-LOC', 'B-MISC', 'U-MISC']);
  });
});
