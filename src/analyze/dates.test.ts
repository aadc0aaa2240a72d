import { describe, expect, it } from 'vitest';
import { addDays, dayDiff, distanceInDays } from './dates.js';

const DAY_MS = 86_400_000;
/** The definitions by date objects that the arithmetic replaces (see `epochDayOf`). */
const toTime = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const byDate = {
  dayDiff: (day: string, reference: string): number => Math.round((toTime(reference) - toTime(day)) / DAY_MS),
  addDays: (day: string, n: number): string => new Date(toTime(day) + n * DAY_MS).toISOString().slice(0, 10),
};
const pad = (x: number, k: number): string => String(x).padStart(k, '0');

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it('gives what date objects give, leap days, month overflows and two-digit years included', () => {
    for (const year of [0, 4, 99, 100, 1000, 1600, 1899, 1900, 1970, 2000, 2019, 2020, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          for (const n of [-366, -1, 0, 1, 45]) {
            let expected: string;
            try {
              expected = byDate.addDays(s, n);
            } catch {
              continue;
            }
            expect(addDays(s, n)).toBe(expected);
          }
          for (const reference of ['2020-03-01', '0050-02-28', '2020-13-01']) expect(dayDiff(s, reference)).toBe(byDate.dayDiff(s, reference));
        }
      }
    }
  });

  it('reads other strings as before', () => {
    for (const s of ['2020-07', '2020', '', '2020-1-1', ' 2020-01-01']) expect(dayDiff(s, '2020-03-01')).toEqual(byDate.dayDiff(s, '2020-03-01'));
    expect(distanceInDays('2020', '2020-03')).toBe(60);
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(dayDiff('2019-12-31', '2020-01-01')).toBe(1);
  });
});
