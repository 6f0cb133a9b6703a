// Groups layer items (mentions, times, events) by the sentence that holds them, in one pass.

/** Items by sentence index, each list in the items' order. */
export function bySentence<T extends { sentence: number }>(items: readonly T[], keep: (item: T) => boolean = () => true): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    if (!keep(item)) continue;
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}
