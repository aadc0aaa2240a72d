import { buildReport, pickTitle } from './build-report.js';
import { createTextBuilder } from './source-map.js';
import type { TextBuilder } from './source-map.js';
import type { InputMeta, ReaderResult } from './types.js';

/** A line holding only a page number: `3`, `- 3 -`, `Page 3`, `Page 3 of 9`, `3 / 9`. */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?(?:\s*[-–—])?$/i;
/** A line that ends a sentence (or introduces a quote or list). */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;
/** A line start that continues the previous line's sentence. */
const CONTINUATION = /^[\p{Ll}\d]/u;
const URL_END = /(?:https?:\/\/|www\.)\S*(?:\s\S+)?$|\.(?:s?html?|stm|php|aspx?)$|\/$/i;

/**
 * True when `next` continues the sentence of `line`: it starts in lower case, or with a number after
 * a word ('killing\n12 soldiers'), but a date line under a URL or a heading stays its own line.
 */
function continues(line: string, next: string): boolean {
  if (!CONTINUATION.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return /\p{Ll}$/u.test(line) && !URL_END.test(line);
}
const HYPHENATED = /(\p{L}+)-$/u;
const LEADING_WORD = /^\p{L}+/u;
/** Lines longer than this are body text, never a header or footer. */
const MAX_FURNITURE_LENGTH = 100;
/** A line this share of the usual line width or longer is a full line, so its break is a wrap. */
const FULL_LINE_SHARE = 0.8;
/** Below this usual width (in characters) lines are too short to tell wraps from breaks by width. */
const MIN_WRAP_WIDTH = 40;
/** Hard-wrapped text has at least this many mid-sentence breaks, and this share of its line pairs. */
const MIN_WRAPS = 3;
const MIN_WRAP_SHARE = 0.2;

/** A line of a PDF extraction: its trimmed content, its page, and whether it is blank. */
interface PdfLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly page: number;
}

/** Lines split at line feeds and form feeds (a form feed starts a new page), trimmed. */
function scanLines(raw: string): PdfLine[] {
  const lines: PdfLine[] = [];
  let page = 0;
  const lineBreak = /[\n\f]/g;
  let start = 0;
  while (start <= raw.length) {
    lineBreak.lastIndex = start;
    const end = lineBreak.exec(raw)?.index ?? raw.length;
    const text = raw.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, page });
    if (raw[end] === '\f') page++;
    start = end + 1;
  }
  return lines;
}

/** Lines that are page furniture: page numbers, and short lines repeated on several pages. */
function findFurniture(lines: readonly PdfLine[]): Set<PdfLine> {
  const pagesByKey = new Map<string, Set<number>>();
  const countByKey = new Map<string, number>();
  const keyOf = (line: PdfLine): string => line.text.toLowerCase().replace(/\d+/g, '#');
  for (const line of lines) {
    if (line.text === '' || line.text.length > MAX_FURNITURE_LENGTH) continue;
    const key = keyOf(line);
    pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add(line.page));
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  }
  // With form feeds a header shows on two pages or more; without them, three repeats are needed.
  const paged = lines.some((line) => line.page > 0);
  const repeated = (line: PdfLine): boolean =>
    paged ? (pagesByKey.get(keyOf(line))?.size ?? 0) >= 2 : (countByKey.get(keyOf(line)) ?? 0) >= 3;
  const isFurniture = (line: PdfLine): boolean =>
    PAGE_NUMBER.test(line.text) || (line.text.length <= MAX_FURNITURE_LENGTH && repeated(line));
  return new Set(lines.filter((line) => line.text !== '' && isFurniture(line)));
}

/** The usual width of a full line: the 90th percentile of line lengths. */
function usualWidth(lines: readonly PdfLine[]): number {
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/**
 * True when the text looks like a PDF extraction: many line breaks inside sentences (a line
 * without final punctuation followed by a line that starts in lower case or with a digit).
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim());
  let pairs = 0;
  let wraps = 0;
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a === '' || b === '') continue;
    pairs++;
    if (!SENTENCE_END.test(a) && CONTINUATION.test(b)) wraps++;
  }
  return wraps >= MIN_WRAPS && wraps >= MIN_WRAP_SHARE * pairs;
}

/** Joins `a` to `b` across a hyphen: drops it (`inter-national`) unless the word is hyphenated elsewhere or `b` is capitalised. */
function joinHyphenated(builder: TextBuilder, a: PdfLine, b: PdfLine, lowerRaw: string): void {
  const left = HYPHENATED.exec(a.text)![1]!.toLowerCase();
  const right = (LEADING_WORD.exec(b.text)?.[0] ?? '').toLowerCase();
  const keep = !CONTINUATION.test(b.text) || (!lowerRaw.includes(left + right) && lowerRaw.includes(`${left}-${right}`));
  builder.copy(a.start, keep ? a.end : a.end - 1);
}

/**
 * Reads text extracted from a PDF: joins line breaks inside sentences, mends hyphenated breaks,
 * drops page numbers, repeated headers/footers and form feeds, and keeps blank-line paragraph
 * breaks as `\n\n`. Every copied run is mapped to the raw input; joining spaces are generated.
 */
export function readPdfText(raw: string, meta: InputMeta): ReaderResult {
  const all = scanLines(raw);
  const furniture = findFurniture(all);
  const width = usualWidth(all.filter((line) => line.text !== '' && !furniture.has(line)));
  const fullLine = (line: PdfLine): boolean => width >= MIN_WRAP_WIDTH && line.text.length >= FULL_LINE_SHARE * width;
  const lowerRaw = raw.toLowerCase();
  const builder = createTextBuilder(raw);
  let previous: PdfLine | null = null;
  let blank = false;
  let pageBreak = false;
  for (const line of all) {
    if (previous !== null && line.page !== previous.page) pageBreak = true;
    if (furniture.has(line)) pageBreak = true;
    else if (line.text === '') blank = true;
    if (line.text === '' || furniture.has(line)) continue;
    if (previous !== null) {
      const sentenceGoesOn = !SENTENCE_END.test(previous.text) && (pageBreak || !blank);
      if (sentenceGoesOn && HYPHENATED.test(previous.text) && LEADING_WORD.test(line.text)) {
        joinHyphenated(builder, previous, line, lowerRaw);
        previous = line;
        blank = pageBreak = false;
        continue;
      }
      builder.copy(previous.start, previous.end);
      if (blank || pageBreak) builder.generate(sentenceGoesOn ? ' ' : '\n\n');
      else if (URL_END.test(previous.text)) builder.generate('\n');
      else if ((!SENTENCE_END.test(previous.text) && continues(previous.text, line.text)) || fullLine(previous)) builder.generate(' ');
      else builder.generate('\n');
    }
    previous = line;
    blank = pageBreak = false;
  }
  if (previous !== null) builder.copy(previous.start, previous.end);
  const { text, sourceMap } = builder.build();
  const report = buildReport(meta, { format: 'pdf-text', text, raw, sourceMap, title: pickTitle(text, meta) });
  return { report, messages: [] };
}
