// The text sparkline: scaling, the zero line, flat and empty series.
import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.js';

describe('sparkline', () => {
  it('scales from the smallest to the largest value', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
  });

  it('keeps zero at the floor of a positive series, so a small sum is not drawn as nothing', () => {
    expect(sparkline([2, 4, 8])).toBe(sparkline([0, 2, 4, 8]).slice(1));
    expect(sparkline([2, 4, 8])).toBe('▃▅█');
  });

  it('keeps zero at the top of a negative (conflict) series', () => {
    expect(sparkline([-2, 0, -4])).toBe('▅█▁');
  });

  it('places zero between conflict and cooperation in a mixed series', () => {
    expect(sparkline([-7, 0, 7])).toBe('▁▅█');
  });

  it('draws a flat series of zeros as a row of ▁, and nothing for no values', () => {
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
    expect(sparkline([])).toBe('');
  });
});
