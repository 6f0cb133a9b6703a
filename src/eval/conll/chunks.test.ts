// Tests for conlleval's chunk rules on hand-made IOB1 and IOB2 sequences.
import { describe, expect, it } from 'vitest';
import { chunks } from './chunks.js';

describe('chunks', () => {
  it('reads IOB1: I-X after O starts a chunk, B-X splits two of the same type', () => {
    expect(chunks(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 2, end: 3 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });

  it('reads IOB2 the same way', () => {
    expect(chunks(['B-ORG', 'I-ORG', 'O', 'B-MISC'])).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'MISC', start: 3, end: 4 },
    ]);
  });

  it('starts a new chunk when the type changes inside a run of I tags', () => {
    expect(chunks(['I-ORG', 'I-LOC'])).toEqual([
      { type: 'ORG', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 2 },
    ]);
  });

  it('closes a chunk open at the end of the sentence', () => {
    expect(chunks(['O', 'B-PER', 'I-PER'])).toEqual([{ type: 'PER', start: 1, end: 3 }]);
  });

  it('finds nothing in an all-O sentence', () => {
    expect(chunks(['O', 'O'])).toEqual([]);
  });
});
