import { withAnnotations } from '../model/document.js';
import type { SentenceAnnotation } from '../model/annotation.js';
import type { LiveBlogSection } from '../model/report.js';
import type { Span } from '../model/span.js';
import { defineStage } from '../pipeline/stage.js';
import { MONTH_SOURCE } from './dates/months.js';
import { findMaskedSpans, isMasked, maskedSpansOf } from './masks.js';
import { execAll } from '../lexicon/exec-all.js';
import { isSpaceCode } from '../lexicon/chars.js';

const STAGE_ID = 'sentences.v1';
/** A blank line (white space only) separates paragraphs. */
const BLANK_LINE = /\n[^\S\n]*\n(?:[^\S\n]*\n)*/g;
/** Sentence-final punctuation (Latin, Arabic, Urdu, Devanagari, CJK), then closing quotes or brackets. */
const TERMINATOR = /[.!?…؟۔।。！？]+["'”’»)\]]*/g;
const CJK_STOP = /[。！？]/;
/** What may start the next sentence: not a lower-case letter. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«„(\[¿¡—–-]/u;
const LOWER_START = /^\p{Ll}/u;
const GLUED_LEFT = /\p{Ll}{2}$/u;
const GLUED_RIGHT = /^["“«]?\p{Lu}\p{Ll}{2,}/u;
const LINE_END_PUNCT = /[.!?…؟۔।。！？]["'”’»)\]]*$/;
const LINE_CONTINUES = /[,;&/+=-]$/;
const LIST_ITEM = /^(?:[-–—•*·▪►]\s|\d{1,2}[.)]\s)/;
const OPENING_PUNCT = /^[("'“‘«[]+/;
const SPACES = /\s+/;
const LONG_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
/** A list number at the start of a line ('1. ', '12. '). */
const LIST_NUMBER = /(?:^|\n)[^\S\n]*\d{1,2}$/;
/** An ordinal day before a month name ('am 4. Juli'). */
const ORDINAL_DAY = /(?<!\d)\d{1,2}$/;
const MONTH_AHEAD = new RegExp(`^\\s+${MONTH_SOURCE}(?!\\p{L})`, 'iu');
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
/** Tokens after which a period does not end a sentence (case-sensitive). */
const ABBREVIATIONS = new Set(
  ('Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Sgt Capt Cpl Pvt Adm Brig Cmdr Gov Sen Rep Rev Pres Amb Hon Mme Sr Sra Jr ' +
    'St Mt Ft No Nos Nr Vol Art Fig Dept Univ Ave Rd Inc Ltd Co Corp vs approx est ca cf al pp ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun').split(' '),
);
/** Words a wrapped line can end with but a headline or byline rarely does. */
const FUNCTION_WORDS = new Set(
  ('the a an of and or nor but to in on at by for with from as that which who whom whose than into onto upon ' +
    'between among its their his her our your this these those is was were are be been being has have had ' +
    'will would can could may might must should shall not also about after before against over under during').split(' '),
);

/** Whether a period after `token` is part of an abbreviation or an initial. */
function isAbbreviation(token: string): boolean {
  // Each pattern only where it may match (asked at most periods of a text): the opening punctuation where the
  // token opens with some, an initial in one or two units (a capital, maybe a surrogate pair), a dotted
  // abbreviation where a period stands.
  const word = OPENING_CHARS.has(token.charCodeAt(0)) ? token.replace(OPENING_PUNCT, '') : token;
  return (word.length <= 2 && INITIAL.test(word)) || (word.includes('.') && DOTTED_ABBREVIATION.test(word)) || ABBREVIATIONS.has(word);
}

/** The characters {@link OPENING_PUNCT} strips. */
const OPENING_CHARS: ReadonlySet<number> = new Set([...'("\'“‘«['].map((c) => c.charCodeAt(0)));

function isTitleLike(line: string): boolean {
  const words = line.split(SPACES).filter((w) => LONG_WORD.test(w));
  return words.length >= 3 && words.filter((w) => CAPITALISED.test(w)).length / words.length >= 0.6;
}

/** Line-break context of a paragraph: hard-wrapped text (PDF, e-mail) breaks lines mid-sentence. */
interface LineLayout {
  readonly wrapped: boolean;
  readonly width: number;
}

/** A paragraph is hard-wrapped when most of its lines (but the last) run to about the same width. */
function layoutOf(lines: readonly string[]): LineLayout {
  const width = Math.max(...lines.map((l) => l.length));
  const inner = lines.slice(0, -1);
  const full = inner.filter((l) => l.length >= 0.8 * width).length;
  return { wrapped: width >= 40 && inner.length >= 2 && full >= 0.6 * inner.length, width };
}

/** Whether the line break after `line` ends a sentence although the line has no final punctuation. */
function isHardBreak(line: string, next: string, layout: LineLayout, masks: readonly Span[], lineEnd: number, nextStart: number): boolean {
  if (LINE_END_PUNCT.test(line)) return false;
  if (isMasked(masks, lineEnd - 1, lineEnd) || isMasked(masks, nextStart, nextStart + 1)) return true;
  if (LOWER_START.test(next)) return false;
  if (LIST_ITEM.test(next) || LIST_ITEM.test(line)) return true;
  if (LINE_CONTINUES.test(line)) return false;
  if (FUNCTION_WORDS.has(line.slice(line.lastIndexOf(' ') + 1).toLowerCase())) return false;
  return !layout.wrapped || line.length < 0.6 * layout.width || isTitleLike(line);
}

/** Positions inside `[start, end)` where a sentence ends. */
function findBoundaries(text: string, start: number, end: number, masks: readonly Span[]): number[] {
  const cuts: number[] = [];
  // Most paragraphs are one line: no line break to judge, and the stops below come in order.
  const nl = text.indexOf('\n', start);
  const oneLine = nl === -1 || nl >= end;
  const raw = oneLine ? [] : text.slice(start, end).split('\n');
  const lines = raw.map((l) => l.trim());
  const layout = oneLine ? { wrapped: false, width: 0 } : layoutOf(lines.filter((l) => l.length > 0));
  let lineStart = start;
  for (let i = 0; i < raw.length - 1; i++) {
    const lineEnd = lineStart + (raw[i] as string).length;
    const line = lines[i] as string;
    const next = lines[i + 1] as string;
    const trimmedEnd = lineStart + (raw[i] as string).trimEnd().length;
    const nextStart = lineEnd + 1 + ((raw[i + 1] as string).length - (raw[i + 1] as string).trimStart().length);
    if (line && next && isHardBreak(line, next, layout, masks, trimmedEnd, nextStart)) cuts.push(lineEnd);
    lineStart = lineEnd + 1;
  }
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop >= end || isMasked(masks, m.index, stop)) continue;
    // The white space after the stop and the character after it, read from the text (the 40 characters
    // after it are copied only for the rare tests that read them).
    const limit = Math.min(end, stop + 40);
    const gap = spacesAt(text, stop, limit);
    if (gap === 0) {
      const glued = m[0].length === 1 && GLUED_LEFT.test(text.slice(m.index - 2, m.index)) && GLUED_RIGHT.test(text.slice(stop, limit));
      if (glued || CJK_STOP.test(m[0])) cuts.push(stop);
      continue;
    }
    if (stop + gap >= limit || !startsSentence(text, stop + gap)) continue;
    if (m[0] === '.') {
      const before = text.slice(Math.max(start, m.index - 30), m.index);
      // A list number and an ordinal day both end with a digit right before the period: most periods
      // follow a letter, and neither pattern is tried there.
      const digit = isDigit(text.charCodeAt(m.index - 1));
      if (isAbbreviation(lastToken(before)) || (digit && LIST_NUMBER.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
      if (digit && ORDINAL_DAY.test(before) && MONTH_AHEAD.test(text.slice(stop, limit))) continue;
    }
    cuts.push(stop);
  }
  return oneLine ? cuts : cuts.sort((a, b) => a - b);
}

/** True for an ASCII digit's code (`\d` without `u`); false for NaN (no character). */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How many white-space characters stand from `from` on, before `limit`: `/^\s*<rest>/.exec(text.slice(from, limit))[0].length`. */
export function spacesAt(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** {@link SENTENCE_START} for the ASCII characters (capitals, digits, quotes, brackets, hyphen). */
const ASCII_SENTENCE_START = new Uint8Array(128).map((_, c) => (SENTENCE_START.test(String.fromCharCode(c)) ? 1 : 0));

/** `SENTENCE_START.test(text[at])` (one UTF-16 unit, as the slice it read held): ASCII by a table. */
export function startsSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? ASCII_SENTENCE_START[c] === 1 : SENTENCE_START.test(text.charAt(at));
}

/** `/\S*$/.exec(before)[0]`: what follows the last white space, read from the end (the pattern tries every position). */
export function lastToken(before: string): string {
  let i = before.length;
  while (i > 0 && !isSpaceCode(before.charCodeAt(i - 1))) i--;
  return before.slice(i);
}

/** `[start, end)` without the white space at either end (`\s`, read by {@link isSpaceCode}: a pattern per character cost each sentence a few searches). */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function sectionIndex(sections: readonly LiveBlogSection[], pos: number): number | null {
  const i = sections.findIndex((s) => pos >= s.start && pos < s.end);
  return i === -1 ? null : i;
}

/**
 * Splits `text` into sentence spans with their paragraph numbers (rule-based, one pass).
 * @example splitSentences('Four died. Two were hurt.') // [{start: 0, end: 10, paragraph: 0}, {start: 11, end: 25, paragraph: 0}]
 */
export function splitSentences(text: string, masks: readonly Span[] = findMaskedSpans(text)): Array<Span & { paragraph: number }> {
  const out: Array<Span & { paragraph: number }> = [];
  let paragraph = 0;
  let paragraphStart = 0;
  const flush = (paragraphEnd: number): void => {
    let from = paragraphStart;
    let found = false;
    for (const cut of [...findBoundaries(text, paragraphStart, paragraphEnd, masks), paragraphEnd]) {
      const span = trimSpan(text, from, cut);
      if (span) out.push({ start: span.start, end: span.end, paragraph });
      found ||= span !== null;
      from = cut;
    }
    if (found) paragraph++;
  };
  for (const m of execAll(BLANK_LINE, text)) {
    flush(m.index);
    paragraphStart = m.index + m[0].length;
  }
  flush(text.length);
  return out;
}

/**
 * `sentences.v1`: sentence annotations with paragraph and live-blog section numbers.
 * Splits at . ! ? (and Arabic, Urdu, CJK stops) before white space and a capital, digit, quote or
 * non-Latin letter; never after abbreviations, initials, decimals or inside URLs; a line break ends a
 * short unpunctuated line (headline, byline, date line); a blank line ends a paragraph.
 */
export const sentences = defineStage({
  id: STAGE_ID,
  requires: [],
  assigns: ['sentence'],
  run(doc) {
    const sections = doc.report.sections;
    const found: SentenceAnnotation[] = splitSentences(doc.text, maskedSpansOf(doc)).map((span, index) => ({
      kind: 'sentence',
      by: STAGE_ID,
      start: span.start,
      end: span.end,
      index,
      paragraph: span.paragraph,
      section: sectionIndex(sections, span.start),
    }));
    return withAnnotations(doc, found);
  },
});
