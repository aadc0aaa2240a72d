import type { DateAnnotation } from '../../model/annotation.js';
import { smallCardinalValue } from '../numbers/cardinals.js';
import { firstDayOf, fromEpochDay, partialOfDay, toEpochDay } from './calendar.js';
import { execAll } from '../../lexicon/exec-all.js';

/**
 * 'A day earlier, ...', '... two days later.', 'the previous day', 'the next day': a count of days
 * from the day told just before, not from the publication date. Only when the phrase stands alone
 * (before a comma or the end of the clause): 'the day before the talks' counts from the talks.
 * 'a day later' is left to the weak day words (the reference day).
 */
const ANAPHORIC = /\b(?:(an?|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(earlier|before|later|after)|the\s+(previous|preceding|next|following)\s+day|the\s+day\s+(before|after))(?=\s*(?:[,.;:)]|$))/gi;
/** How far back the day counted from may be told (about two sentences). */
const REACH = 600;
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Dates for the anaphoric day counts of `text`, from the last day-precise date stated before each
 * in its paragraph (a written day or a weekday, not another relative word), within {@link REACH}
 * characters; else, at the start of a paragraph, from `referenceDay` (the day the report is about);
 * none when neither is known.
 * @example anaphoricDays('Shelling hit Berd on Sept. 25. A day earlier, two died.', dates) // [{ ..., date: { value: '2015-09-24' } }]
 */
export function anaphoricDays(text: string, dates: readonly DateAnnotation[], by: string, referenceDay: string | null): DateAnnotation[] {
  const out: DateAnnotation[] = [];
  for (const m of execAll(ANAPHORIC, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const direction = /earlier|before|previous|preceding/i.test(m[2] ?? m[3] ?? m[4] ?? '') ? -1 : 1;
    const count = m[1] ? smallCardinalValue(m[1]) : 1;
    if (count === null || (direction === 1 && m[1] && count === 1 && /later/i.test(m[2] ?? ''))) continue;
    const anchor = [...dates].reverse().find((d) => d.end <= start && start - d.end <= REACH && d.date.precision === 'day' && d.role === 'body'
      && !/^(?:yesterday|today|overnight)$/i.test(text.slice(d.start, d.end)) && !PARAGRAPH_BREAK.test(text.slice(d.end, start)));
    // A span of days ('on Sept. 24 and 25') is counted from its last day.
    const opensParagraph = /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 20), start));
    const from = anchor ? (anchor.until ?? anchor.date) : referenceDay && opensParagraph ? { value: referenceDay, precision: 'day' as const } : null;
    const day = from ? firstDayOf(from) : null;
    if (!day) continue;
    out.push({
      kind: 'date', by, start, end, date: partialOfDay(fromEpochDay(toEpochDay(day) + direction * count)),
      certainty: 'implied', relative: true, role: 'body', until: null,
    });
  }
  return out;
}
