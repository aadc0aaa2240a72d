import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, isValidYmd, lastDayOf, partialOf, referenceOf, toEpochDay, weekdayOf } from './calendar.js';
import { dayOfWeekday, isAfterReference, yearOfMonth, yearOfMonthDay } from './candidate.js';

describe('calendar: day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays({ year: 2020, month: 2, day: 28 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 1, day: 1 }, -1)).toEqual({ year: 2022, month: 12, day: 31 });
    expect(weekdayOf({ year: 2023, month: 9, day: 1 })).toBe(5);
  });

  it('counts days as Date does, without one', () => {
    const DAY_MS = 86_400_000;
    const differ: string[] = [];
    for (let e = -250_000; e <= 250_000; e++) {
      const d = new Date(e * DAY_MS);
      const ymd = fromEpochDay(e);
      if (ymd.year !== d.getUTCFullYear() || ymd.month !== d.getUTCMonth() + 1 || ymd.day !== d.getUTCDate()) differ.push(`from ${e}`);
    }
    // Months and days past their ends, and years below 100, as Date.UTC reads them.
    for (let year = 95; year <= 2405; year += year < 110 || (year > 1890 && year < 2110) ? 1 : 7) {
      for (let month = 0; month <= 14; month++) {
        for (let day = -1; day <= 33; day++) {
          if (toEpochDay({ year, month, day }) !== Math.round(Date.UTC(year, month - 1, day) / DAY_MS)) differ.push(`to ${year}-${month}-${day}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(fromEpochDay(0.5)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it('validates days and builds partial dates at their precision', () => {
    expect([isValidYmd(2023, 2, 29), isValidYmd(2024, 2, 29), isValidYmd(2024, 4, 31)]).toEqual([false, true, false]);
    expect([partialOf(1992), partialOf(2022, 9), partialOf(2023, 9, 1)]).toEqual([
      { value: '1992', precision: 'year' },
      { value: '2022-09', precision: 'month' },
      { value: '2023-09-01', precision: 'day' },
    ]);
    expect(lastDayOf({ value: '2020-02', precision: 'month' })).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('reads references at any precision and refuses malformed ones', () => {
    expect([referenceOf('2020'), referenceOf('2020-07'), referenceOf('2020-07-14')]).toEqual([
      { year: 2020, month: null, day: null },
      { year: 2020, month: 7, day: null },
      { year: 2020, month: 7, day: 14 },
    ]);
    expect([referenceOf('2020-13'), referenceOf('2020-02-30'), referenceOf('July 2020')]).toEqual([null, null, null]);
  });
});

describe('calendar: reference rules', () => {
  const ref = { year: 2023, month: 9, day: 1 };

  it('gives a month-day the reference year unless it would lie more than a day ahead', () => {
    expect([yearOfMonthDay(ref, 9, 2), yearOfMonthDay(ref, 9, 3), yearOfMonthDay(ref, 12, 30), yearOfMonthDay(ref, 1, 5)]).toEqual([2023, 2022, 2022, 2023]);
  });

  it('gives a bare month the latest year that is not ahead', () => {
    expect([yearOfMonth(ref, 9), yearOfMonth(ref, 10), yearOfMonth(ref, 9, true)]).toEqual([2023, 2022, 2022]);
  });

  it('places a weekday within the six days before the reference or the day after', () => {
    const day = { year: 2023, month: 9, day: 1 };
    expect(dayOfWeekday(day, 5)).toEqual(day);
    expect(dayOfWeekday(day, 4)).toEqual({ year: 2023, month: 8, day: 31 });
    expect(dayOfWeekday(day, 6)).toEqual({ year: 2023, month: 9, day: 2 });
    expect(dayOfWeekday(day, 0)).toEqual({ year: 2023, month: 8, day: 27 });
    expect(dayOfWeekday(day, 5, true)).toEqual({ year: 2023, month: 8, day: 25 });
  });

  it('tells invented future dates', () => {
    expect(isAfterReference({ value: '2023-09-02', precision: 'day' }, ref)).toBe(false);
    expect(isAfterReference({ value: '2023-09-03', precision: 'day' }, ref)).toBe(true);
    expect(isAfterReference({ value: '2023-09-02', precision: 'day' }, ref, 0)).toBe(true);
    expect(isAfterReference({ value: '2024', precision: 'year' }, { year: 2023, month: null, day: null })).toBe(true);
  });
});
