import type { Document } from '../model/document.js';
import type { Span } from '../model/span.js';
import { execAll } from '../lexicon/exec-all.js';
import { perReport } from './per-report.js';

/**
 * Text that is not prose: URLs, markdown link targets, e-mail addresses, @handles, #hashtags and
 * file names. Sentence, date and number rules skip these spans.
 */
const MASK_PATTERN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"'”\])]+(?: [a-z]{1,8}\/[^\s<>"']*)?`,
    String.raw`\]\([^)\s]*\)`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?<![\w@])@\w{2,}`,
    String.raw`(?<![\w#&])#[\p{L}\p{N}_]+`,
    String.raw`[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|az|am|ru|ge|ir|uk|info|news|eu|gov|edu|tr|de|fr|it|es|nl|ee|is)\/[^\s<>"']*`,
    String.raw`[\w-]+\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?|pdf|mp4|md|stm)\b`,
  ].join('|'),
  'giu',
);
const LOOK_AHEAD = 80;
/** Only tokens with one of these can hold a mask; the detailed pattern runs on them alone (speed). */
const TRIGGER = /[/@#]|\.[a-z]{2}/gi;
const SPACE = /\s/;

/** Spans of `text` that are not prose (URLs, handles, hashtags, file names), sorted by start. */
export function findMaskedSpans(text: string): readonly Span[] {
  return scanMasks(text);
}

/** The masked spans of a document's text, read once per report: the sentence, date and number stages ask in turn. */
export const maskedSpansOf: (doc: Document) => readonly Span[] = perReport(scanMasks);

/**
 * The masks, token by token (runs of non-space), of the tokens that hold a trigger. The triggers are
 * found by one search of the whole text rather than a test of every token: a trigger lies inside one
 * token (it holds no space), so the tokens visited and their order are the same.
 */
function scanMasks(text: string): Span[] {
  const spans: Span[] = [];
  let covered = 0;
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t !== null; t = TRIGGER.exec(text)) {
    let tokenStart = t.index;
    while (tokenStart > 0 && !SPACE.test(text.charAt(tokenStart - 1))) tokenStart--;
    let tokenEnd = t.index + t[0].length;
    while (tokenEnd < text.length && !SPACE.test(text.charAt(tokenEnd))) tokenEnd++;
    TRIGGER.lastIndex = tokenEnd; // one visit per token
    if (tokenEnd <= covered) continue;
    const from = Math.max(tokenStart, covered);
    // A URL may run on past a stray space ('world/e urope/7278871.stm'): look a little further.
    for (const m of execAll(MASK_PATTERN, text.slice(from, tokenEnd + LOOK_AHEAD))) {
      if (from + m.index >= tokenEnd) break;
      spans.push({ start: from + m.index, end: from + m.index + m[0].length });
      covered = from + m.index + m[0].length;
    }
  }
  return spans;
}

/** True when `[start, end)` overlaps one of the sorted `spans`. */
export function isMasked(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span.start < end;
}
