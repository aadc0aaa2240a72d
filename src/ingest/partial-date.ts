import type { PartialDate } from '../model/report.js';

const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` for a real calendar day (`2010, 9, 1` -> `2010-09-01`), else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A day-precision date from year, month and day parts written as digits, or null when invalid. */
export function dayFromParts(year: string, month: string, day: string): PartialDate | null {
  const value = isoDay(Number(year), Number(month), Number(day));
  return value === null ? null : { value, precision: 'day' };
}

/**
 * Reads the date at the start of an ISO 8601 string (`2023-09-01T10:00:00+04:00` -> day
 * `2023-09-01`, as written, without converting the time zone). `YYYY-MM` and `YYYY` give month and
 * year precision. Returns null when the string does not start with a valid date.
 */
export function parseIsoDate(text: string): PartialDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return dayFromParts(year!, month!, day);
  if (month !== undefined) {
    const value = isoDay(Number(year), Number(month), 1);
    return value === null ? null : { value: value.slice(0, 7), precision: 'month' };
  }
  return Number(year) >= 1000 ? { value: year!, precision: 'year' } : null;
}
