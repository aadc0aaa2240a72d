/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC. */

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * Days since 1970-01-01 of a day written `YYYY-MM-DD` with a month from 01 to 12, counted as `toTime`
 * counts it (a day past the month's end runs on into the next, a year 0000 to 0099 is 1900 to 1999, as
 * `Date.UTC` reads them); null for any other string, which `toTime` reads.
 *
 * Why: the event derivation compares each date of a report with its reference day, and a date object
 * per comparison (with `toISOString` for the day after) cost about as much as the rest of the derivation's
 * date work. Plain arithmetic (the proleptic Gregorian calendar `Date` uses) gives the same days.
 */
function epochDayOf(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = day.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    year = year * 10 + c;
  }
  const m0 = day.charCodeAt(5) - 48;
  const m1 = day.charCodeAt(6) - 48;
  const d0 = day.charCodeAt(8) - 48;
  const d1 = day.charCodeAt(9) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9 || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return null;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return null;
  return daysFromCivil(year <= 99 ? 1900 + year : year, month, d0 * 10 + d1);
}

/** Days since 1970-01-01 of a day of the proleptic Gregorian calendar (month 1-12; a day past its end runs on). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so that the leap day ends the year (H. Hinnant's `days_from_civil`).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day `YYYY-MM-DD` of a count of days since 1970-01-01, for years 1000 to 9999 (as `toISOString` writes them); null for others. */
function dayOfEpochDay(days: number): string | null {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** `reference - day` in whole days (positive when `day` is earlier). */
export function dayDiff(day: string, reference: string): number {
  const from = epochDayOf(day);
  const to = from === null ? null : epochDayOf(reference);
  if (from !== null && to !== null) return to - from;
  return Math.round((toTime(reference) - toTime(day)) / DAY_MS);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const from = Number.isInteger(n) ? epochDayOf(day) : null;
  const found = from === null ? null : dayOfEpochDay(from + n);
  return found ?? new Date(toTime(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two partial dates, using the first day of a month or year; null when either is missing. */
export function distanceInDays(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const pad = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  return Math.abs(dayDiff(pad(a), pad(b)));
}
