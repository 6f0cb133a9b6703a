// A short-lived memo for costly answers: the same query within the time to live shares one computation, even while it runs.
/**
 * Remembers each key's answer for `ttlMs` (0: not at all), at most `maxEntries` keys (the oldest is forgotten first).
 * Concurrent asks for a key being computed share its promise; a failed computation is not remembered.
 * @example const timelines = new Memo<Timeline>(1000); await timelines.get('KEN ETH month', () => dyadTimeline(db, q))
 */
export class Memo<T> {
  readonly #entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const at = this.now();
    const hit = this.#entries.get(key);
    if (hit !== undefined && at - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    const entry = { at, value };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }
}
