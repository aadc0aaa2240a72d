/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC. */

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** `reference - day` in whole days (positive when `day` is earlier). */
export function dayDiff(day: string, reference: string): number {
  return Math.round((toTime(reference) - toTime(day)) / DAY_MS);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(toTime(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two partial dates, using the first day of a month or year; null when either is missing. */
export function distanceInDays(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const pad = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  return Math.abs(dayDiff(pad(a), pad(b)));
}
