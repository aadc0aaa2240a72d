import type { PartialDate } from '../../model/report.js';

/** A calendar day (proleptic Gregorian, no time zone). */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The date relative expressions are resolved against, at the precision known:
 * a publication date of `2020-07` gives `{ year: 2020, month: 7, day: null }`.
 */
export interface Reference {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  /**
   * How many days after the reference a month-day written without a year may lie. A publication
   * date bounds what the text tells (1: a report may name tomorrow); an event's day lent to an
   * undated report does not, as the report was written some time after it (see `referenceFor`).
   */
  readonly laterDays?: number;
}

const DAY_MS = 86_400_000;
const PARTIAL_PATTERN = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Days since 1970-01-01 (UTC arithmetic, so the host time zone never matters). Whole parts with a month of
 * the year and a year from 100 on (all the stages ask) are counted by the proleptic Gregorian rules (see
 * {@link fromEpochDay}); others as `Date.UTC` reads them (it moves a month past December to the next
 * year, and takes a year below 100 as 1900 and more).
 */
export function toEpochDay(date: Ymd): number {
  const { year, month, day } = date;
  if (Number.isInteger(year) && Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && year >= 100 && year <= 200_000) {
    // Years counted from March, so that a leap day ends its year: 400 years are 146097 days.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - EPOCH_FROM_MARCH_0000;
  }
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The days from 0000-03-01 to 1970-01-01. */
const EPOCH_FROM_MARCH_0000 = 719_468;

/**
 * The calendar day of an epoch-day number, by the proleptic Gregorian rules (as `Date`, without one: the
 * stages ask it for every weekday, 'yesterday' and day count, and a `Date` with its three getters cost
 * more than the rest of those readings); a number that is no whole day of `Date`'s range is read by `Date`.
 */
export function fromEpochDay(epochDay: number): Ymd {
  if (!Number.isInteger(epochDay) || Math.abs(epochDay) > 100_000_000) {
    const d = new Date(epochDay * DAY_MS);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const z = epochDay + EPOCH_FROM_MARCH_0000;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
}

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** True when the parts name a real day (no 31 April, 29 February only in leap years). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!(Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // Every month of every year has 28 days (most days asked about): no date object needed.
  if (day <= 28) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A plausible news-era year (dates outside it are numbers, not years). */
export function isPlausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2099;
}

/** A `PartialDate` from its parts; the precision is that of the last part given. */
export function partialOf(year: number, month: number | null = null, day: number | null = null): PartialDate {
  const yyyy = String(year).padStart(4, '0');
  if (month === null) return { value: yyyy, precision: 'year' };
  const mm = String(month).padStart(2, '0');
  if (day === null) return { value: `${yyyy}-${mm}`, precision: 'month' };
  return { value: `${yyyy}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/** A `PartialDate` for a full day. */
export function partialOfDay(date: Ymd): PartialDate {
  return partialOf(date.year, date.month, date.day);
}

/** The reference parts of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value; null when malformed. */
export function referenceOf(value: string): Reference | null {
  const canonical = canonicalReference(value);
  if (canonical !== undefined) return canonical;
  const m = PARTIAL_PATTERN.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidYmd(year, month, day)) return null;
  return { year, month, day: month === null ? null : day };
}

/**
 * {@link referenceOf} for a value written as {@link partialOf} writes them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * zero-padded), read by its character codes; undefined for any other value, which the pattern reads.
 * Why: the dates stage and the event derivation ask for the first or last day of each date (`firstDayOf`),
 * and the pattern, with its trimmed copy of the value, cost more than the rest of those look-ups.
 */
function canonicalReference(value: string): Reference | null | undefined {
  const n = value.length;
  if ((n !== 4 && n !== 7 && n !== 10) || (n >= 7 && value.charCodeAt(4) !== 45) || (n === 10 && value.charCodeAt(7) !== 45)) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = n >= 7 ? digitsAt(value, 5, 2) : null;
  const day = n === 10 ? digitsAt(value, 8, 2) : null;
  if (year < 0 || (month !== null && month < 0) || (day !== null && day < 0)) return undefined;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidYmd(year, month, day)) return null;
  return { year, month, day: month === null ? null : day };
}

/** The number written by the `length` ASCII digits at `start` of `s`, or -1 when one of them is no digit. */
function digitsAt(s: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** The reference as a full day, or null when its month or day is unknown. */
export function referenceDay(ref: Reference): Ymd | null {
  return ref.month !== null && ref.day !== null ? { year: ref.year, month: ref.month, day: ref.day } : null;
}

/** The first day a partial date covers (`2020-07` -> 2020-07-01). */
export function firstDayOf(date: PartialDate): Ymd | null {
  const ref = referenceOf(date.value);
  return ref ? { year: ref.year, month: ref.month ?? 1, day: ref.day ?? 1 } : null;
}

/** The last day a partial date covers (`2020-07` -> 2020-07-31). */
export function lastDayOf(date: PartialDate): Ymd | null {
  const ref = referenceOf(date.value);
  if (!ref) return null;
  if (ref.month === null) return { year: ref.year, month: 12, day: 31 };
  if (ref.day !== null) return { year: ref.year, month: ref.month, day: ref.day };
  return fromEpochDay(toEpochDay({ year: ref.year, month: ref.month + 1, day: 1 }) - 1);
}
