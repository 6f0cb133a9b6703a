// Binary search over items in text order: the first index where a test that holds for a prefix stops holding.

/**
 * The first index in `[from, to)` whose item fails `before`, given that `before` holds for a prefix of
 * the range and fails for the rest (as "ends at or before offset" does for spans in text order).
 * @example partitionPoint(sentences, (s) => s.start <= offset) - 1 // the last sentence starting at or before offset
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
