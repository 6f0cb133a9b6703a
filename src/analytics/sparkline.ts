// A text sparkline (▁▂▃▄▅▆▇█) of a number series, for a Goldstein series in a terminal table.

const BARS = '▁▂▃▄▅▆▇█';

/**
 * One bar per value, scaled between the smallest and largest value with zero always inside the scale,
 * so a bar's height keeps its sign's meaning: in a series of positive sums zero is ▁, in a series of
 * negative sums zero is █, and in a mixed series zero sits at its own height. A flat or empty series of zeros is all ▁.
 * @example sparkline([0, 4, 8]) // '▁▅█'
 * @example sparkline([-8, 0, 8]) // '▁▅█'
 * @example sparkline([-2, 0, -4]) // '▅█▁'
 */
export function sparkline(values: number[]): string {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (hi === lo) return BARS[0]!.repeat(values.length);
  const top = BARS.length - 1;
  return values.map((v) => BARS[Math.round(((v - lo) / (hi - lo)) * top)]!).join('');
}
