import { annotationsOf, withAnnotations } from '../../model/document.js';
import type { Document } from '../../model/document.js';
import type { Certainty, DateAnnotation } from '../../model/annotation.js';
import type { PartialDate } from '../../model/report.js';
import { defineStage } from '../../pipeline/stage.js';
import type { StageContext } from '../../pipeline/stage.js';
import { isMasked, maskedSpansOf } from '../masks.js';
import { detectPublished } from '../published.js';
import { partialOfDay, referenceDay, referenceOf } from './calendar.js';
import { anaphoricDays } from './anaphoric.js';
import { anchorQuotedDayWords } from './quotes.js';
import type { Reference } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import type { Span } from '../../model/span.js';
import { extractChronoDates, uncoveredHintIn } from './extract-chrono.js';
import { hasChronoLocale } from './chrono-parsers.js';
import { yearlessAfterSince } from './context-year.js';
import { extractDayWords } from './day-words.js';
import { englishHintsIn, extractRelativeDates, relativeWords } from './extract-relative.js';
import type { RelativeWords } from './extract-relative.js';
import { extractWrittenDates } from './extract-written.js';
import { captionLinesOf } from '../date-lines.js';
import { dropRedundant, removeOverlaps, roleOf } from './refine.js';

export type { Reference } from './calendar.js';

const STAGE_ID = 'dates.v1';

/** Our own candidates over the whole text (one pass; `words`: its {@link relativeWords}), sorted by start. */
function findOwnDates(text: string, ref: Reference | null, language: string | null, words: RelativeWords | null = relativeWords(text, ref)): DateCandidate[] {
  const written = extractWrittenDates(text, 0, ref);
  // Without a reference only dates with their year are read, and days that follow a 'since <date>'.
  const yearless = ref ? [] : yearlessAfterSince(text, written);
  return [...written, ...yearless, ...extractRelativeDates(text, 0, ref, words), ...extractDayWords(text, 0, ref, language)].sort((a, b) => a.start - b.start);
}

/**
 * The candidates of one sentence: ours that lie inside it (`inside`) plus chrono's, overlaps resolved.
 * `hinted`: whether an English sentence holds a hint for chrono that ours leave uncovered, when known.
 */
function findDates(text: string, sentence: Span, inside: readonly DateCandidate[], ref: Reference | null, language: string | null, hinted: boolean | null = null): DateCandidate[] {
  // (Most English sentences have no such hint: then not even a copy of the sentence is made.)
  const chrono = hinted === false && !hasChronoLocale(language) ? [] : extractChronoDates(text.slice(sentence.start, sentence.end), sentence.start, ref, language, inside, hinted);
  return dropRedundant(removeOverlaps([...inside, ...chrono]), text);
}

/**
 * The reference date of a document: its publication date (metadata or detected in the text),
 * else the context's fallback, else null (then only dates with a written year are kept).
 */
export function referenceFor(doc: Document, ctx: StageContext): Reference | null {
  const published = doc.report.published ?? detectPublished(doc.report)?.date ?? null;
  if (published) return referenceOf(published.value);
  const fallback = ctx.fallbackReferenceDate ? referenceOf(ctx.fallbackReferenceDate) : null;
  // The fallback is the day of the event a report tells (lent by its incident), not the day it was
  // written: 'On Feb. 27' in a report of a clash on 24 February is three days later, not a year before.
  return fallback ? { ...fallback, laterDays: FALLBACK_LATER_DAYS } : null;
}

/** How long after an event lent as reference a report may still date what it tells without a year. */
const FALLBACK_LATER_DAYS = 45;

/** The resolution of one date expression. */
export interface ResolvedDate {
  readonly text: string;
  readonly date: PartialDate;
  readonly until: PartialDate | null;
  readonly certainty: Certainty;
  readonly relative: boolean;
}

/**
 * Resolves the first date expression in `text` against `reference` (`YYYY[-MM[-DD]]` or null),
 * with the same rules as the stage. For tests and tools.
 * @example resolveDate('in September of last year', '2023-09-01')?.date // { value: '2022-09', precision: 'month' }
 */
export function resolveDate(text: string, reference: string | null, language: string | null = 'en'): ResolvedDate | null {
  const ref = reference ? referenceOf(reference) : null;
  const first = findDates(text, { start: 0, end: text.length }, findOwnDates(text, ref, language), ref, language).find((c) => !c.dateLineOnly);
  if (!first) return null;
  return { text: text.slice(first.start, first.end), date: first.date, until: first.until, certainty: first.certainty, relative: first.relative };
}

/**
 * `dates.v1`: every date expression, resolved against the report's publication date (metadata or
 * detected), else `ctx.fallbackReferenceDate`, else only dates with a written year. chrono-node
 * (the document language's parser) proposes per sentence; our own rules set the precision
 * (day only when a day, weekday or 'yesterday' is given), read bare years, year and day ranges,
 * 'September of last year', anniversaries and 'overnight', and drop times of day and invented
 * future dates. Each date gets a role from the shape of its line.
 */
export const dates = defineStage({
  id: STAGE_ID,
  requires: ['sentence'],
  assigns: ['date'],
  run(doc, ctx) {
    let ref = referenceFor(doc, ctx);
    const masks = maskedSpansOf(doc);
    let found = datesOf(doc, ref, masks);
    // A report with no date of its own is written no earlier than the last day its opening states ('On Feb. 27,
    // ... both confirmed ... killed over the weekend'): its relative dates are read against that day.
    const stated = ref ? null : lastStatedDay(outsideCaptions(doc, found).filter((d) => d.start < OPENING), true);
    const own = stated !== null ? referenceOf(stated) : null;
    if (own) {
      ref = { ...own, laterDays: FALLBACK_LATER_DAYS };
      // The dates read without it stay as they were (a year the text implies stays implied); the reference adds the others.
      const first = found;
      const added = datesOf(doc, ref, masks).filter((d) => !first.some((f) => f.start < d.end && d.start < f.end));
      found = added.length ? [...first, ...added].sort((a, b) => a.start - b.start) : first;
    }
    let day = ref?.day ? referenceDayValue(ref) : null;
    // A reference lent by the report's incident is the day of its event, not the day the report was written:
    // its 'today' is no earlier than the last day it states ('к 14 июля ... Сегодня', 'killed today ... on Sept. 25').
    const written = ref?.laterDays === FALLBACK_LATER_DAYS && day !== null ? lastStatedDay(found) : null;
    if (written !== null && day !== null && written > day) {
      const lent = day;
      for (const [i, d] of found.entries()) {
        if (d.relative && d.date.value === lent && TODAY.test(doc.text.slice(d.start, d.end))) found[i] = { ...d, date: { value: written, precision: 'day' } };
      }
      day = written;
    }
    const anchored = anchorQuotedDayWords(doc.text, found, day);
    const counted = anaphoricDays(doc.text, anchored, STAGE_ID, day).filter((d) => !isMasked(masks, d.start, d.end));
    return withAnnotations(doc, counted.length ? [...anchored, ...counted].sort((a, b) => a.start - b.start) : anchored);
  },
});

/** The dates of a document's sentences read against `ref`, outside masked spans, each with its role. */
function datesOf(doc: Document, ref: Reference | null, masks: ReturnType<typeof maskedSpansOf>): DateAnnotation[] {
  const words = relativeWords(doc.text, ref);
  const own = findOwnDates(doc.text, ref, doc.language, words);
  // chrono's hints in an English text, read once for all its sentences (in the pass over the relative words, when made).
  const hints = hasChronoLocale(doc.language) ? null : englishHintsIn(doc.text, words);
  const found: DateAnnotation[] = [];
  let next = 0;
  for (const sentence of annotationsOf(doc, 'sentence').sort((a, b) => a.start - b.start)) {
    while (next < own.length && (own[next] as DateCandidate).start < sentence.start) next++;
    let last = next;
    while (last < own.length && (own[last] as DateCandidate).start < sentence.end) last++;
    const inside = last > next ? own.slice(next, last).filter((c) => c.end <= sentence.end) : NONE;
    const hinted = hints === null ? null : uncoveredHintIn(doc.text, hints, sentence.start, sentence.end, inside);
    // An English sentence with no candidate of ours and no hint for chrono has no date (most sentences):
    // `findDates` would give none, after a copy and two passes over the empty list.
    if (inside.length === 0 && hinted === false) continue;
    for (const c of findDates(doc.text, sentence, inside, ref, doc.language, hinted)) {
      if (isMasked(masks, c.start, c.end)) continue;
      const role = roleOf(doc.text, c);
      if (c.dateLineOnly && role !== 'heading') continue;
      found.push({ kind: 'date', by: STAGE_ID, start: c.start, end: c.end, date: c.date, certainty: c.certainty, relative: c.relative, role, until: c.until });
    }
  }
  return found;
}

const NONE: readonly DateCandidate[] = [];

/** 'Today' in the languages the packs read (words for the day of writing, not 'overnight' nor 'a day after'). */
const TODAY = /^(?:(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|сегодня|aujourd['’]hui|heute|hoy|oggi|hoje|vandaag|bugün(?:kü)?|امروز|اليوم|í\s+dag|täna(?:sel)?)$/iu;

/** How far into a report with no date its opening runs: a day stated there is taken as the day it was written. */
const OPENING = 500;

/** The dates outside photo captions (a caption dates its photo). */
function outsideCaptions(doc: Document, found: readonly DateAnnotation[]): readonly DateAnnotation[] {
  const captions = captionLinesOf(doc);
  return captions.length ? found.filter((d) => !captions.some((c) => d.start >= c.start && d.end <= c.end)) : found;
}

/**
 * The latest day the report states in its body in so many words (not a relative day word), as `YYYY-MM-DD`,
 * or null; with `yearImplied`, also a day whose year the report gives elsewhere ('On Feb. 27').
 */
function lastStatedDay(found: readonly DateAnnotation[], yearImplied = false): string | null {
  let last: string | null = null;
  for (const d of found) {
    if (d.role !== 'body' || d.relative || (d.certainty !== 'stated' && !(yearImplied && d.certainty === 'implied'))) continue;
    const value = (d.until ?? d.date).precision === 'day' ? (d.until ?? d.date).value : null;
    if (value !== null && (last === null || value > last)) last = value;
  }
  return last;
}

function referenceDayValue(ref: Reference): string | null {
  const day = referenceDay(ref);
  return day ? partialOfDay(day).value : null;
}
