import type { DateAnnotation } from '../../model/annotation.js';
import { firstDayOf, partialOfDay, toEpochDay, fromEpochDay } from './calendar.js';

/** Day words that count from the day of speaking: 'this morning', 'today', 'tonight', 'overnight', 'yesterday'. */
const SPEAKING_DAY_WORDS = /^(?:overnight|last night|tonight|this morning|this afternoon|this evening|earlier today|today|yesterday)$/i;
/** Opening quotes ('“', '«', '„', '‹'), besides '"' which opens and closes. */
const OPENING_QUOTES = new Set([0x201c, 0xab, 0x201e, 0x2039]);
/** Closing quotes ('”', '»', '“', '›'): '“' closes too, unless a '„' opened (German). */
const CLOSING_QUOTES = new Set([0x201d, 0xbb, 0x201c, 0x203a]);
/** How far before a quote the date of its statement may stand ('X reported on Wednesday, May 12. "This morning ...'). */
const STATEMENT_REACH = 200;
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Start of the quotation that holds `pos` (within its paragraph), or -1 when `pos` is not quoted. */
export function quoteStartAt(text: string, pos: number): number {
  const paragraphStart = Math.max(text.lastIndexOf('\n\n', pos), 0);
  let open = -1;
  // By character codes: most characters are below the first quote mark outside ASCII ('«').
  for (let i = paragraphStart; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) open = open < 0 ? i : -1;
    else if (c < 0xab) continue;
    else if (open < 0) {
      if (OPENING_QUOTES.has(c)) open = i;
    } else if (CLOSING_QUOTES.has(c) && !(c === 0x201c && text.charCodeAt(open) === 0x201e)) open = -1;
  }
  return open;
}

/**
 * Day words inside a quotation count from the day the statement was made, when the report dates it
 * just before the quote: 'The agency reported on Wednesday, May 12. "This morning, troops crossed
 * the border"' is the morning of 12 May, not of the day the report was published. The word keeps
 * its offset from the reference day ('yesterday' in the quote is the day before the statement).
 */
export function anchorQuotedDayWords(text: string, dates: readonly DateAnnotation[], referenceDay: string | null): DateAnnotation[] {
  if (referenceDay === null) return [...dates];
  const reference = firstDayOf({ value: referenceDay, precision: 'day' });
  if (reference === null) return [...dates];
  return dates.map((d) => {
    if (!d.relative || d.date.precision !== 'day' || !SPEAKING_DAY_WORDS.test(text.slice(d.start, d.end).trim())) return d;
    const quote = quoteStartAt(text, d.start);
    if (quote < 0) return d;
    const statement = [...dates]
      .reverse()
      .find((s) => s.end <= quote && quote - s.end <= STATEMENT_REACH && !s.relative && s.date.precision === 'day' && s.role === 'body' && !PARAGRAPH_BREAK.test(text.slice(s.end, quote)));
    const said = statement ? firstDayOf(statement.date) : null;
    const own = firstDayOf(d.date);
    if (!said || !own) return d;
    const shift = toEpochDay(own) - toEpochDay(reference);
    const moved = partialOfDay(fromEpochDay(toEpochDay(said) + shift));
    return moved.value === d.date.value ? d : { ...d, date: moved };
  });
}
