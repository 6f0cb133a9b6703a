// Small text helpers for what the commands print.

/**
 * The text cut to `max` characters, ending in "…" when it was longer.
 * @example shorten('Discuss by telephone', 10) // 'Discuss b…'
 */
export const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * A count with its word, plural with an "s" unless it is 1.
 * @example plural(2, 'event') // '2 events'
 */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
