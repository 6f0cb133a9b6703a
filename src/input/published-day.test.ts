// Tests for reading a publication day from ISO 8601 and RFC 822 dates.
import { describe, expect, it } from 'vitest';
import { publishedDay } from './published-day.js';

describe('publishedDay', () => {
  it.each([
    ['2025-09-14', '2025-09-14'],
    ['2025-09-14T23:30:00+05:00', '2025-09-14'],
    ['2025-09-14T08:30:00.000Z', '2025-09-14'],
    ['Sun, 14 Sep 2025 08:30:00 +0000', '2025-09-14'],
    ['Sun, 14 Sep 2025 08:30:00 GMT', '2025-09-14'],
    ['4 Sept. 2025', '2025-09-04'],
    ['14 September 2025', '2025-09-14'],
    ['Mon, 01 Jan 99 00:00:00 EST', '1999-01-01'],
    ['Tue, 02 Jan 24 00:00:00 EST', '2024-01-02'],
  ])('reads %s as %s', (value, day) => {
    expect(publishedDay(value)).toBe(day);
  });

  it.each([null, undefined, '', 'yesterday', '2025-02-30', '31 Feb 2025', '14 Foo 2025', '2025-13-01T00:00:00Z', `2025-09-14${' '.repeat(200)}`])(
    'ignores %j',
    (value) => {
      expect(publishedDay(value)).toBeNull();
    },
  );
});
