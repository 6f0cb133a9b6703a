// A linear multi-class model: feature key → a row of one weight per label; scores add the rows of a token's features.

/** Scores labels for a token from its feature keys. */
export interface Scorer {
  readonly nLabels: number;
  /** Adds the weights of `keys[0..count)` into `scores` (which the caller zeroes). */
  score(keys: ArrayLike<number>, count: number, scores: Float64Array): void;
}

/**
 * Frozen weights for tagging: feature key → row of `weights` (nLabels numbers per row), looked up in an
 * open-addressing table of typed arrays (several times faster than a Map on the tagging path).
 */
export class LinearModel implements Scorer {
  /** Key + 1 per slot (0 = empty); the table is a power of two at least twice the number of keys. Built on first use. */
  private slots: Int32Array = new Int32Array(0);
  private offsets: Int32Array = new Int32Array(0);
  private mask = -1;

  constructor(
    readonly nLabels: number,
    readonly keys: Int32Array,
    readonly weights: Float32Array,
    /** The int16 weights `weights` were read from (weights = quantized × scale), when read from a model file. */
    readonly quantized: Int16Array | null = null,
  ) {}

  private index(): void {
    const { keys, nLabels } = this;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.offsets = new Int32Array(size);
    for (let r = 0; r < keys.length; r++) {
      let at = keys[r]! & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.slots[at] = keys[r]! + 1;
      this.offsets[at] = r * nLabels;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  score(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    if (this.mask < 0) this.index();
    const L = this.nLabels;
    const w = this.weights;
    const slots = this.slots;
    const mask = this.mask;
    for (let k = 0; k < count; k++) {
      const want = keys[k]! + 1;
      let at = keys[k]! & mask;
      let slot = slots[at]!;
      while (slot !== 0 && slot !== want) {
        at = (at + 1) & mask;
        slot = slots[at]!;
      }
      if (slot === 0) continue;
      const off = this.offsets[at]!;
      for (let y = 0; y < L; y++) scores[y]! += w[off + y]!;
    }
  }
}
