// The averaged perceptron (Collins 2002) with lazy averaging: train online, then freeze the averaged weights.
import { LinearModel, type Scorer } from './linear-model.js';

/**
 * Online multi-class perceptron. `update` moves weight from the guessed label to the true one for each feature;
 * `average()` returns the weights averaged over every instance seen, which generalise far better than the last ones.
 * @example const p = new Perceptron(2); p.update([7], 1, 0); p.tick(); p.average()
 */
export class Perceptron implements Scorer {
  private readonly rows = new Map<number, number>();
  private keys: number[] = [];
  private w: Float64Array;
  /** Σ over updates of (instance counter × delta): the average is w − acc / instances. */
  private acc: Float64Array;
  /** Instances seen, starting at 1. */
  private instances = 1;

  constructor(readonly nLabels: number, capacity = 1 << 16) {
    this.w = new Float64Array(capacity * nLabels);
    this.acc = new Float64Array(capacity * nLabels);
  }

  get size(): number {
    return this.keys.length;
  }

  score(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    const L = this.nLabels;
    for (let k = 0; k < count; k++) {
      const at = this.rows.get(keys[k]!);
      if (at === undefined) continue;
      for (let y = 0; y < L; y++) scores[y]! += this.w[at + y]!;
    }
  }

  /** Rewards `truth` and penalises `guess` on each of `keys[0..count)`; nothing when they agree. */
  update(keys: ArrayLike<number>, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const c = this.instances;
    for (let k = 0; k < count; k++) {
      const at = this.row(keys[k]!);
      this.w[at + truth]! += 1;
      this.acc[at + truth]! += c;
      this.w[at + guess]! -= 1;
      this.acc[at + guess]! -= c;
    }
  }

  /** Counts one instance (one token) towards the average. */
  tick(): void {
    this.instances++;
  }

  /**
   * The averaged weights, without rows whose every |weight| is below `prune`.
   * Training may continue afterwards.
   */
  average(prune = 0): LinearModel {
    const L = this.nLabels;
    const c = this.instances;
    const keep: number[] = [];
    const avg = new Float32Array(L);
    const values: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let max = 0;
      for (let y = 0; y < L; y++) {
        avg[y] = this.w[r * L + y]! - this.acc[r * L + y]! / c;
        max = Math.max(max, Math.abs(avg[y]!));
      }
      if (max <= prune) continue;
      keep.push(this.keys[r]!);
      for (let y = 0; y < L; y++) values.push(avg[y]!);
    }
    return new LinearModel(L, Int32Array.from(keep), Float32Array.from(values));
  }

  private row(key: number): number {
    let at = this.rows.get(key);
    if (at !== undefined) return at;
    at = this.keys.length * this.nLabels;
    if (at + this.nLabels > this.w.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.acc = grow(this.acc);
    }
    this.rows.set(key, at);
    this.keys.push(key);
    return at;
  }
}
