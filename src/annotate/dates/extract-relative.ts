import { EN_ORDINAL_SOURCE, ordinalValue, smallCardinalValue } from '../numbers/cardinals.js';
import { addDays, partialOf, referenceDay, weekdayOf } from './calendar.js';
import type { Reference } from './calendar.js';
import { PRIORITY, candidateOf, dayOfWeekday, referenceDayPartial, yearOfMonth } from './candidate.js';
import type { DateCandidate } from './candidate.js';
import { EN_MONTH_SOURCE, monthNumber, weekdayNumber } from './months.js';
import { execAll } from '../../lexicon/exec-all.js';
import { RegExpSet } from '../../lexicon/word-pattern.js';
import { EN_HINT, englishHints } from './extract-chrono.js';

const SMALL_NUMBER = String.raw`(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
/** 'September of last year', 'in September last year', 'September this year'. */
const MONTH_OF_YEAR = new RegExp(`\\b(?:in\\s+)?(${EN_MONTH_SOURCE})\\.?\\s+(?:of\\s+)?(last|this|the previous|previous|the same)\\s+year\\b`, 'gi');
/** 'last September', 'this September' (not followed by a day). */
const LAST_MONTH_NAME = new RegExp(`\\b(last|this|past)\\s+(${EN_MONTH_SOURCE})\\b(?!\\.?\\s+\\d)`, 'gi');
/** 'last year', 'this year', 'last month', 'earlier this month'. */
const THIS_OR_LAST = /\b(last|this|previous)\s+(year|month)\b/gi;
/** 'last autumn', 'this summer', 'the previous winter': a season, read as its year. */
const SEASON = /(?<!\bthe\s+)\b(last|this|past|previous)\s+(spring|summer|autumn|fall|winter)\b/gi;
/** The months a season covers in the northern hemisphere (winter runs from December into the next year). */
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };
/** 'two years ago', 'exactly a year ago', '3 days ago' (weeks are too vague for a date). */
const AGO = new RegExp(`\\b(exactly\\s+)?(${SMALL_NUMBER})\\s+(year|month|day)s?\\s+ago\\b`, 'gi');
/** Day words resolved to the reference day, unless a named day stands next to them. */
const WEAK_DAY = /\b(overnight|last night|tonight|this morning|this afternoon|this evening|earlier today|today|(?:a|one) day (?:after|later))\b/gi;
/** 'the 25th anniversary of', 'the twenty-fifth anniversary', Turkish '31. yıl dönümü', Russian '31-я годовщина'. */
const ANNIVERSARY = new RegExp(
  `(?<![\\p{L}\\d])(?:(${EN_ORDINAL_SOURCE})\\s+anniversary|(\\d{1,3})\\.\\s*yıl\\s*dönümü|(\\d{1,3})-?(?:я|й|ю|ой|ей)\\s+годовщин\\p{L}*)`,
  'giu',
);

/**
 * An English weekday ('on Friday', 'last Friday', 'Friday's talks'), as chrono's weekday parser reads it:
 * an abbreviation only after 'on', 'last', 'past' or 'this' ('Sun' alone is a newspaper). 'Next Friday' is
 * ahead of the report and not read.
 */
const EN_WEEKDAY = /\b(?:(on|last|past|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.?)\b/gi;
const FULL_WEEKDAY = /day$/i;
/**
 * An English month named alone ('since July', 'in September', 'early March'), as chrono's month parser
 * reads it: the latest such month up to the reference. 'May' only after a preposition (else a verb);
 * 'the end of August' is left to chrono, which reads the whole phrase.
 */
const EN_MONTH_ALONE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/** What must stand before 'May' for it to be the month. */
const PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|from|during|through|early|late|mid|of)\s+$/;
/** A phrase chrono reads whole ('the end of August'), or a day before the month ('13 July', read as a date). */
export const NOT_ALONE_BEFORE = /(?:\b(?:end|beginning|start|middle|mid)(?:\s+of|-)\s*|\d[\s.]*)$/;

/**
 * `NOT_ALONE_BEFORE.test(before)`, the pattern run only where it may match: both its ways end `before` with
 * 'of' or '-' and white space, or a digit and white space or periods, so what stands before trailing white
 * space and periods must be 'f', '-' or a digit (a character outside ASCII, a space among them, is left to
 * the pattern). Why: it is tried at every position of the 20 characters before each month named alone,
 * and most ('in July', 'since March') end with another letter.
 */
export function notAloneBefore(before: string): boolean {
  let end = before.length;
  while (end > 0) {
    const c = before.charCodeAt(end - 1);
    if (c === 32 || c === 46 || (c >= 9 && c <= 13)) end--;
    else break;
  }
  const c = end > 0 ? before.charCodeAt(end - 1) : -1;
  if (c !== -1 && c < 128 && c !== 102 && c !== 45 && !(c >= 48 && c <= 57)) return false;
  return NOT_ALONE_BEFORE.test(before);
}
/** A day or year after the month ('July 13', 'July 2020'), read as a date. */
const NUMBER_AFTER = /^[\s,.]*\d/;
const NEXT_BEFORE = /\bnext\s+$/i;
/** 'over the weekend', 'last weekend': its Saturday, the latest up to the reference (a weekend running on is dated by its first day). */
const WEEKEND = /\b(?:(?:over|at|during|on)\s+the\s+weekend|(?:last|this|past)\s+weekend)\b/gi;
/** 'yesterday' (the day before the reference); 'the day before yesterday' is left to no one. */
const YESTERDAY = /(?<!\bday before\s+)\byesterday\b/gi;

/**
 * Words a pattern cannot match without (cheap tests before the costly patterns), each where a word starts:
 * the patterns read each after white space (or a period: '31. yıl dönümü'). Russian has no word start of
 * `\b` (a Cyrillic letter is no word character there), and 'ſ' makes the anniversary words be searched
 * anywhere (see {@link gatesOf}).
 */
export const GATE = {
  year: /\byear/i,
  ago: /\bago\b/i,
  anniversary: /\banniversar|\byıl|годовщин/i,
  season: /\b(?:spring|summer|autumn|fall\b|winter)/i,
} as const;

/** {@link GATE}'s words where a word starts, but the Russian one: read in the same pass as the patterns. */
export const GATE_WORDS = /\byear|\bago\b|\banniversar|\byıl|\bspring|\bsummer|\bautumn|\bfall\b|\bwinter/gi;
const RUSSIAN_ANNIVERSARY = /годовщин/i;
/** The anniversary gate as it was first written (its words anywhere), for a text holding 'ſ'. */
const ANNIVERSARY_ANYWHERE = /anniversar|yıl|годовщин/i;

/**
 * {@link GATE}'s tests read from the matches of {@link GATE_WORDS} (`words`). Why: a search of its own for the
 * gates' words went through most texts to their end, while the search for the patterns' words goes anyway.
 *
 * A gate holds wherever its pattern can match, as the first gates did: those found words anywhere ('year' in
 * 'yearly'), but each pattern reads its word after white space or a period. Only the anniversary pattern
 * has the flag `u`, under which 'ſ' is an 's' (no other letter of its words reads otherwise without `u`): a
 * text holding 'ſ' gets the first gate (where one 'anniverſary' matched only when another word stood there).
 */
export function gatesOf(text: string, words: readonly RegExpExecArray[]): Record<keyof typeof GATE, boolean> {
  const found = { year: false, ago: false, anniversary: false, season: false };
  for (const m of words) {
    const word = m[0].toLowerCase();
    if (word === 'year') found.year = true;
    else if (word === 'ago') found.ago = true;
    else if (word === 'anniversar' || word === 'yıl') found.anniversary = true;
    else found.season = true;
  }
  found.anniversary ||= RUSSIAN_ANNIVERSARY.test(text) || (text.includes('ſ') && ANNIVERSARY_ANYWHERE.test(text));
  return found;
}

/**
 * The patterns read over every text that has a hint, the gates' words and chrono's English hints ({@link EN_HINT},
 * read for the sentences of an English text: see {@link englishHintsIn}), in one pass (see {@link RegExpSet}).
 */
const ONE_PASS = new RegExpSet([LAST_MONTH_NAME, THIS_OR_LAST, EN_WEEKDAY, WEEKEND, YESTERDAY, EN_MONTH_ALONE, WEAK_DAY, GATE_WORDS, EN_HINT]);

/** What the one pass reads over a text: the matches of each of its patterns, in its order. */
export type RelativeWords = readonly RegExpExecArray[][];

/**
 * The one pass over `text`, or null when no relative date can be read there (no reference). No search for the
 * patterns' words comes first: its alternation of words, tried at each position, read a report with none of
 * them to its end more slowly than the pass does (about 13 us a 2 KB report), and found one after half a
 * microsecond in most.
 */
export function relativeWords(text: string, ref: Reference | null): RelativeWords | null {
  return ref ? ONE_PASS.execAll(text) : null;
}

/** {@link englishHints} of `text`, read by its one pass when it was made (`words`), else searched. */
export function englishHintsIn(text: string, words: RelativeWords | null): number[] {
  return words === null ? englishHints(text) : (words[8] as RegExpExecArray[]).map((m) => m.index);
}

/** The options of a relative candidate, and of one whose value is implied ('last year'): made once, not per match. */
const RELATIVE = { relative: true, priority: PRIORITY.specific } as const;
const IMPLIED = { relative: true, priority: PRIORITY.specific, certainty: 'implied' } as const;

/**
 * Relative expressions chrono gets wrong or misses, resolved against the reference:
 * 'September of last year' (the previous year's September), 'last year', 'last autumn' (its year), 'two years ago',
 * 'the 25th anniversary of' (N years before the reference year), and the day words 'overnight',
 * 'last night', 'tonight', 'a day after' (the reference day, never a future one), English weekdays
 * ('on Friday': within the six days before the day after the reference; 'last Friday': strictly before)
 * 'over the weekend' (its Saturday) and 'yesterday'. Reading these ourselves spares chrono most English sentences.
 * `words`: the text's {@link relativeWords}, when the caller has them.
 */
export function extractRelativeDates(text: string, offset: number, ref: Reference | null, words: RelativeWords | null = relativeWords(text, ref)): DateCandidate[] {
  if (!ref || words === null) return [];
  const out: DateCandidate[] = [];
  const relative = RELATIVE;
  const [lastMonthNames, thisOrLast, weekdays, weekends, yesterdays, monthsAlone, weakDays, gateWords] = words as [RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[]];
  const gate = gatesOf(text, gateWords);
  for (const m of gate.year ? execAll(MONTH_OF_YEAR, text) : []) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) continue;
    const year = (m[2] ?? '').toLowerCase().endsWith('previous') || m[2]?.toLowerCase() === 'last' ? ref.year - 1 : ref.year;
    out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(year, month), relative));
  }
  for (const m of lastMonthNames) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) continue;
    const year = m[1]?.toLowerCase() === 'this' ? ref.year : yearOfMonth(ref, month, true);
    out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(year, month), relative));
  }
  for (const m of thisOrLast) {
    const back = m[1]?.toLowerCase() === 'this' ? 0 : 1;
    if (m[2]?.toLowerCase() === 'year') out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(ref.year - back), IMPLIED));
    else if (ref.month !== null) {
      const month = ref.month - back || 12;
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(month === 12 && back ? ref.year - 1 : ref.year, month), IMPLIED));
    }
  }
  for (const m of gate.season && ref.month !== null ? execAll(SEASON, text) : []) {
    const [first, last] = SEASON_MONTHS[(m[2] ?? '').toLowerCase()] ?? [0, 0];
    // 'this autumn' is the reference year's; 'last autumn' the latest one over before the reference month.
    const startYear = (m[1] ?? '').toLowerCase() === 'this' ? ref.year : last < ref.month! ? ref.year : ref.year - 1;
    // A winter is dated by its January and February.
    out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(first === 12 ? startYear + 1 : startYear), IMPLIED));
  }
  for (const m of gate.ago ? execAll(AGO, text) : []) {
    const n = smallCardinalValue(m[2] ?? '');
    const unit = (m[3] ?? '').toLowerCase();
    const day = referenceDay(ref);
    if (n === null) continue;
    if (unit === 'year' && !m[1]) out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(ref.year - n), IMPLIED));
    else if (day && unit === 'year') out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(day.year - n, day.month, day.day), IMPLIED));
    else if (day && unit === 'day') {
      const d = addDays(day, -n);
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(d.year, d.month, d.day), IMPLIED));
    } else if (ref.month !== null && unit === 'month') {
      const index = ref.year * 12 + ref.month - 1 - n;
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(Math.floor(index / 12), (index % 12) + 1), IMPLIED));
    }
  }
  const refDay = referenceDay(ref);
  if (refDay) {
    for (const m of weekdays) {
      const weekday = weekdayNumber(m[2] ?? '');
      if (weekday === null || (m[1] === undefined && !FULL_WEEKDAY.test(m[2] ?? ''))) continue;
      if (NEXT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
      const last = m[1] !== undefined && m[1].toLowerCase() !== 'on' && m[1].toLowerCase() !== 'this';
      const d = dayOfWeekday(refDay, weekday, last);
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(d.year, d.month, d.day), { relative: true, certainty: 'implied', priority: PRIORITY.chrono, weekdayOnly: true }));
    }
    for (const m of weekends) {
      const d = dayOfWeekday(refDay, 6);
      const saturday = weekdayOf(refDay) === 5 ? addDays(d, -7) : d; // on a Friday the weekend told is the last one
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(saturday.year, saturday.month, saturday.day), { relative: true, certainty: 'implied', priority: PRIORITY.chrono }));
    }
    for (const m of yesterdays) {
      const d = addDays(refDay, -1);
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(d.year, d.month, d.day), { relative: true, certainty: 'implied', priority: PRIORITY.chrono }));
    }
  }
  if (ref.month !== null) {
    for (const m of monthsAlone) {
      const at = m.index ?? 0;
      const before = text.slice(Math.max(0, at - 20), at);
      if (notAloneBefore(before) || NUMBER_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 4))) continue;
      if (m[0] === 'May' && !PREPOSITION_BEFORE.test(before)) continue;
      const month = monthNumber(m[0]);
      if (month === null) continue;
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(yearOfMonth(ref, month), month), { priority: PRIORITY.chrono }));
    }
  }
  const today = referenceDayPartial(ref);
  if (today) {
    for (const m of weakDays) out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, today, { relative: true, certainty: 'implied', priority: PRIORITY.weak }));
  }
  for (const m of gate.anniversary ? execAll(ANNIVERSARY, text) : []) {
    const n = m[1] !== undefined ? ordinalValue(m[1]) : Number(m[2] ?? m[3]);
    if (n === null || n < 1 || n > 300) continue;
    out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(ref.year - n), IMPLIED));
  }
  return out;
}
