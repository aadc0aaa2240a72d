import { isPlausibleYear, isValidYmd } from './calendar.js';
import { monthNumber } from './months.js';
import { execAll } from '../../lexicon/exec-all.js';
import { isAsciiLetter, isAsciiSpace } from '../../lexicon/chars.js';

/** A date written out in full or in part: `2014-08-01`, `05.08.2014`, `1 August 2014`, `July 14`, `March 2008`. */
export interface AbsoluteMatch {
  readonly start: number;
  readonly end: number;
  /** Null when the text gives no year ('July 14'). */
  readonly year: number | null;
  readonly month: number;
  /** Null for month-only forms ('March 2008', `2020-07`). */
  readonly day: number | null;
  /** `iso-month` (`2020-07`) is ambiguous with year ranges ('2010-12'): callers accept it in date lines only. */
  readonly form: 'numeric' | 'named' | 'iso-month';
}

/** Options for `findAbsoluteDates`. */
export interface AbsoluteOptions {
  /** Read `03/04/2014` as 3 April (day first) rather than March 4. Dots and dashes are always day first. */
  readonly slashDayFirst?: boolean;
}

/** Every form needs a digit run: the scan starts from each one (much faster than month alternations). */
const DIGITS = /\d+/g;

/** The runs of digits of `text` (whole runs), in order: where every written date, range, year and decade is tried. */
export function digitRuns(text: string): RegExpExecArray[] {
  return execAll(DIGITS, text);
}
const ISO_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d\p{L}]|[./-]\d)/uy;
const ISO_MONTH = /(\d{4})-(\d{2})(?![\d\p{L}]|[./-]\d)/uy;
const NUMERIC_DMY = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d\p{L}]|[./-]\d)/uy;
/** '1 August 2014', '4. Juli', '1er septembre', '13 de diciembre de 2023', '5 марта' (from the digits on). */
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+(\p{L}+)(\.?)(?!\p{L})(?:,?\s+(?:de\s+)?(\d{4})(?![\d\p{L}]))?/uy;
/** The month word before 'July 14', 'Sept. 25, 2015', 'March 2008'. */
const MONTH_BEFORE = /(?<!\p{L})(\p{L}+)\.?(,?)\s+$/u;
const DAY_AFTER_MONTH = /(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}:])(?:,?\s+(\d{4})(?![\d\p{L}]))?/uy;
const YEAR_AFTER_MONTH = /(\d{4})(?![\d\p{L}])/uy;
/** A year written right before the month word: '2014 August 01'. */
const YEAR_BEFORE_MONTH = /(?<![\d\p{L}.,/:-])(\d{4}),?\s+$/u;
const BEFORE_NUMBER = /[\d\p{L}./-]/u;
const SPACE_BEFORE = /\s/;
/** English month words that are also common lower-case words ('may', 'march'). */
const LOWERCASE_AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan', 'sun', 'dec']);

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `MONTH_BEFORE.exec(s)` as the stage reads it (the whole match, the word, the comma or ''): an ASCII text
 * is read from its end (the pattern, ending at the text's end, is tried at every position with a
 * look-behind by Unicode property: about a microsecond for 16 characters); others by the pattern.
 */
export function monthWordBefore(s: string): readonly [string, string, string] | null {
  if (NON_ASCII.test(s)) {
    const m = MONTH_BEFORE.exec(s);
    return m ? [m[0], m[1] ?? '', m[2] ?? ''] : null;
  }
  let i = s.length;
  while (i > 0 && isAsciiSpace(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return null; // `\s+` reads at least one
  const comma = i > 0 && s.charCodeAt(i - 1) === 44 ? ',' : '';
  if (comma) i--;
  if (i > 0 && s.charCodeAt(i - 1) === 46) i--; // '.'
  let start = i;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  return start < i ? [s.slice(start), s.slice(start, i), comma] : null;
}

function accept(out: AbsoluteMatch[], start: number, end: number, year: number | null, month: number | null, day: number | null, form: AbsoluteMatch['form']): void {
  if (month === null || month < 1 || month > 12) return;
  if (year !== null && !isPlausibleYear(year)) return;
  if (day !== null && !isValidYmd(year ?? 2000, month, day)) return;
  out.push({ start, end, year, month, day, form });
}

function namedMonth(word: string): number | null {
  if (LOWERCASE_AMBIGUOUS.has(word) && word === word.toLowerCase()) return null;
  return monthNumber(word);
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The forms that start at the digit run at `at`: numeric dates and day-month dates. Each pattern is run
 * only where the character after the run (`digits` long) lets it match: a run is read whole (a shorter
 * `\d{1,2}` leaves a digit where a separator must follow), so every form needs its separator right there,
 * and most digit runs (counts, times) are followed by none.
 */
function matchFromDigits(found: AbsoluteMatch[], text: string, at: number, options: AbsoluteOptions, digits: number): void {
  const next = text.charCodeAt(at + digits);
  if (digits === 4) {
    // ISO_DATE needs '-', '/' or '.' after the year; ISO_MONTH needs '-'.
    if (next !== 45 && next !== 47 && next !== 46) return;
    let y = sticky(ISO_DATE, text, at);
    if (y) accept(found, at, at + y[0].length, Number(y[1]), Number(y[3]), Number(y[4]), 'numeric');
    y = next === 45 ? sticky(ISO_MONTH, text, at) : null;
    if (y) accept(found, at, at + y[0].length, Number(y[1]), Number(y[2]), null, 'iso-month');
    return;
  }
  // NUMERIC_DMY needs '.', '/' or '-' after the day.
  let m = next === 46 || next === 47 || next === 45 ? sticky(NUMERIC_DMY, text, at) : null;
  if (m) {
    let day = Number(m[1]);
    let month = Number(m[3]);
    const monthFirst = m[2] === '/' && (options.slashDayFirst === false || month > 12) && day <= 12;
    if (monthFirst) [day, month] = [month, day];
    accept(found, at, at + m[0].length, Number(m[4]), month, day, 'numeric');
  }
  // DAY_MONTH needs a suffix ('st', 'nd', 'rd', 'th', 'er', '.': lower case, the pattern has no `i`) or white space after the day.
  if (!mayFollowDay(next)) return;
  m = sticky(DAY_MONTH, text, at);
  const month = m ? namedMonth(m[2] ?? '') : null;
  if (m && month !== null) accept(found, at, at + m[0].length, m[4] === undefined ? null : Number(m[4]), month, Number(m[1]), 'named');
}

/** False when the character (code) after a day's digits can open none of {@link DAY_MONTH}'s ways on: `(?:st|nd|rd|th|er|\.)?\s`. */
function mayFollowDay(c: number): boolean {
  // (Outside ASCII, `\s` with `u` holds a few spaces: left to the pattern.)
  return c >= 128 || isAsciiSpace(c) || c === 115 || c === 110 || c === 114 || c === 116 || c === 101 || c === 46;
}

/** The forms whose month word stands before the digit run at `at`: 'July 14', 'March 2008'. */
function matchAfterMonth(found: AbsoluteMatch[], text: string, at: number): void {
  const before = monthWordBefore(text.slice(Math.max(0, at - 16), at));
  const month = before ? namedMonth(before[1] ?? '') : null;
  if (!before || month === null) return;
  const start = at - before[0].length;
  const day = before[2] ? null : sticky(DAY_AFTER_MONTH, text, at);
  if (day) {
    // Year first ('2014 August 01', as Azerbaijani and Turkish agencies write): the year before the month word.
    const yearFirst = day[2] === undefined && !before[2] ? YEAR_BEFORE_MONTH.exec(text.slice(Math.max(0, start - 8), start)) : null;
    if (yearFirst) {
      accept(found, start - yearFirst[0].length, at + day[0].length, Number(yearFirst[1]), month, Number(day[1]), 'named');
      return;
    }
    accept(found, start, at + day[0].length, day[2] === undefined ? null : Number(day[2]), month, Number(day[1]), 'named');
    return;
  }
  const year = sticky(YEAR_AFTER_MONTH, text, at);
  if (year) accept(found, start, at + year[0].length, Number(year[1]), month, null, 'named');
}

/**
 * Every absolute date in `text`, left to right, without overlaps (the longest match wins).
 * Years must be written in four digits; relative and weekday expressions are not handled here.
 * `runs`: the text's {@link digitRuns}, when the caller has them already.
 * @example findAbsoluteDates('Baku, August 1, 2014 (AFP)') // [{ start: 6, end: 20, year: 2014, month: 8, day: 1, form: 'named' }]
 */
export function findAbsoluteDates(text: string, options: AbsoluteOptions = {}, runs: readonly RegExpExecArray[] = digitRuns(text)): AbsoluteMatch[] {
  const found: AbsoluteMatch[] = [];
  for (const d of runs) {
    if (d.index > 0 && isBeforeNumber(text, d.index - 1)) continue;
    // Every form needs a run of one or two digits (a day) or four (a year): longer and 3-digit runs are counts.
    const digits = d[0].length;
    if (digits === 3 || digits > 4) continue;
    matchFromDigits(found, text, d.index, options, digits);
    // A month word before the digits is always separated from them by white space.
    if (d.index > 0 && isSpaceAt(text, d.index - 1)) matchAfterMonth(found, text, d.index);
  }
  return removeOverlaps(found);
}

/** `BEFORE_NUMBER.test(text[i])`, an ASCII character tested by its code (digits, letters, '.', '/', '-'). */
function isBeforeNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return BEFORE_NUMBER.test(text[i] as string);
  return (c >= 48 && c <= 57) || isAsciiLetter(c) || c === 46 || c === 47 || c === 45;
}

/** `SPACE_BEFORE.test(text[i])`, an ASCII character tested by its code. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 128 ? SPACE_BEFORE.test(text[i] as string) : isAsciiSpace(c);
}

function removeOverlaps(found: AbsoluteMatch[]): AbsoluteMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: AbsoluteMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}
