import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { PartialDate } from '../../model/report.js';
import type { Span } from '../../model/span.js';
import { isValidYmd, partialOf, referenceDay } from './calendar.js';
import type { Reference } from './calendar.js';
import { PRIORITY, candidateOf, dayOfWeekday, isAfterReference, yearOfMonth, yearOfMonthDay } from './candidate.js';
import type { DateCandidate } from './candidate.js';
import { chronoFor, hasChronoLocale } from './chrono-parsers.js';
import { MONTH_SOURCE } from './months.js';
import { execAll } from '../../lexicon/exec-all.js';
import { firstAtOrAfter } from '../../lexicon/sorted.js';

/**
 * Months and weekdays: what chrono can read in an English sentence beyond our own patterns. Names are
 * capitalised in English (chrono's results for a lower-case 'may' or 'march' are refused anyway).
 */
export const EN_HINT =
  /\b(?:J(?:an(?:uary)?|une?|uly?)|F(?:eb(?:ruary)?|ri(?:day)?)|M(?:ar(?:ch)?|ay|on(?:day)?)|A(?:pr(?:il)?|ug(?:ust)?)|S(?:ep(?:t(?:ember)?)?|at(?:urday)?|un(?:day)?)|O(?:ct(?:ober)?)|N(?:ov(?:ember)?)|D(?:ec(?:ember)?)|T(?:ue(?:s(?:day)?)?|hu(?:rs(?:day)?)?)|W(?:ed(?:nesday)?)|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b/g;
/** Results whose words we handle ourselves or refuse: weeks, future spans, vague counts, the day words. */
const REFUSED =
  /week|semaine|woche|недел|semana|settimana|\bnow\b|next|tomorrow|later|coming|within|few|several|couple|day before|day after|previous|overnight|last\s*night|tonight|today|this (?:morning|afternoon|evening)|\b(?:year|month|day|hour|minute)s?\b/i;
const LAST_WORDS = /\b(?:last|past)\b|dernier|letzten|pasad|passad|scors|vorige|прошл/i;
const LOWER_EN_MONTH = /^(?:in\s+)?(?:may|march|mar)\b/;
/** A weekday written as a bare abbreviation ('ter' is Portuguese for 'to have', 'Sun' a newspaper). */
const SHORT_WEEKDAY = /^\p{L}{1,4}$/u;
/** Punctuation chrono takes into a weekday's words (', so' read as 'Sonntag'). */
const LEADING_PUNCTUATION = /^[\s,;:]+/;
const TRAILING = /(?:[\s,;:]|(?<=\d|\p{L}{5})\.)+$/u;
const UNOPENED_PAREN = /^([^(]*)\)$/;
const HAS_DIGIT = /\d/;
const FRENCH_FIRST = /\b1er\b/g;
const MONTH_WORD = new RegExp(`(?<!\\p{L})${MONTH_SOURCE}(?!\\p{L})`, 'iu');
const NO_REFERENCE_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

/** chrono's components read with our precision rules. */
interface Resolution {
  readonly date: PartialDate;
  readonly implied: boolean;
  readonly weekdayOnly: boolean;
}

function instantOf(ref: Reference | null): Date {
  if (!ref) return NO_REFERENCE_INSTANT;
  return new Date(Date.UTC(ref.year, (ref.month ?? 7) - 1, ref.day ?? (ref.month === null ? 1 : 15), 12));
}

/** Relative when chrono says so, or when a day came with neither digits nor a month name ('gestern'). */
function isRelative(result: ParsedResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith('result/relative') || tag.startsWith('casualReference/')) return true;
  return !HAS_DIGIT.test(result.text) && !MONTH_WORD.test(result.text) && result.start.isCertain('day');
}

/** Whether an English sentence has a month, weekday or 'yesterday' that our own patterns did not read. */
export function hasUncoveredHint(text: string, offset: number, covered: readonly Span[]): boolean {
  for (const m of execAll(EN_HINT, text)) {
    const start = offset + m.index;
    if (!covered.some((c) => c.start <= start && start < c.end)) return true;
  }
  return false;
}

/** The starts of {@link EN_HINT}'s matches in a whole text, in order (see {@link uncoveredHintIn}). */
export function englishHints(text: string): number[] {
  return execAll(EN_HINT, text).map((m) => m.index);
}

/** A word character of `\b` (`[A-Za-z0-9_]`). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * `hasUncoveredHint(text.slice(start, end), start, covered)` read from the hints of the whole text
 * (`hints`, from {@link englishHints}), or null when a bound of the slice falls inside a run of word
 * characters. Why: the sentences of a report were each searched again. A hint is a whole run of word
 * characters (`\b` on both sides), so where no bound cuts a run the slice's hints are the whole text's
 * hints inside it.
 */
export function uncoveredHintIn(text: string, hints: readonly number[], start: number, end: number, covered: readonly Span[]): boolean | null {
  if (start > 0 && start < end && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) return null;
  if (end > start && end < text.length && isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end))) return null;
  const lo = firstAtOrAfter(hints, start);
  for (let k = lo; k < hints.length && (hints[k] as number) < end; k++) {
    const at = hints[k] as number;
    if (!covered.some((c) => c.start <= at && at < c.end)) return true;
  }
  return false;
}

function resolution(date: PartialDate, implied: boolean, weekdayOnly = false): Resolution {
  return { date, implied, weekdayOnly };
}

/** A month with its written year, or the latest such month up to the reference. */
function monthOf(c: ParsedComponents, year: number, month: number, relative: boolean, ref: Reference | null): Resolution | null {
  if (c.isCertain('year')) return resolution(partialOf(year, month), relative);
  return ref ? resolution(partialOf(yearOfMonth(ref, month), month), false) : null;
}

/** Our precision for chrono's components: day only when a day (or weekday, or 'yesterday') is given. */
function resolveComponents(c: ParsedComponents, text: string, relative: boolean, ref: Reference | null): Resolution | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const weekday = c.get('weekday');
  if (year === null || month === null || day === null) return null;
  if (c.isCertain('day') && c.isCertain('month')) {
    // 'end of September': chrono picks a day the text does not give.
    if (!relative && !HAS_DIGIT.test(text)) return monthOf(c, year, month, false, ref);
    if (c.isCertain('year') && !relative) return resolution(partialOf(year, month, day), false);
    if (!ref) return null;
    if (relative) return referenceDay(ref) ? resolution(partialOf(year, month, day), true) : null;
    const y = yearOfMonthDay(ref, month, day);
    return isValidYmd(y, month, day) ? resolution(partialOf(y, month, day), false) : null;
  }
  if (c.isCertain('weekday') && weekday !== null) {
    const refDay = ref ? referenceDay(ref) : null;
    if (!refDay) return null;
    const d = dayOfWeekday(refDay, weekday, LAST_WORDS.test(text));
    return resolution(partialOf(d.year, d.month, d.day), true, true);
  }
  if (c.isCertain('month')) return monthOf(c, year, month, relative, ref);
  if (c.isCertain('year')) return resolution(partialOf(year), relative);
  return null;
}

/** Letters (or a hyphen after letters) right before a result, or a hyphen and a letter right after it: the result is part of a word. */
const INSIDE_WORD_BEFORE = /(?:\p{L}|\p{L}-)$/u;
const INSIDE_WORD_AFTER = /^(?:\p{L}|-\p{L})/u;

/**
 * chrono-node's proposals for one sentence (the parser of the document's language), with our own
 * precision and reference logic applied; times of day, weeks and future expressions are dropped.
 * In English, chrono runs only when a month, weekday or 'yesterday' lies outside `covered` (the
 * spans our own patterns already read); `hinted`, when given, is that answer read beforehand (see
 * {@link uncoveredHintIn}).
 */
export function extractChronoDates(
  text: string,
  offset: number,
  ref: Reference | null,
  language: string | null,
  covered: readonly Span[] = [],
  hinted: boolean | null = null,
): DateCandidate[] {
  const english = !hasChronoLocale(language);
  if (english && !(hinted ?? hasUncoveredHint(text, offset, covered))) return [];
  const input = language === 'fr' ? text.replace(FRENCH_FIRST, '1  ') : text; // chrono's French parser misses '1er'
  const out: DateCandidate[] = [];
  for (const result of chronoFor(language).parse(input, { instant: instantOf(ref), timezone: 0 }, { forwardDate: false })) {
    const lower = result.text.toLowerCase();
    if (REFUSED.test(lower) || result.tags().has('casualReference/now') || (english && LOWER_EN_MONTH.test(result.text))) continue;
    // A month inside a longer word ('генерал-майора' holds 'май') is none.
    if (INSIDE_WORD_BEFORE.test(input.slice(Math.max(0, result.index - 2), result.index)) || INSIDE_WORD_AFTER.test(input.slice(result.index + result.text.length, result.index + result.text.length + 2))) continue;
    const relative = isRelative(result);
    const resolved = resolveComponents(result.start, lower, relative, ref);
    if (!resolved || (resolved.weekdayOnly && SHORT_WEEKDAY.test(result.text.replace(LEADING_PUNCTUATION, '').trim()))) continue;
    if (ref && relative && !resolved.weekdayOnly && isAfterReference(resolved.date, ref, 0)) continue;
    const end = result.end ? resolveComponents(result.end, lower, relative, ref) : null;
    const lead = result.text.length - result.text.trimStart().length;
    const stop = result.text.replace(UNOPENED_PAREN, '$1').replace(TRAILING, '').length;
    out.push(
      candidateOf(offset + result.index + lead, offset + result.index + stop, resolved.date, {
        priority: PRIORITY.chrono,
        until: end && end.date.precision === resolved.date.precision && end.date.value > resolved.date.value ? end.date : null,
        certainty: resolved.implied ? 'implied' : 'stated',
        relative: relative || resolved.weekdayOnly,
        weekdayOnly: resolved.weekdayOnly,
      }),
    );
  }
  return out;
}
