// Tests for the averaged perceptron: updates, lazy averaging, learning a toy problem.
import { describe, expect, it } from 'vitest';
import { Perceptron } from './perceptron.js';

const scores = (p: { score(k: ArrayLike<number>, n: number, s: Float64Array): void }, keys: number[], n = 2) => {
  const s = new Float64Array(n);
  p.score(keys, keys.length, s);
  return Array.from(s);
};

describe('Perceptron', () => {
  it('moves weight from the guess to the truth and does nothing when they agree', () => {
    const p = new Perceptron(2);
    p.update([5], 1, 1, 0);
    expect(scores(p, [5])).toEqual([-1, 1]);
    p.update([5], 1, 1, 1);
    expect(scores(p, [5])).toEqual([-1, 1]);
  });

  it('averages each weight over the instances it was in force', () => {
    const p = new Perceptron(2);
    p.update([5], 1, 1, 0); // made while instance 1 is seen: in force for instances 2 and 3 of 3
    p.tick();
    p.tick();
    const avg = scores(p.average(), [5]);
    expect(avg[0]).toBeCloseTo(-2 / 3, 5);
    expect(avg[1]).toBeCloseTo(2 / 3, 5);
  });

  it('learns a toy problem: label 1 when feature 2 is present, else 0', () => {
    const p = new Perceptron(2);
    const data: [number[], number][] = [[[0, 1], 0], [[0, 2], 1], [[0, 1, 3], 0], [[0, 2, 3], 1], [[0, 3], 0]];
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [keys, y] of data) {
        const s = scores(p, keys);
        p.update(keys, keys.length, y, s[1]! > s[0]! ? 1 : 0);
        p.tick();
      }
    }
    const model = p.average();
    for (const [keys, y] of data) {
      const s = scores(model, keys);
      expect(s[1]! > s[0]! ? 1 : 0, keys.join(',')).toBe(y);
    }
  });

  it('drops rows whose averaged weights are all within the prune threshold', () => {
    const p = new Perceptron(2, 1);
    p.update([1], 1, 1, 0);
    for (let i = 0; i < 10; i++) p.tick();
    p.update([2], 1, 1, 0); // in force for one instance in 12: weight 1/12
    p.tick();
    expect(p.average().size).toBe(2);
    expect(p.average(0.5).size).toBe(1);
  });
});
