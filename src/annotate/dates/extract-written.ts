import { digitRuns, findAbsoluteDates } from './absolute.js';
import { isValidYmd, partialOf } from './calendar.js';
import type { Reference } from './calendar.js';
import { PRIORITY, candidateOf, yearOfMonthDay } from './candidate.js';
import type { DateCandidate } from './candidate.js';
import { MONTH_SOURCE, monthNumber } from './months.js';
import { execAll } from '../../lexicon/exec-all.js';
import { isWhiteSpace } from '../date-lines.js';
import { isAsciiLetter } from '../../lexicon/chars.js';

const YEAR = String.raw`(?:1[89]|20)\d{2}`;
/** What may not stand before a year (checked on each match: a leading look-behind is costly to try everywhere). */
const BEFORE_YEAR = /[\p{L}\p{N}$€£#@/.,:-]$/u;
const NOT_AFTER_YEAR = String.raw`(?![\p{L}\p{N}%]|[-/.,:]\d)`;
/**
 * 'July 13-14', 'July 13–14, 2020', at one position (sticky, as all the patterns of a date read from digits here:
 * see {@link dayRanges}, {@link yearRanges} and {@link bareYears} for where each is tried).
 */
export const MONTH_DAY_RANGE = new RegExp(`(?<!\\p{L})(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?![\\d\\p{L}])(?:,?\\s+(${YEAR})(?!\\d))?`, 'iuy');
/** '13-14 July', '13–14 июля 2020'. */
export const DAY_MONTH_RANGE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\.?\\s+(${MONTH_SOURCE})\\.?(?!\\p{L})(?:,?\\s+(${YEAR})(?!\\d))?`, 'iuy');
/** '1988-1994', '1988–94', 'between 1988 and 1994', 'from 1988 to 1994'. */
export const YEAR_RANGE = new RegExp(
  `(?:between\\s+(${YEAR})\\s+and\\s+|from\\s+(${YEAR})\\s+(?:to|until|till)\\s+|(${YEAR})\\s*[-–—]\\s*)(${YEAR}|\\d{2})${NOT_AFTER_YEAR}`,
  'iuy',
);
export const BARE_YEAR = new RegExp(`(${YEAR})${NOT_AFTER_YEAR}`, 'uy');
/** Words before a number that make it a year ('in 1992', 'since 1994', 'the 1994 ceasefire'). */
const YEAR_CUE_WORDS = 'in|since|from|until|till|by|before|after|during|through|throughout|of|early|late|mid|the|and|year|spring|summer|autumn|fall|winter|en|em|im|jahr|seit|desde|depuis|dal|nel|del|sinds|в|с|до|к|عام|سنة|از|در|sejak';
export const YEAR_CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${YEAR_CUE_WORDS})[\\s-]*$`, 'iu');
/** The cue words written in ASCII (all lower case). */
const ASCII_YEAR_CUES: ReadonlySet<string> = new Set(YEAR_CUE_WORDS.split('|').filter((w) => /^[a-z]+$/.test(w)));

/**
 * `YEAR_CUE_BEFORE.test(before)`. The pattern matches where `before` ends with a cue word (a whole run of
 * letters, after no letter) and then only white space and hyphens; where that end of `before` is ASCII, the
 * run of ASCII letters there is looked up among the ASCII cue words instead (`iu` folds no ASCII letter onto
 * a character outside ASCII, nor the reverse but for 'ſ' and the Kelvin sign, which send the text to the
 * pattern). Why: the pattern tried its list at every position of the 24 characters before each year.
 */
export function yearCueBefore(before: string): boolean {
  let end = before.length;
  while (end > 0) {
    const c = before.charCodeAt(end - 1);
    if (c === 45 || c === 32 || (c >= 9 && c <= 13)) end--;
    else break;
  }
  let start = end;
  while (start > 0 && isAsciiLetter(before.charCodeAt(start - 1))) start--;
  // A character outside ASCII at the end (a space, a letter) or right before the letters: the pattern decides.
  if ((start === end && end > 0 && before.charCodeAt(end - 1) >= 128) || (start > 0 && before.charCodeAt(start - 1) >= 128)) return YEAR_CUE_BEFORE.test(before);
  return start < end && ASCII_YEAR_CUES.has(before.slice(start, end).toLowerCase());
}

/** Words after a number that make it a year ('1992 году', '1994 war', "1994'te"). */
const YEAR_CUE_AFTER =
  /^(?:\s*(?:году|года|год|г\.|yılı|yılında|yil)|'?(?:da|de|te|ta|ten|den|dan|ün|in)(?!\p{L})|\s+(?:war|wars|conflict|ceasefire|truce|clashes|election|elections|offensive|escalation|massacre|fighting|agreement|revolution|census|referendum|earthquake|crisis|war's))/iu;
/** A number followed by these counts things, whatever its value ('2000 soldiers'). */
const COUNT_NOUN_AFTER = /^\s+(?:people|persons|soldiers|troops|servicemen|civilians|peacekeepers|men|women|children|refugees|fighters|militants|houses|homes|km|kilometres|kilometers|metres|meters|tons|tonnes|dollars|euros|manats|drams|rubles)\b/i;

/** Whether a letter, digit or joining mark ({@link BEFORE_YEAR}) stands before `at`, which a year's match may not follow. */
function joinedBefore(text: string, at: number): boolean {
  return at > 0 && BEFORE_YEAR.test(text.slice(Math.max(0, at - 2), at));
}

/** `re` (sticky) at `at`, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The matches of an exec loop of {@link YEAR_RANGE} (global) over `text` that {@link joinedBefore} leaves (the
 * loop went on one character after a match it left), read from the text's runs of digits (`runs`). Each match
 * holds a first year that is a whole run of four digits (white space or a dash follows it, and the loop left
 * a match after a digit), and starts there or at 'between' or 'from' before its white space: those are the only
 * positions tried, in order, each from the end of the last match kept. Why: the search tried the pattern at
 * every position of the text (about 2.5 us a report).
 */
export function yearRanges(text: string, runs: readonly RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let covered = 0;
  const tryAt = (at: number): void => {
    if (at < covered) return;
    const m = matchAt(YEAR_RANGE, text, at);
    if (m === null || joinedBefore(text, at)) return;
    out.push(m);
    covered = at + m[0].length;
  };
  for (const run of runs) {
    if (run[0].length !== 4) continue;
    const spaced = whiteSpaceBefore(text, run.index);
    if (spaced < run.index) {
      // Where 'between' or 'from' can open (no letter outside ASCII is a 'b' or an 'f' under `iu`).
      if (spaced >= 7 && (text.charCodeAt(spaced - 7) | 32) === 98) tryAt(spaced - 7);
      if (spaced >= 4 && (text.charCodeAt(spaced - 4) | 32) === 102) tryAt(spaced - 4);
    }
    tryAt(run.index);
  }
  return out;
}

/**
 * The matches of an exec loop of {@link BARE_YEAR} (global) over `text` that {@link joinedBefore} leaves, read
 * from the runs of digits (`runs`): a match no digit follows or precedes is a whole run of four digits (why:
 * as {@link yearRanges}).
 */
export function bareYears(text: string, runs: readonly RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const run of runs) {
    if (run[0].length !== 4) continue;
    const m = matchAt(BARE_YEAR, text, run.index);
    if (m !== null && !joinedBefore(text, run.index)) out.push(m);
  }
  return out;
}

/**
 * The matches of exec loops of {@link MONTH_DAY_RANGE} and of {@link DAY_MONTH_RANGE} (global) over `text`, read
 * from its runs of digits (`runs`). Both ranges are two whole runs of one or two digits with a dash between
 * them, and white space around it ('13-14', '13 – 14'): {@link DAY_MONTH_RANGE} is tried at the first run,
 * {@link MONTH_DAY_RANGE} at the start of the letters before it (past white space and a period), where its
 * month must start (no letter before it). Two matches of either cannot overlap: no other range starts inside
 * one. Why: each pattern tried its list of month words at every position (tens of microseconds a report
 * holding a dash between digits, a date '2020-07-14' say).
 */
export function dayRanges(text: string, runs: readonly RegExpExecArray[]): [monthFirst: RegExpExecArray[], dayFirst: RegExpExecArray[]] {
  const monthFirst: RegExpExecArray[] = [];
  const dayFirst: RegExpExecArray[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const first = runs[i] as RegExpExecArray;
    const second = runs[i + 1] as RegExpExecArray;
    if (first[0].length > 2 || second[0].length > 2 || !isDashBetween(text, first.index + first[0].length, second.index)) continue;
    const month = monthWordStart(text, first.index);
    const m = month === null ? null : matchAt(MONTH_DAY_RANGE, text, month);
    if (m !== null) monthFirst.push(m);
    const d = matchAt(DAY_MONTH_RANGE, text, first.index);
    if (d !== null) dayFirst.push(d);
  }
  return [monthFirst, dayFirst];
}

/** Whether `text` from `from` to `to` is a dash with white space around it or none (`\s*[-–]\s*`). */
function isDashBetween(text: string, from: number, to: number): boolean {
  const dash = whiteSpaceAfter(text, from);
  const c = text.charCodeAt(dash);
  return dash < to && (c === 45 || c === 0x2013) && whiteSpaceAfter(text, dash + 1) === to;
}

/**
 * Where a month word before the digits at `at` starts (`\p{L}+\.?\s+` before them: the whole run of letters
 * there), or null when none can stand there.
 */
function monthWordStart(text: string, at: number): number | null {
  let end = whiteSpaceBefore(text, at);
  if (end === at) return null;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? start : null;
}

/** `\p{L}` for a character code (a surrogate, half of a character outside the first plane, is none). */
function isLetter(c: number): boolean {
  return c < 128 ? isAsciiLetter(c) : LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

/** The start of the white space that ends at `at` (`at` when none). */
function whiteSpaceBefore(text: string, at: number): number {
  while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The end of the white space that starts at `at` (`at` when none). */
function whiteSpaceAfter(text: string, at: number): number {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

function twoDigitYear(first: number, second: string): number {
  return second.length === 4 ? Number(second) : Math.floor(first / 100) * 100 + Number(second);
}

/**
 * Dates written with their numbers: full and partial dates ('1 August 2014', '05.08.2014',
 * 'July 14'), day ranges ('July 13-14'), year ranges ('1988-1994') and bare years with a cue
 * ('in 1992', 'the 1994 ceasefire'). Dates without a year take it from the reference (never ahead).
 */
/** A decade dates something only as 'in the 1990s' or 'a 1990s war' (not 'veterans of the 1990s'). */
const DECADE = /(?<=(?:\bin\s+(?:the\s+)?|\b(?:a|the)\s+)(?:(?:early|mid|late)[\s-]+)?)(?:(early|mid|late)[\s-]+)?((?:19|20)\d0)['’]?s(?=\s+(?:war|conflict|fighting|hostilities|clashes)\b|(?![\p{L}\p{N}])(?<=\bin\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{4}['’]?s))/giu;

/** What {@link DECADE} cannot match without (its look-behind is costly to try at every position), at one position. */
export const DECADE_HINT = /(?:19|20)\d0['’]?s/y;

/**
 * The matches of an exec loop of {@link DECADE_HINT} (global) over `text`, read from its runs of digits (`runs`):
 * a match holds the last four digits of a run ('s' or a quote follows them). Why: the search read the whole text.
 */
export function decadeHints(text: string, runs: readonly RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const run of runs) {
    const hint = run[0].length >= 4 ? matchAt(DECADE_HINT, text, run.index + run[0].length - 4) : null;
    if (hint !== null) out.push(hint);
  }
  return out;
}
/** How far before its digits a decade phrase may start ('in the early ', 'a mid-'). */
const DECADE_LEAD = 24;

/**
 * A decade in other languages, which always dates something: 'les années 1990', 'años 90', 'anni '90',
 * 'década de 1990', 'jaren 1990', 'in den 1990er Jahren', 'в 1990-х годах', '1990'lı yıllarda'. Group 1 or 2:
 * the decade, with its century or without ('90': the 1990s; '00' to '20': the 2000s to the 2020s).
 */
const OTHER_DECADE = /(?<![\p{L}\p{N}])(?:(?:années|anni|años|anos|jaren|décennie|década|decada|decennio)\s+(?:de\s+|del\s+|dos\s+|degli\s+anni\s+)?['’]?((?:19|20)?\d0)(?![\p{N}])|((?:19|20)?\d0)(?:er(?![\p{L}])|-?[хx](?![\p{L}])|['’](?:lı|li|lu|lü)\s+yıl|['’]l[ae]r))/giu;
/**
 * What {@link OTHER_DECADE} cannot match without: a decade's digits and the letters after them
 * (`/\d0(?:er|-?[хx]|['’]l)/u`, read at the end of each run of digits that ends with '0' after another digit),
 * or its noun before digits.
 */
export function hasOtherDecadeHint(text: string, runs: readonly RegExpExecArray[]): boolean {
  for (const run of runs) {
    const end = run.index + run[0].length;
    if (run[0].length >= 2 && text.charCodeAt(end - 1) === 48 && DECADE_SUFFIX_OPENING.has(text.charCodeAt(end)) && matchAt(DECADE_SUFFIX, text, end) !== null) return true;
  }
  return hasDecadeNounBeforeDigits(text, runs);
}
/** The letters after a decade's digits in other languages ('1990er', '1990-х', "1990'lı"), at one position. */
const DECADE_SUFFIX = /er|-?[хx]|['’]l/uy;
/** The characters {@link DECADE_SUFFIX} opens with. */
const DECADE_SUFFIX_OPENING: ReadonlySet<number> = new Set([..."e-хx'’"].map((c) => c.charCodeAt(0)));
/** A decade's noun before digits: the second hint, as written (the reference of {@link hasDecadeNounBeforeDigits}). */
export const DECADE_NOUN_HINT = /(?:années|anni|años|anos|jaren|décennie|década|decada|decennio)\s+(?:de\s+|del\s+|dos\s+|degli\s+anni\s+)?['’]?\d/iu;
/** {@link DECADE_NOUN_HINT} ending with the digit at one position, its noun read backwards by a look-behind. */
const DECADE_NOUN_BEFORE = new RegExp(`(?<=${DECADE_NOUN_HINT.source.slice(0, -2)})\\d`, 'iuy');

/**
 * `DECADE_NOUN_HINT.test(text)`, tried only at the first digit of each run of digits (`runs`, the text's
 * {@link digitRuns}), where its match must end, as no digit stands before it (speed only): the pattern
 * searched the whole text for its nouns (about 5 us a report), while a report holds a few runs of digits,
 * each tested at once.
 */
export function hasDecadeNounBeforeDigits(text: string, runs: readonly RegExpExecArray[]): boolean {
  for (const run of runs) if (mayFollowDecadeNoun(text, run.index) && matchAt(DECADE_NOUN_BEFORE, text, run.index) !== null) return true;
  return false;
}

/**
 * False where {@link DECADE_NOUN_BEFORE} cannot match at `at` (speed only): its match reads white space (then
 * a quote) before the digits, after a noun or 'de', 'del', 'dos', 'anni', whose last letter is one of
 * {@link DECADE_NOUN_ENDINGS}. Most numbers follow another word ('about 30').
 */
function mayFollowDecadeNoun(text: string, at: number): boolean {
  const quote = text.charCodeAt(at - 1);
  const end = quote === 39 || quote === 0x2019 ? at - 1 : at;
  const start = whiteSpaceBefore(text, end);
  return start < end && DECADE_NOUN_ENDINGS.has(text.charCodeAt(start - 1));
}
/** The last letters of the decade nouns and of the words after them, in the cases `iu` reads as them ('ſ' is an 's'). */
export const DECADE_NOUN_ENDINGS: ReadonlySet<number> = new Set([...'sSſiInNeEaAoOlL'].map((c) => c.charCodeAt(0)));

/** The decade's first year of a two-digit or four-digit decade ('90' is 1990, '10' is 2010). */
function decadeYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n <= 20 ? 2000 + n : 1900 + n;
}

/** {@link DECADE} at one position (sticky). */
const DECADE_AT = new RegExp(DECADE.source, 'iuy');

/**
 * {@link DECADE}'s matches, tried only in a window around each decade written in digits ({@link DECADE_HINT} at
 * the end of a run of digits, `runs`): those of its exec loop over the window from `DECADE_LEAD` characters
 * before the digits, that start no later than the digits.
 * Each position up to the digits is tried on its own (sticky), and only where a match can start: at 'early',
 * 'mid', 'late' or the digits (their first letter, 'e', 'm', 'l', or '1', '2'). The positions come in order,
 * and after a match the next is tried from its end, so the matches are the loop's. Why: the loop's search
 * went on to the window's end (40 characters past the digits) when nothing matched, trying the pattern's
 * look-behind at every position.
 */
function decadesIn(text: string, runs: readonly RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let covered = -1;
  for (const hint of decadeHints(text, runs)) {
    const from = Math.max(0, hint.index - DECADE_LEAD, covered);
    const window = text.slice(0, hint.index + hint[0].length + 40);
    for (let at = from; at <= hint.index; at++) {
      if (!DECADE_OPENING.has(window.charCodeAt(at))) continue;
      DECADE_AT.lastIndex = at;
      const m = DECADE_AT.exec(window);
      if (m === null) continue;
      out.push(m);
      covered = m.index + m[0].length;
      // (A match is never empty: it holds the decade's digits.)
      at = covered - 1;
    }
  }
  return out;
}

/** The characters a {@link DECADE} match opens with: 'early', 'mid', 'late' (either case) or the century's digit. */
const DECADE_OPENING: ReadonlySet<number> = new Set([...'eEmMlL12'].map((c) => c.charCodeAt(0)));

export function extractWrittenDates(text: string, offset: number, ref: Reference | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Every form holds digits: each is tried only where the runs of digits, found once, let it match.
  const runs = digitRuns(text);
  if (runs.length === 0) return out;
  for (const m of findAbsoluteDates(text, {}, runs)) {
    const year = m.year ?? (ref && m.day !== null ? yearOfMonthDay(ref, m.month, m.day) : null);
    if (year === null || (m.day !== null && !isValidYmd(year, m.month, m.day))) continue;
    out.push(
      candidateOf(offset + m.start, offset + m.end, partialOf(year, m.month, m.day), {
        priority: PRIORITY.absolute,
        dateLineOnly: m.form === 'iso-month',
      }),
    );
  }
  const [monthFirst, dayFirst] = dayRanges(text, runs);
  const ranges: Array<[RegExpExecArray[], number, number, number]> = [
    [monthFirst, 1, 2, 3],
    [dayFirst, 3, 1, 2],
  ];
  for (const [matches, monthGroup, fromGroup, toGroup] of ranges) {
    for (const m of matches) {
      const month = monthNumber(m[monthGroup] ?? '');
      const from = Number(m[fromGroup]);
      const to = Number(m[toGroup]);
      if (month === null || to <= from) continue;
      const year = m[4] !== undefined ? Number(m[4]) : ref ? yearOfMonthDay(ref, month, from) : null;
      if (year === null || !isValidYmd(year, month, from) || !isValidYmd(year, month, to)) continue;
      out.push(
        candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(year, month, from), {
          priority: PRIORITY.specific,
          until: partialOf(year, month, to),
        }),
      );
    }
  }
  for (const m of yearRanges(text, runs)) {
    const from = Number(m[1] ?? m[2] ?? m[3]);
    const to = twoDigitYear(from, m[4] ?? '');
    if (to <= from || to - from > 60) continue;
    out.push(
      candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(from), { priority: PRIORITY.specific, until: partialOf(to) }),
    );
  }
  // 'a 1990s war', 'in the early 1990s': the decade's first year (late: its seventh), until its last.
  for (const m of decadesIn(text, runs)) {
    const decade = Number(m[2]);
    const part = (m[1] ?? '').toLowerCase();
    const from = decade + (part.startsWith('late') ? 7 : part.startsWith('mid') ? 4 : 0);
    const to = decade + (part.startsWith('early') ? 3 : part.startsWith('mid') ? 6 : 9);
    out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(from), { priority: PRIORITY.year, until: partialOf(to) }));
  }
  if (hasOtherDecadeHint(text, runs)) {
    for (const m of execAll(OTHER_DECADE, text)) {
      const from = decadeYear(m[1] ?? m[2]!);
      // ('1990-х' is the only reading of its digits: a bare year there would be a second date.)
      out.push(candidateOf(offset + m.index, offset + m.index + m[0].length, partialOf(from), { priority: PRIORITY.specific, until: partialOf(from + 9) }));
    }
  }
  for (const m of bareYears(text, runs)) {
    const after = text.slice(m.index + 4, m.index + 40);
    const cued = yearCueBefore(text.slice(Math.max(0, m.index - 24), m.index)) || YEAR_CUE_AFTER.test(after);
    if (!cued || COUNT_NOUN_AFTER.test(after)) continue;
    out.push(candidateOf(offset + m.index, offset + m.index + 4, partialOf(Number(m[1])), { priority: PRIORITY.year }));
  }
  return out;
}
