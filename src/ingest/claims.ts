// Who reads an article handed to the pool: the writer's thread and the workers share a flag per article, and the first to set it reads it.

/** Flags in the ring; more than a pool ever holds unread, so a slot is free again long before its next article. */
const SLOTS = 4096;

/**
 * Claim flags in shared memory, one per article id (modulo the ring size). A worker claims each
 * article it was sent before reading it; the writer's thread, while it waits for an article, claims
 * the oldest one no one has started. Exactly one of them wins each article.
 * @example const claims = new Claims(); claims.open(7); claims.take(7) // true, then false
 */
export class Claims {
  private readonly flags: Int32Array;

  /** A new ring, or (in a worker) the one whose buffer the pool passed it. */
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(SLOTS * 4)) {
    this.flags = new Int32Array(buffer);
  }

  /** Makes article `id` free to take; call before anyone can see it. */
  open(id: number): void {
    Atomics.store(this.flags, id % SLOTS, 0);
  }

  /** True for the one caller that takes article `id` first. */
  take(id: number): boolean {
    return Atomics.compareExchange(this.flags, id % SLOTS, 0, 1) === 0;
  }
}
