import type { NumberQualifier } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import { monthNumber } from '../dates/months.js';
import { EN_SCALES, EN_TENS, EN_UNITS } from './cardinals.js';
import {
  asciiLowerCase,
  COUNT_NOUN_AFTER,
  DECIMAL_OR_ORDINAL_AFTER,
  isAsciiText,
  LIST_NUMBER_AFTER,
  LIST_NUMBER_BEFORE,
  NOT_A_COUNT_AFTER,
  notACountBefore,
  numberPatterns,
  type NumberPatterns,
  ONE_COUNT_AFTER,
  ONE_NOT_BEFORE,
  QUALIFIER_ASCII_PHRASES,
  QUALIFIER_ENDINGS,
  QUALIFIERS,
  SOME_BEFORE_PLURAL,
} from './lexicon.js';
import { execAll } from '../../lexicon/exec-all.js';
import { isAsciiLetter, isAsciiSpace } from '../../lexicon/chars.js';

/** A numeral with its qualifier; offsets into the text searched. `[start, end)` covers qualifier and numeral. */
export interface FoundNumber extends Span {
  readonly numeral: Span;
  readonly value: number | null;
  readonly qualifier: NumberQualifier;
}

const CONTEXT = 60;
/** Labels and money signs before a numeral are short. */
const SHORT_CONTEXT = 24;
const LAST_WORD = /(\p{L}+)\.?,?\s*$/u;
const SCALE_OF: Readonly<Record<string, number>> = { million: 1e6, mln: 1e6, milyon: 1e6, миллиона: 1e6, миллионов: 1e6, billion: 1e9, bn: 1e9, milyar: 1e9, thousand: 1e3, тысяч: 1e3, тысячи: 1e3,
  // Other languages' thousands and millions after digits ('3 Tausend', '90 bin', '5 mil', '90 ألف').
  tausend: 1e3, duizend: 1e3, mille: 1e3, mila: 1e3, mil: 1e3, bin: 1e3, tuhat: 1e3, þúsund: 1e3, 'ألف': 1e3, 'آلاف': 1e3, 'هزار': 1e3,
  millionen: 1e6, millions: 1e6, millones: 1e6, milioni: 1e6, milhões: 1e6, miljoen: 1e6 };
const ENGLISH_SCALE = new Set(['million', 'mln', 'billion', 'bn', 'thousand']);
const EASTERN_DIGITS = /[٠-٩۰-۹]/g;
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const GROUP_SEPARATOR = /[,\u00a0\u202f]/;
const SEPARATORS = /[,.\u00a0\u202f]/g;
const WORD_SPLIT = /[\s-]+/;
const RANGE_AFTER = /^[-–]\d/;
const YEAR_LIKE = /^(?:19|20)\d{2}$/;
/** ('One of the wounded later died': the hurt are a group of people too.) */
const ONE_OF_GROUP = /^\s+of\s+(?:its|their|our|his|her|the|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:soldiers|servicemen|troops|officers|fighters|civilians|residents|villagers|people|men|women|children|border guards|guards|policemen|conscripts|wounded|injured)(?![\p{L}])/iu;
/** 'one soldier', 'one Azerbaijani civilian': one person (English). */
const ONE_PERSON = /^\s+(?:[\p{L}-]+\s+)?(?:soldier|serviceman|troop|officer|fighter|civilian|resident|villager|person|man|woman|child|border guard|guard|policeman|conscript|shepherd|farmer)(?![\p{L}])/iu;
const THAT_BEFORE = /(?:^|[^\p{L}])that\s+$/iu;
const NOT_ONE_BEFORE = /(?:^|[^\p{L}])(?:no|every|any|each|which|this|that|the)\s+$/iu;
/** 'million' alone (as in '$5 million') is not a count; 'a million' is. */
const LEADING_SCALE = /^(?:hundred|thousand|million|billion|dozen)/i;
const NEXT_WORD = /^\s+([\p{L}'-]+)/u;

function westernDigits(text: string): string {
  if (!hasEasternDigit(text)) return text;
  return text.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));
}

/** True when `text` holds an Arabic-Indic or Persian digit (by character codes: for the few digits of a numeral, cheaper than a pattern). */
function hasEasternDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return true;
  }
  return false;
}

/** `[0-9٠-٩۰-۹]` by character code. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** True when `text` is ASCII digits only (most numerals: no separator, no other script's digits). */
function isPlainDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The value of English number words ('two hundred and fifty' -> 250, 'a dozen' -> 12). */
export function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  // (ASCII words are split and lower-cased by character codes, see `asciiLowerCase`.)
  for (const word of isAsciiText(words) ? asciiWordsOf(words) : words.toLowerCase().split(WORD_SPLIT)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') current ||= 1;
    else if (word === 'half') current = 0.5;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (EN_UNITS.has(word)) {
      if (current % 10 !== 0 || (current % 100 !== 0 && (EN_UNITS.get(word) as number) >= 10)) return null; // 'nineteen ninety': a spoken year
      current += EN_UNITS.get(word) as number;
    } else if (EN_TENS.has(word)) {
      if (current % 100 !== 0) return null;
      current += EN_TENS.get(word) as number;
    } else if (word === 'hundred') current = (current || 1) * 100;
    else if (EN_SCALES.has(word)) {
      total += (current || 1) * (EN_SCALES.get(word) as number);
      current = 0;
    } else return null;
  }
  const value = total + current;
  return Number.isInteger(value) ? value : null;
}

/** `words.toLowerCase().split(WORD_SPLIT)` for ASCII `words`, read by character codes. */
export function asciiWordsOf(words: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !isWordSplit(words.charCodeAt(i))) continue;
    out.push(asciiLowerCase(words, from, i));
    // A run of white space and hyphens splits once.
    while (i + 1 < words.length && isWordSplit(words.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  return out;
}

/** `WORD_SPLIT`'s characters among ASCII: white space and '-'. */
function isWordSplit(c: number): boolean {
  return isAsciiSpace(c) || c === 45;
}

function digitsValue(m: RegExpMatchArray, language: string | null): number | null {
  const raw = westernDigits(m[1] ?? '');
  // Plain digits (most numerals) hold no separator: the tests and the replacement below are for the others.
  const plain = isPlainDigits(raw);
  const dotted = !plain && DOTTED_THOUSANDS.test(raw);
  // '1.500' is 1,500 in German or Turkish but a measure in English.
  if (dotted && (language === 'en' || language === null)) return null;
  if (m[2] !== undefined && !m[3]) return null; // a decimal without a scale word is a measure or a time
  const grouped = dotted || (!plain && GROUP_SEPARATOR.test(raw));
  const digits = plain ? raw : raw.replace(SEPARATORS, '');
  if (!grouped && digits.length >= 7) return null; // an id or a phone number
  const base = m[2] !== undefined ? Number(`${digits}.${m[2]}`) : Number(digits);
  // Another language's scale word in an English text ('5 mil of rain') multiplies nothing.
  const scale = m[3] && !(language === 'en' && !ENGLISH_SCALE.has(m[3].toLowerCase())) ? (SCALE_OF[m[3].toLowerCase()] ?? 1) : 1;
  return base * scale;
}

/** 1900-2099 written alone is a year, unless a count noun follows ('2000 peacekeepers'). */
function isYear(digits: string, text: string, end: number): boolean {
  // (The length first: most numerals are not four digits long.)
  return digits.length === 4 && YEAR_LIKE.test(digits) && !COUNT_NOUN_AFTER.test(text.slice(end, end + CONTEXT));
}

/**
 * `LAST_WORD.exec(before)?.[1]` lower-cased: the letters that end `before`, maybe followed by '.', ',' and
 * white space. An ASCII text is read from its end (the pattern would try every position), and its word
 * lower-cased by {@link asciiLowerCase}; others by the pattern.
 */
export function lastWordOf(before: string): string | undefined {
  if (!isAsciiText(before)) return LAST_WORD.exec(before)?.[1]?.toLowerCase();
  let end = before.length;
  while (end > 0 && isAsciiSpace(before.charCodeAt(end - 1))) end--;
  if (end > 0 && before.charCodeAt(end - 1) === 44) end--; // ','
  if (end > 0 && before.charCodeAt(end - 1) === 46) end--; // '.'
  let start = end;
  while (start > 0 && isAsciiLetter(before.charCodeAt(start - 1))) start--;
  return start < end ? asciiLowerCase(before, start, end) : undefined;
}

function isCount(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + CONTEXT);
  // Three of the tests after the numeral open with one character ('-' or '–', '.', '.' or ')'): it is read first.
  const next = text.charCodeAt(end);
  if ((next === 45 || next === 0x2013) && RANGE_AFTER.test(after)) return false;
  if (next === 46 && DECIMAL_OR_ORDINAL_AFTER.test(after)) return false;
  if (NOT_A_COUNT_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - SHORT_CONTEXT), start);
  if (notACountBefore(before)) return false;
  const lastWord = lastWordOf(before);
  if (lastWord && monthNumber(lastWord) !== null) return false; // 'July 14', 'Sept. 25'
  // The anchored test after the numeral first: it rarely holds, and the one before tries every position.
  return !((next === 46 || next === 41) && LIST_NUMBER_AFTER.test(after) && LIST_NUMBER_BEFORE.test(before));
}

function isCountingOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  // 'said that one of its soldiers was killed', 'added that one soldier was killed': 'that' opens a clause here,
  // and one of a group of people, or one person, is a count.
  if (THAT_BEFORE.test(before) && (ONE_OF_GROUP.test(text.slice(end, end + CONTEXT)) || ONE_PERSON.test(text.slice(end, end + CONTEXT)))) return true;
  if (NOT_ONE_BEFORE.test(before)) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + CONTEXT))?.[1];
  if (next && !ONE_NOT_BEFORE.has(next.toLowerCase())) return true;
  // 'one of its soldiers', 'one of the villagers': one counted out of a group of people.
  if (ONE_OF_GROUP.test(text.slice(end, end + CONTEXT))) return true;
  return ONE_COUNT_AFTER.test(before) && (!next || next.toLowerCase() === 'and' || next.toLowerCase() === 'or');
}

/** The number words of a language (from the lexicon's packs) and one pattern that finds them. */
export interface NumberWords {
  readonly values: ReadonlyMap<string, number>;
  readonly pattern: RegExp;
}

/** Compiles a language's number words ('drei' -> 3) once; null when it has none. */
export function compileNumberWords(values: ReadonlyMap<string, number>): NumberWords | null {
  if (values.size === 0) return null;
  const words = [...values.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // The words are looked for ahead before the look-behind is tried: the same matches, but V8 tried the
  // look-behind (a letter or digit by Unicode property) at every position, and the words first fail at most
  // positions at their first letter (about twice as fast over a report).
  return { values, pattern: new RegExp(`(?=${words})(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'giu') };
}

function numerals(text: string, range: Span, language: string | null, foreign: NumberWords | null, patterns: NumberPatterns): Array<Span & { value: number | null }> {
  const part = text.slice(range.start, range.end);
  const at = (m: RegExpMatchArray): Span => ({ start: range.start + (m.index ?? 0), end: range.start + (m.index ?? 0) + m[0].length });
  const out: Array<Span & { value: number | null }> = [];
  const [vague, words] = patterns.vagueAndWords.matchAll(part) as [RegExpExecArray[], RegExpExecArray[]];
  // (Fields, not a spread of `at(m)`: V8 copies a spread object by a slow path.)
  for (const m of vague) out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, value: null });
  for (const m of execAll(SOME_BEFORE_PLURAL, part)) out.push({ start: at(m).start, end: at(m).start + 4, value: null });
  // '300 000': thousands grouped by a plain space, as most languages but English write them.
  if (language !== null && language !== 'en') {
    for (const m of patterns.spaceGrouped.matchAll(part)) {
      const { start, end } = at(m);
      if (isCount(text, start, end)) out.push({ start, end, value: Number(westernDigits(m[0]).replace(/ /g, '')) });
    }
  }
  for (const m of patterns.digits.matchAll(part)) {
    const { start, end } = at(m);
    const first = (m[1] ?? '').charCodeAt(0);
    // '007', the '000' of '300 000': no count (`/^[0٠۰][0-9٠-٩۰-۹]/`, by character codes).
    if ((first === 48 || first === 0x0660 || first === 0x06f0) && isDigitCode((m[1] ?? '').charCodeAt(1))) continue;
    const value = digitsValue(m, language);
    // (A year first: its test is short, those of a count are many.)
    if (value === null || (m[2] === undefined && !m[3] && isYear(westernDigits(m[1] ?? ''), text, end)) || !isCount(text, start, end)) continue;
    out.push({ start, end, value });
  }
  for (const m of words) {
    const { start, end } = at(m);
    const value = LEADING_SCALE.test(m[0]) ? null : wordsValue(m[0]);
    if (value === null || !isCount(text, start, end) || isYear(String(value), text, end)) continue;
    // (The length first: lower-casing a slice of the report is slow, see `asciiLowerCase`.)
    if (m[0].length === 3 && m[0].toLowerCase() === 'one' && !isCountingOne(text, start, end)) continue;
    out.push({ start, end, value });
  }
  for (const m of foreign ? execAll(foreign.pattern, part) : []) {
    const { start, end } = at(m);
    if (isCount(text, start, end)) out.push({ start, end, value: foreign?.values.get(m[0].toLowerCase()) ?? null });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<Span & { value: number | null }> = [];
  for (const n of out) if (kept.length === 0 || (kept[kept.length - 1] as Span).end <= n.start) kept.push(n);
  return kept;
}

const ENDS_WITH_SPACE = /\s$/;
const LONGEST_ENDING = Math.max(...QUALIFIER_ENDINGS.flat().map((w) => w.length));

/**
 * For each kind of {@link QUALIFIERS}, whether its pattern (`(?:^|[^\p{L}])(phrase)\s+$`) may match
 * `before`, decided without running it: a phrase ends right before the trailing white space, so `before`
 * must end with white space and, where the text there is ASCII, with one of the kind's last words
 * (case-insensitive, as ASCII letters fold alike); text outside ASCII there is left to the patterns.
 * Null when no kind may match.
 */
export function qualifierKindsBefore(before: string): readonly boolean[] | null {
  if (!ENDS_WITH_SPACE.test(before)) return null;
  const tail = before.trimEnd().slice(-LONGEST_ENDING);
  if (!isAsciiText(tail)) return QUALIFIER_ENDINGS.map(() => true);
  const lower = tail.toLowerCase();
  // `lower.endsWith(word)` for every last word of every kind, read as one look-up per length of those words.
  let kinds: boolean[] | null = null;
  for (const length of ENDING_LENGTHS) {
    if (length > lower.length) continue;
    const found = KINDS_BY_ENDING.get(length === lower.length ? lower : lower.slice(-length));
    if (found === undefined) continue;
    kinds ??= QUALIFIER_ENDINGS.map(() => false);
    for (const k of found) kinds[k] = true;
  }
  return kinds;
}

/** Each last word of {@link QUALIFIER_ENDINGS} to the kinds (indices) whose phrases end with it. */
const KINDS_BY_ENDING = new Map<string, number[]>();
QUALIFIER_ENDINGS.forEach((endings, k) => {
  for (const word of endings) KINDS_BY_ENDING.set(word, [...(KINDS_BY_ENDING.get(word) ?? []), k]);
});
/** The lengths of those words. */
const ENDING_LENGTHS = [...new Set(QUALIFIER_ENDINGS.flat().map((w) => w.length))];

/** The qualifier phrase ending right before `start`, the longest one when several match. */
function qualifierBefore(text: string, start: number, floor: number): { kind: NumberQualifier; start: number } | null {
  const before = text.slice(Math.max(floor, start - 40), start);
  if (isAsciiText(before)) {
    const found = asciiQualifierBefore(before);
    return found === null ? null : { kind: (QUALIFIERS[found.kind] as (typeof QUALIFIERS)[number])[0], start: start - (before.length - found.at) };
  }
  const kinds = qualifierKindsBefore(before);
  if (kinds === null) return null;
  let best: { kind: NumberQualifier; start: number } | null = null;
  for (const [k, [kind, pattern]] of QUALIFIERS.entries()) {
    if (!kinds[k]) continue;
    const m = pattern.exec(before);
    if (!m || m[1] === undefined) continue;
    const qStart = start - (before.length - before.lastIndexOf(m[1]));
    if (!best || qStart < best.start) best = { kind, start: qStart };
  }
  return best;
}

/** A node of the ASCII qualifier phrases read backwards, by lower-case character code; `kind` -1 where none ends. */
interface BackwardNode {
  readonly next: Map<number, BackwardNode>;
  kind: number;
}

/** {@link QUALIFIER_ASCII_PHRASES} as a trie read from their last character; a phrase of two kinds keeps the first. */
const BACKWARD_PHRASES: BackwardNode = { next: new Map(), kind: -1 };
QUALIFIER_ASCII_PHRASES.forEach((phrases, kind) => {
  for (const phrase of phrases) {
    let node = BACKWARD_PHRASES;
    for (let i = phrase.length - 1; i >= 0; i--) {
      const c = phrase.charCodeAt(i);
      let next = node.next.get(c);
      if (next === undefined) {
        next = { next: new Map(), kind: -1 };
        node.next.set(c, next);
      }
      node = next;
    }
    if (node.kind === -1) node.kind = kind;
  }
});

/**
 * What the qualifier patterns (`(?:^|[^\p{L}])(phrase)\s+$`, case-insensitive) find in an ASCII `before`,
 * read backwards from its last non-space character, without running them: the kind (an index into
 * {@link QUALIFIERS}) and start of the longest phrase that ends there after a non-letter or at the start
 * (each pattern's leftmost match is its longest phrase there, and of the kinds the earliest start wins,
 * the first kind on a tie); null when none does. Only for ASCII text (its letters fold by ASCII case).
 */
export function asciiQualifierBefore(before: string): { kind: number; at: number } | null {
  let end = before.length;
  while (end > 0 && isAsciiSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null; // `\s+` reads at least one
  let node = BACKWARD_PHRASES;
  let found: { kind: number; at: number } | null = null;
  for (let i = end - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    const next = node.next.get(c >= 65 && c <= 90 ? c + 32 : c);
    if (next === undefined) break;
    node = next;
    if (node.kind !== -1 && (i === 0 || !isAsciiLetter(before.charCodeAt(i - 1)))) found = { kind: node.kind, at: i };
  }
  return found;
}

/**
 * The counts in `text[range]` (a sentence; the whole text by default), offsets into `text`: digits
 * ('75,000', '1.5 million'), English words ('twenty-five', 'two hundred', 'a dozen'), small
 * numerals of the document language, vague quantities ('several', 'dozens', 'some soldiers'),
 * each with the qualifier right before it. Context rules look beyond the range. `patterns` are the
 * searches to use (an engine's own, see `numberPatterns`; built anew when not given).
 * @example extractNumbers('at least 13 died', 'en')[0] // { start: 0, end: 11, numeral: { start: 9, end: 11 }, value: 13, qualifier: 'at-least' }
 */
export function extractNumbers(
  text: string,
  language: string | null,
  range: Span = { start: 0, end: text.length },
  words: NumberWords | null = null,
  patterns: NumberPatterns = numberPatterns(),
): FoundNumber[] {
  return numerals(text, range, language, words, patterns).map((n) => {
    const numeral = { start: n.start, end: n.end };
    if (n.value === null) return { start: n.start, end: n.end, numeral, value: null, qualifier: 'vague' };
    const q = qualifierBefore(text, n.start, range.start);
    return { start: q?.start ?? n.start, end: n.end, numeral, value: n.value, qualifier: q?.kind ?? 'exact' };
  });
}
