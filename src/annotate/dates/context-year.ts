import { addDays, lastDayOf, partialOfDay, referenceOf, toEpochDay } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import { extractWrittenDates } from './extract-written.js';

const WRITTEN_YEAR = /\d{4}/;
/** 'since' before a date: what follows lies in the past of the writer ('the worst fighting since April 2016'). */
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|depuis|seit|desde|dal|sinds|с|od|beri|bəri)\s+$/iu;
const DAYS_AHEAD = 365;

/**
 * Days written without a year ('On Feb. 27') in a report that has no reference date, when the report
 * says what lies in its past: 'the most intense fighting since April 2016' is written after April 2016,
 * so its 'Feb. 27' is the first 27 February after it. Only a month or a day after 'since' counts (a bare
 * year is too coarse to place a day). `dated` are the report's candidates (all with written years, as
 * there is no reference). The readings are `implied`: a reference found later overrides them.
 * @example yearlessAfterSince('The worst fighting since April 2016. On Feb. 27 the bodies were returned.', dated)[0]?.date // { value: '2017-02-27', precision: 'day' }
 */
export function yearlessAfterSince(text: string, dated: readonly DateCandidate[]): DateCandidate[] {
  let floor: number | null = null;
  for (const c of dated) {
    if (c.date.precision === 'year' || !SINCE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    const last = lastDayOf(c.until ?? c.date);
    if (last) floor = Math.max(floor ?? -Infinity, toEpochDay(last));
  }
  if (floor === null) return [];
  // Read against the day a year after the floor: a month-day then lands in the year that follows it.
  const ahead = referenceOf(partialOfDay(addDays({ year: 1970, month: 1, day: 1 }, floor + DAYS_AHEAD)).value);
  if (!ahead) return [];
  return extractWrittenDates(text, 0, ahead)
    .filter((c) => c.date.precision === 'day' && !c.dateLineOnly && !WRITTEN_YEAR.test(text.slice(c.start, c.end)))
    .map((c) => ({ ...c, certainty: 'implied' as const }));
}
