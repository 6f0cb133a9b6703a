// Tests for conlleval precision, recall and F1 on tiny hand-made sequences.
import { describe, expect, it } from 'vitest';
import { formatConllScore, scoreConll } from './score.js';

describe('scoreConll', () => {
  it('scores a perfect tagging as 1 whatever the scheme (IOB1 gold, IOB2 guess)', () => {
    const s = scoreConll([['I-PER', 'I-PER', 'O', 'I-LOC']], [['B-PER', 'I-PER', 'O', 'B-LOC']]);
    expect(s.overall).toMatchObject({ found: 2, gold: 2, correct: 2, precision: 1, recall: 1, f1: 1 });
  });

  it('counts a chunk only when its type and both boundaries match', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-LOC']];
    // PER too short, ORG typed MISC, LOC right.
    const guess = [['B-PER', 'O', 'O', 'B-MISC', 'O', 'B-LOC']];
    const s = scoreConll(gold, guess);
    expect(s.overall).toMatchObject({ found: 3, gold: 3, correct: 1 });
    expect(s.overall.f1).toBeCloseTo(1 / 3);
    expect(s.byType.get('LOC')!.f1).toBe(1);
    expect(s.byType.get('PER')).toMatchObject({ found: 1, gold: 1, correct: 0, f1: 0 });
    expect(s.byType.get('MISC')).toMatchObject({ found: 1, gold: 0, correct: 0, precision: 0, recall: 0 });
  });

  it('computes precision and recall separately', () => {
    // Two gold chunks, one found and right, plus one spurious: P = 1/2, R = 1/2.
    const s = scoreConll([['B-PER', 'O', 'B-LOC', 'O']], [['B-PER', 'O', 'O', 'B-ORG']]);
    expect(s.overall.precision).toBe(0.5);
    expect(s.overall.recall).toBe(0.5);
    expect(s.overall.f1).toBe(0.5);
  });

  it('does not let a chunk run across a sentence boundary', () => {
    const s = scoreConll([['I-PER'], ['I-PER']], [['I-PER'], ['I-PER']]);
    expect(s.overall).toMatchObject({ found: 2, gold: 2, correct: 2 });
  });

  it('prints one line per type and an overall line', () => {
    const text = formatConllScore(scoreConll([['B-PER']], [['B-PER']]));
    expect(text).toContain('PER      precision 100.00');
    expect(text).toContain('overall');
  });
});
