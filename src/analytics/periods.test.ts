// Calendar periods: labels, bounds, ISO weeks across a year's end, continuous ranges.
import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween } from './periods.js';

describe('periodOf', () => {
  it('labels a day, its ISO week and its month with their first and last days', () => {
    expect(periodOf('2025-03-13', 'day')).toEqual({ label: '2025-03-13', start: '2025-03-13', end: '2025-03-13' });
    expect(periodOf('2025-03-13', 'week')).toEqual({ label: '2025-W11', start: '2025-03-10', end: '2025-03-16' });
    expect(periodOf('2025-03-13', 'month')).toEqual({ label: '2025-03', start: '2025-03-01', end: '2025-03-31' });
  });

  it('puts Sunday in the week that began on the Monday before', () => {
    expect(periodOf('2025-03-16', 'week').label).toBe('2025-W11');
    expect(periodOf('2025-03-17', 'week').label).toBe('2025-W12');
  });

  it('follows ISO week years at the turn of the year', () => {
    expect(periodOf('2024-12-30', 'week')).toEqual({ label: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
    expect(periodOf('2021-01-03', 'week').label).toBe('2020-W53');
  });

  it('knows February in leap years', () => {
    expect(periodOf('2024-02-10', 'month').end).toBe('2024-02-29');
    expect(periodOf('2025-02-10', 'month').end).toBe('2025-02-28');
  });
});

describe('periodsBetween', () => {
  it('lists every period from the first to the last, across a year', () => {
    expect(periodsBetween('2024-11-20', '2025-02-01', 'month').map((p) => p.label)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodsBetween('2024-12-25', '2025-01-08', 'week').map((p) => p.label)).toEqual(['2024-W52', '2025-W01', '2025-W02']);
    expect(periodsBetween('2025-02-27', '2025-03-02', 'day').map((p) => p.label)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
  });

  it('lists nothing when the last day is before the first', () => {
    expect(periodsBetween('2025-03-13', '2025-03-10', 'month')).toEqual([]);
  });
});
