// Tests for publication-date validation: real dates only, timestamps reduced to their date.
import { describe, expect, it } from 'vitest';
import { DyadError } from '../errors.js';
import { checkPublished, parsePublished } from './published.js';

describe('checkPublished', () => {
  it('accepts a real date', () => {
    expect(checkPublished('2025-09-14')).toEqual({ ok: true, date: '2025-09-14' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(checkPublished('2024-02-29').ok).toBe(true);
    expect(checkPublished('2000-02-29').ok).toBe(true);
    expect(checkPublished('2025-02-29').ok).toBe(false);
    expect(checkPublished('1900-02-29').ok).toBe(false);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-09-00'])('rejects the impossible date %s', (value) => {
    expect(checkPublished(value)).toEqual({ ok: false, reason: expect.stringContaining('is not a real date') });
  });

  it.each([
    ['2025-09-14T08:30:00Z', '2025-09-14'],
    ['2025-09-14T23:59:59.123+05:00', '2025-09-14'],
    ['2025-09-14 08:30', '2025-09-14'],
    ['2025-09-14T08:30:00-0400', '2025-09-14'],
  ])('reduces the timestamp %s to its date as written', (value, date) => {
    expect(checkPublished(value)).toEqual({ ok: true, date });
  });

  it('rejects a timestamp with an impossible time', () => {
    expect(checkPublished('2025-09-14T25:00:00Z')).toEqual({ ok: false, reason: expect.stringContaining('time of day') });
  });

  it.each(['14/09/2025', '2025-9-14', 'yesterday', '', '2025-09-14T'])('rejects %j as not in the expected form', (value) => {
    expect(checkPublished(value)).toEqual({ ok: false, reason: expect.stringContaining('YYYY-MM-DD') });
  });
});

describe('parsePublished', () => {
  it('returns the date', () => {
    expect(parsePublished('2025-09-14T08:30:00Z')).toBe('2025-09-14');
  });

  it('throws PUBLISHED_INVALID naming the flag, the value and the form', () => {
    const error = (() => {
      try {
        parsePublished('2025-02-30');
      } catch (e) {
        return e as DyadError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(DyadError);
    expect(error.code).toBe('PUBLISHED_INVALID');
    expect(error.message).toMatch(/^--published 2025-02-30 is not a real date; expected YYYY-MM-DD/);
  });

  it('quotes a value with spaces', () => {
    expect(() => parsePublished('next week', '"published"')).toThrow('"published" "next week" is not in the form');
  });
});
