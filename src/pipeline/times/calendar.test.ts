// Tests for the calendar arithmetic behind TIMEX3 values: anchors, ISO weeks, weekday and year choices.
import { describe, expect, it } from 'vitest';
import { anchorOf, dayNumber, easter, formatDay, formatMonth, formatWeek, nthWeekday, occurrenceYear, shiftQuarter, weekdayFrom, yearShift } from './calendar.js';

describe('calendar', () => {
  it('unpacks a publication date and rejects a missing or impossible one', () => {
    expect(anchorOf('2025-09-14')).toMatchObject({ year: 2025, month: 9, date: 14, weekday: 0 });
    expect(anchorOf(null)).toBeNull();
    expect(anchorOf('2025-02-30')).toBeNull();
  });
  it('writes ISO weeks, which belong to the year of their Thursday', () => {
    expect(formatWeek(dayNumber(2025, 9, 14))).toBe('2025-W37');
    expect(formatWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(formatWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
  });
  it('rolls months past either end of the year', () => {
    expect(formatMonth(2025, 13)).toBe('2026-01');
    expect(formatMonth(2025, 0)).toBe('2024-12');
  });
  it('picks a weekday on or before, on or after, or nearest to a Sunday', () => {
    const sunday = dayNumber(2025, 9, 14);
    expect(weekdayFrom(sunday, 6, 'past') - sunday).toBe(-1);
    expect(weekdayFrom(sunday, 0, 'past') - sunday).toBe(0);
    expect(weekdayFrom(sunday, 0, 'past', true) - sunday).toBe(-7);
    expect(weekdayFrom(sunday, 6, 'future') - sunday).toBe(6);
    expect(weekdayFrom(sunday, 1, 'nearest') - sunday).toBe(1);
    expect(weekdayFrom(sunday, 5, 'nearest') - sunday).toBe(-2);
  });
  it('shifts the year of a month by direction: July told in September is this year in the past, next year ahead', () => {
    expect(yearShift(7, 9, 12, 'past')).toBe(0);
    expect(yearShift(7, 9, 12, 'future')).toBe(1);
    expect(yearShift(11, 9, 12, 'past')).toBe(-1);
    expect(yearShift(11, 9, 12, 'nearest')).toBe(0);
    expect(yearShift(3, 9, 12, 'nearest')).toBe(0);
    expect(yearShift(9, 3, 12, 'nearest')).toBe(-1);
  });
});

describe('holiday and results-period arithmetic (issue 4)', () => {
  it('finds the nth and the last weekday of a month', () => {
    expect(formatDay(nthWeekday(2025, 11, 4, 4))).toBe('2025-11-27'); // Thanksgiving
    expect(formatDay(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26'); // Memorial Day
  });
  it('computes Western Easter', () => {
    expect(formatDay(easter(2025))).toBe('2025-04-20');
    expect(formatDay(easter(2000))).toBe('2000-04-23');
  });
  it('shifts quarters across years', () => {
    expect(shiftQuarter('1989-Q3', -4)).toBe('1988-Q3');
    expect(shiftQuarter('2025-Q1', -1)).toBe('2024-Q4');
  });
  it('picks the year of a yearly day by direction, with a grace window either side', () => {
    const a = anchorOf('2025-09-14')!;
    expect(occurrenceYear(a, (y) => dayNumber(y, 10, 1), 'past')).toBe(2025); // a deadline 17 days ahead
    expect(occurrenceYear(a, (y) => dayNumber(y, 12, 25), 'past')).toBe(2024);
    expect(occurrenceYear(a, (y) => dayNumber(y, 9, 1), 'future')).toBe(2025); // 13 days gone
    expect(occurrenceYear(a, (y) => dayNumber(y, 3, 1), 'future')).toBe(2026);
    expect(occurrenceYear(a, (y) => dayNumber(y, 1, 5), 'nearest')).toBe(2026);
  });
});
