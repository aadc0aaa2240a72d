import type { Certainty } from '../../model/annotation.js';
import type { PartialDate } from '../../model/report.js';
import type { Span } from '../../model/span.js';
import { addDays, firstDayOf, isValidYmd, lastDayOf, partialOf, referenceDay, toEpochDay, weekdayOf } from './calendar.js';
import type { Reference, Ymd } from './calendar.js';

/** A proposed date mention, before overlaps are resolved and a role is assigned. */
export interface DateCandidate extends Span {
  readonly date: PartialDate;
  readonly until: PartialDate | null;
  readonly certainty: Certainty;
  readonly relative: boolean;
  /** Which proposal wins an overlap (see `PRIORITY`). */
  readonly priority: number;
  /** A bare weekday ('on Friday'): dropped when it sits next to a written date naming the same day. */
  readonly weekdayOnly?: boolean;
  /** Accepted only on a date line (`2020-07` is a year range elsewhere). */
  readonly dateLineOnly?: boolean;
}

/**
 * Overlap priority: specific patterns of ours beat written-out dates, which beat chrono's proposals,
 * which beat bare years; the weak day words ('overnight', 'a day after') yield to any nearby day.
 */
export const PRIORITY = { weak: 0, year: 1, chrono: 2, absolute: 3, specific: 4 } as const;

/** Options of `candidateOf`: everything but the span and the date. */
export interface CandidateOptions {
  readonly until?: PartialDate | null;
  readonly certainty?: Certainty;
  readonly relative?: boolean;
  readonly priority: number;
  readonly weekdayOnly?: boolean;
  readonly dateLineOnly?: boolean;
}

/** A candidate with defaults: stated, not relative, no range. */
export function candidateOf(start: number, end: number, date: PartialDate, options: CandidateOptions): DateCandidate {
  const candidate: { -readonly [K in keyof DateCandidate]: DateCandidate[K] } = {
    start,
    end,
    date,
    until: options.until ?? null,
    certainty: options.certainty ?? 'stated',
    relative: options.relative ?? false,
    priority: options.priority,
  };
  // The flags only when set, added in place (V8 copies a spread object by a slow path, and this runs for every candidate).
  if (options.weekdayOnly) candidate.weekdayOnly = true;
  if (options.dateLineOnly) candidate.dateLineOnly = true;
  return candidate;
}

/**
 * The year of a month-day with no year: the reference year, or the one before when that would lie
 * more than `ref.laterDays` (default 1) days after the reference.
 * @example yearOfMonthDay({ year: 2017, month: 2, day: 24 }, 2, 27) // 2016
 * @example yearOfMonthDay({ year: 2017, month: 2, day: 24, laterDays: 60 }, 2, 27) // 2017
 */
export function yearOfMonthDay(ref: Reference, month: number, day: number): number {
  if (ref.month === null) return ref.year;
  const refDay = lastDayOf(partialOf(ref.year, ref.month, ref.day))!;
  const later = ref.laterDays ?? 1;
  // The latest of the three candidate years that lies no more than `later` days after the reference
  // (29 February falls back to the 28th in a common year).
  for (const year of [ref.year + 1, ref.year]) {
    const at = { year, month, day: isValidYmd(year, month, day) ? day : day - 1 };
    if (toEpochDay(at) - toEpochDay(refDay) <= later) return year;
  }
  return ref.year - 1;
}

/** The year of a bare month ('in September'): the latest such month not after the reference month. */
export function yearOfMonth(ref: Reference, month: number, strictlyBefore = false): number {
  if (ref.month === null) return ref.year;
  return month > ref.month || (strictlyBefore && month === ref.month) ? ref.year - 1 : ref.year;
}

/**
 * The day a weekday names: within the six days up to the day after the reference (a report
 * published on Saturday means the coming Sunday by 'on Sunday'); strictly before for 'last Friday'.
 */
export function dayOfWeekday(ref: Ymd, weekday: number, strictlyBefore = false): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (strictlyBefore) return addDays(ref, back === 0 ? -7 : -back);
  return addDays(ref, back === 6 ? 1 : -back);
}

/** True when a date begins more than `slackDays` after the reference (an invented future date). */
export function isAfterReference(date: PartialDate, ref: Reference, slackDays = 1): boolean {
  const first = firstDayOf(date);
  if (!first) return false;
  const day = referenceDay(ref);
  if (day) return toEpochDay(first) > toEpochDay(day) + slackDays;
  if (ref.month !== null) return first.year > ref.year || (first.year === ref.year && first.month > ref.month);
  return first.year > ref.year;
}

/** The reference day as a `PartialDate`, `offset` days away; null when the reference has no day. */
export function referenceDayPartial(ref: Reference | null, offset = 0): PartialDate | null {
  const day = ref ? referenceDay(ref) : null;
  if (!day) return null;
  const d = addDays(day, offset);
  return partialOf(d.year, d.month, d.day);
}
