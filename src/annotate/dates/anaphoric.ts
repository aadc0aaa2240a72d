import type { DateAnnotation } from '../../model/annotation.js';
import { smallCardinalValue } from '../numbers/cardinals.js';
import { firstDayOf, fromEpochDay, partialOfDay, toEpochDay } from './calendar.js';
import { execAll } from '../../lexicon/exec-all.js';
import { RegExpSet, WordPattern } from '../../lexicon/word-pattern.js';

/**
 * 'A day earlier, ...', '... two days later.', 'the previous day', 'the next day': a count of days
 * from the day told just before, not from the publication date. Only when the phrase stands alone
 * (before a comma or the end of the clause): 'the day before the talks' counts from the talks.
 * 'a day later' is left to the weak day words (the reference day).
 */
export const ANAPHORIC = /\b(?:(an?|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(earlier|before|later|after)|the\s+(previous|preceding|next|following)\s+day|the\s+day\s+(before|after))(?=\s*(?:[,.;:)]|$))/gi;
/** {@link ANAPHORIC} searched faster: after a character that is no letter only (see {@link RegExpSet}). */
const ANAPHORIC_SEARCH = new RegExpSet([ANAPHORIC]);
/**
 * 'The attack came only six days after a missile struck ...': what follows 'after' happened that many
 * days before the subject's day (a day stated earlier in the sentence, else the day the report is about).
 *
 * As `/\b(?:came|...)...after(?=...)/giu`, matched faster: every match starts with a word character, so
 * the leading `\b` is `(?<![\w])` (the same `\w` under `iu`), and a {@link WordPattern} searches for the
 * verbs by their first letter instead of trying the whole list at every position (`iu` makes V8 slow
 * there: about 26 us per 2 KB report, 3 us this way).
 */
export const CAME_DAYS_AFTER = new WordPattern(
  String.raw`(?:came|comes|happened|occurred|took\s+place|followed|was|were)\s+(?:only\s+|just\s+|barely\s+)?((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?|a\s+week|two\s+weeks)\s+after(?=\s+(?:an?|the|another|its|their|\p{Ll}+ed)\s)`,
  { before: '\\w', after: null },
);
/**
 * What {@link ANAPHORIC} cannot match without ('days earlier', 'the day after', 'the previous day'), with its
 * flags: a search that V8 runs from the word 'day' on, about ten times faster than the phrases' own, so that
 * the reports without one (most) skip it.
 */
export const ANAPHORIC_HINT = /day(?:s?\s+(?:earlier|before|later|after)|(?<=(?:previous|preceding|next|following)\s+day))/i;
/** What {@link CAME_DAYS_AFTER} cannot match without ('six days after', 'a week after'), with its flags (`iu`). */
export const CAME_HINT = /(?:day|week)s?\s+after/iu;
/**
 * What either hint needs, in one search ({@link ANAPHORIC_HINT} with 'week' besides 'day', and the flag `u`,
 * which lets a letter match only more characters): most reports hold neither, and each hint searched them
 * to their end.
 */
export const DAY_COUNT_HINT = /(?:day|week)(?:s?\s+(?:earlier|before|later|after)|(?<=(?:previous|preceding|next|following)\s+day))/iu;
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
  const hinted = DAY_COUNT_HINT.test(text);
  for (const m of hinted && ANAPHORIC_HINT.test(text) ? ANAPHORIC_SEARCH.execAll(text)[0]! : []) {
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
  for (const m of hinted && CAME_HINT.test(text) ? CAME_DAYS_AFTER.matchAll(text) : []) {
    const span = { start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length };
    if (dates.some((d) => d.start < span.end && span.start < d.end)) continue;
    const days = daysOf(m[1]!);
    if (days === null) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', span.start), text.lastIndexOf('\n', span.start));
    const anchor = [...dates].reverse().find((d) => d.end <= span.start && d.start > sentenceStart && d.date.precision === 'day' && d.role === 'body');
    const from = anchor ? (anchor.until ?? anchor.date) : referenceDay ? { value: referenceDay, precision: 'day' as const } : null;
    const day = from ? firstDayOf(from) : null;
    if (!day) continue;
    out.push({ kind: 'date', by, ...span, date: partialOfDay(fromEpochDay(toEpochDay(day) - days)), certainty: 'implied', relative: true, role: 'body', until: null });
  }
  return out;
}

/** The days of 'six days', 'a day', 'a week', 'two weeks'; null for a count it cannot read. */
function daysOf(phrase: string): number | null {
  const [count, unit] = phrase.trim().split(/\s+/) as [string, string];
  const n = smallCardinalValue(count);
  return n === null ? null : /^week/i.test(unit) ? n * 7 : n;
}
