import type { Document } from '../model/document.js';
import type { Span } from '../model/span.js';
import { WEEKDAY_SOURCE } from './dates/months.js';
import { perReport } from './per-report.js';

/** How a line that carries a date presents it. */
export type DateLineKind = 'heading' | 'dateline' | 'updated';

/** A scraper's metadata prefix at the very start of a text: ` date 2020-07-14 ...`. */
export const DATE_PREFIX = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)(?!\d)/;
const LINK_TARGET = /\]\([^)\s]*\)/g;
const UPDATED_BEFORE =
  /(?:^|[^\p{L}])(?:last[\s-]+)?(?:updated?|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|обновлено|güncellendi|son güncelleme)\s*(?:on|at)?\s*[:|-]?\s*$/iu;
/**
 * The words {@link UPDATED_BEFORE} cannot match without ('updated?' by its first five letters), with its
 * flags: a test about five times faster than the pattern, which tries a letter class at every position.
 */
const UPDATED_WORDS = /updat|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|обновлено|güncellendi|son güncelleme/iu;
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const DATELINE_BEFORE = new RegExp(
  String.raw`^\s*(?:[-–—•*]\s*)?(${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,3})(?:\s*\([^)]{1,30}\))?(?:,\s*${PLACE_WORD}(?: ${PLACE_WORD})?)?,\s*$`,
  'u',
);
/** Capitalised words that start sentences, not datelines ('In Stepanakert, March 4 ...'). */
const NOT_PLACES = new Set(['In', 'On', 'At', 'By', 'From', 'Since', 'As', 'After', 'Before', 'During', 'The', 'Until', 'Also', 'But', 'And']);
const WEEKDAY_WORD = new RegExp(`(?<!\\p{L})${WEEKDAY_SOURCE}\\.?(?!\\p{L})`, 'giu');
const IS_WEEKDAY = new RegExp(`^${WEEKDAY_SOURCE}$`, 'iu');
const CLOCK = /\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi;
const ZONE = /(?<!\p{L})(?:GMT|UTC|CET|CEST|EET|EEST|MSK|AMT|AZT|IST|EST|EDT|PST|PDT|BST|GET|IRST|Uhr)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?(?!\p{L})/gu;
const PARENTHESISED = /\([^)]{0,24}\)/g;
const TOKEN = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;
const WORD_BREAK = /[ -]/;
/** Words a date line may carry besides the date: labels, bylines, the outlet. */
const LABELS = new Set(
  'published posted updated update date datum on at by the of source sources official le el la de am il от дата tarih yayın'.split(' '),
);
const MAX_DATE_LINE = 100;
/** Labels, places and bylines before a date on its line are short; longer means prose. */
const MAX_LABEL = 60;
const MAX_EXTRA_WORDS = 4;

/**
 * True when `before` ends with ',' and white space (`,\s*$`), as every {@link DATELINE_BEFORE} match does: the
 * pattern is run only then (most dates follow prose, 'clashes on ', which it reads word by word to fail).
 */
function endsWithComma(before: string): boolean {
  let end = before.length;
  while (end > 0 && isWhiteSpace(before.charCodeAt(end - 1))) end--;
  return end > 0 && before.charCodeAt(end - 1) === 44;
}

/** `\s` (ECMAScript white space and line terminators) by character code. */
export function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The line of `text` containing position `pos`, without its line break. */
export function lineAt(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl === -1 ? text.length : nl };
}

/** `line` with markdown link targets blanked out (same length, so offsets still hold). */
export function blankLinkTargets(line: string): string {
  return line.replace(LINK_TARGET, (m) => ' '.repeat(m.length));
}

function isDateLineRest(rest: string): boolean {
  const cleaned = rest.replace(PARENTHESISED, ' ').replace(WEEKDAY_WORD, ' ').replace(CLOCK, ' ').replace(ZONE, ' ');
  const tokens = cleaned.match(TOKEN) ?? [];
  if (tokens.length > MAX_EXTRA_WORDS) return false;
  return tokens.every((t) => LABELS.has(t.toLowerCase()) || CAPITALISED.test(t));
}

/**
 * How the line `line` (offsets into `text`) presents the date at `date`: a `heading` date line
 * ('Tuesday, 10 November 2020', 'Published 10 November 2020 | 12:46'), a `dateline`
 * ('BAKU, Azerbaijan, July 14 -'), an `updated` line ('Last update: March 27, 2024'), or null when
 * the date sits inside prose.
 */
export function classifyDateLine(text: string, line: Span, date: Span): DateLineKind | null {
  // Past the text's first line no prefix is read: a date more than a label's length into its line is in
  // prose, decided before the line is copied and its link targets blanked (most dates of a report).
  if (line.start !== 0 && date.start - line.start > MAX_LABEL) return null;
  const raw = text.slice(line.start, line.end);
  // Only a line holding '](' has a link target to blank.
  const lineText = raw.includes('](') ? blankLinkTargets(raw) : raw;
  const prefix = DATE_PREFIX.exec(lineText);
  const offset = prefix && line.start === 0 ? prefix[0].length : 0;
  if (offset > 0 && date.start - line.start < offset) return 'heading';
  const before = lineText.slice(offset, date.start - line.start);
  if (before.length > MAX_LABEL) return null;
  const after = lineText.slice(date.end - line.start);
  if (UPDATED_WORDS.test(before) && UPDATED_BEFORE.test(before)) return 'updated';
  const place = endsWithComma(before) ? DATELINE_BEFORE.exec(before) : null;
  const firstWord = (place?.[1] ?? '').split(WORD_BREAK)[0] ?? '';
  if (place && !NOT_PLACES.has(firstWord) && !IS_WEEKDAY.test(firstWord)) return 'dateline';
  if (lineText.trim().length > MAX_DATE_LINE) return null;
  return isDateLineRest(`${before} ${after}`) ? 'heading' : null;
}

/** A photo credit: 'Photo: AFP', '(Photo by ...)', '/ Photo: Reuters', 'Фото: пресс-служба', 'Source: AP'. */
const PHOTO_CREDIT =
  /(?:^|[\s(/|•–—-])(?:photo|photograph|picture|image|credit|фото|снимок|foto|bild)\s*(?::|©)|(?:^|\()\s*(?:photo|photograph)\s+by\b|\((?:AP|AFP|Reuters|Getty|EPA)\s+Photo|(?:^|[\s.])(?:Source|Photo|Credit):\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|TASS|ТАСС|Shutterstock|Anadolu)[\s.)]*$/iu;
/** A wire-photo caption opening with its place and a double dash: 'Armenia -- Troops hold exercises ...'. */
const PLACE_DASHES = /^\s*\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3},?\s--\s+[\p{Lu}\d]/u;
/** A wire-photo caption ending with its date: '..., Sunday, Nov. 8, 2020.' */
const WEEKDAY_DATE_END = new RegExp(`,\\s+${WEEKDAY_SOURCE},\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$`, 'iu');
/**
 * What every caption form needs somewhere in the text (a cheap test before the line by line one):
 * `/--|photo|...|фото|снимок|...|,\s+\p{L}+,\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}/iu`, tested as its parts
 * (speed only): V8 searches the Latin words and the Cyrillic ones apart faster than one list of both, and
 * the date only where its digits stand (the whole test read about 11 us of a 2 KB report without a caption).
 */
export function hasCaptionHint(text: string): boolean {
  return CAPTION_WORDS.test(text) || CAPTION_WORDS_CYRILLIC.test(text) || (CAPTION_DATE_DIGITS.test(text) && CAPTION_DATE.test(text));
}
const CAPTION_WORDS = /--|photo|picture|image|credit|foto|bild|source:|\((?:AP|AFP|Reuters|Getty|EPA)/iu;
const CAPTION_WORDS_CYRILLIC = /фото|снимок/iu;
const CAPTION_DATE = /,\s+\p{L}+,\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}/iu;
/** What {@link CAPTION_DATE} cannot match without: its day, comma and year. */
const CAPTION_DATE_DIGITS = /\d,\s+\d{4}/;
/** Captions are short; a longer line is prose. */
const MAX_CAPTION = 400;

/**
 * The lines of `text` that are photo captions (a credit, a wire caption's 'Place -- ' opening or its
 * ', Sunday, Nov. 8, 2020.' ending). What a caption dates or places is the photo, not the report's event.
 * @example findCaptionLines('Clash at the border\nArmenia -- Troops on parade on May 9, 2019.\nTwo died.') // [{ start: 20, end: 63 }]
 */
export function findCaptionLines(text: string): Span[] {
  const out: Span[] = [];
  if (!hasCaptionHint(text)) return out;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim().length > 0 && line.length <= MAX_CAPTION && (PHOTO_CREDIT.test(line) || PLACE_DASHES.test(line) || WEEKDAY_DATE_END.test(line))) out.push({ start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/**
 * The caption lines of a document's text ({@link findCaptionLines}), read once per report: the date stage (for a
 * report with no date of its own) and the event ask in turn, and the test for a hint of a caption reads the whole text.
 */
export const captionLinesOf: (doc: Document) => readonly Span[] = perReport(findCaptionLines);
