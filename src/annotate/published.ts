import type { DateOrigin, PartialDate, Report } from '../model/report.js';
import type { Span } from '../model/span.js';
import { classifyDateLine } from './date-lines.js';
import { findAbsoluteDates } from './dates/absolute.js';
import { firstDayOf, partialOf, toEpochDay } from './dates/calendar.js';
import { findMaskedSpans, isMasked } from './masks.js';
import { parseUrlDate } from './published-url.js';

/** A publication date found for a report, with where it came from. */
export interface DetectedPublished {
  readonly date: PartialDate;
  readonly origin: DateOrigin;
  /** The date's text in `report.text`; null for metadata and URL dates. */
  readonly span: Span | null;
}

interface Candidate extends DetectedPublished {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** The top of a page: where date lines, datelines and 'Updated' lines are looked for. */
const HEADER_CHARS = 1200;
const HEADER_LINES = 15;
const ENTRY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A top date this much later than every other date the page gives is a scrape (or weather) date. */
const SCRAPE_GAP_DAYS = 180;
const ORIGIN_RANK: Readonly<Record<DateOrigin, number>> = { metadata: 0, input: 0, heading: 1, dateline: 2, 'updated-line': 3, url: 4 };

function candidateOf(year: number, month: number | null, day: number | null, origin: DateOrigin, span: Span | null): Candidate {
  return { year, month, day, origin, span, date: partialOf(year, month, month === null ? null : day) };
}

/** Offsets from UTC, in minutes, of the zone abbreviations news pages print after a time. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, WET: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, AMT: 240, AZT: 240, GET: 240,
  IRST: 210, IST: 330, EST: -300, EDT: -240, CST: -360, CDT: -300, PST: -480, PDT: -420,
};
const TIME_AND_ZONE = /^[\s|,–-]*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?\s*(?:\(?(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?\)?|([A-Z]{2,4})\b)/i;

/** Days to add to a local date so that it is the UTC date, from a time and zone written after it (0 when none). */
function utcDayShift(after: string): number {
  const m = TIME_AND_ZONE.exec(after);
  if (!m) return 0;
  let hour = Number(m[1]) % 24;
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const offset = m[7] !== undefined ? ZONE_OFFSETS[m[7].toUpperCase()] : (m[4] === '+' ? 1 : -1) * (Number(m[5]) * 60 + Number(m[6] ?? 0));
  if (offset === undefined) return 0;
  const minutes = hour * 60 + Number(m[2]) - offset;
  return minutes < 0 ? -1 : minutes >= 24 * 60 ? 1 : 0;
}

function headerCandidates(text: string, masks: readonly Span[], yearHint: (month: number, day: number) => number | null): Candidate[] {
  const found: Candidate[] = [];
  let lineStart = 0;
  for (let n = 0; n < HEADER_LINES && lineStart < Math.min(text.length, HEADER_CHARS); ) {
    const nl = text.indexOf('\n', lineStart);
    const line = { start: lineStart, end: nl === -1 ? text.length : nl };
    if (text.slice(line.start, line.end).trim()) n++;
    for (const m of findAbsoluteDates(text.slice(line.start, line.end))) {
      const span = { start: line.start + m.start, end: line.start + m.end };
      if (isMasked(masks, span.start, span.end)) continue;
      const kind = classifyDateLine(text, line, span);
      if (kind === null || (m.form === 'iso-month' && kind !== 'heading')) continue;
      const year = m.year ?? (kind === 'dateline' && m.day !== null ? yearHint(m.month, m.day) : null);
      if (year === null) continue;
      const origin: DateOrigin = kind === 'updated' ? 'updated-line' : kind;
      // 'Aug 02 2014 | 12:46 AM IST' is still 1 August in UTC: a stated time and zone move the day.
      const shift = m.day === null ? 0 : utcDayShift(text.slice(span.end, line.end));
      if (shift !== 0 && m.day !== null) {
        const moved = new Date(Date.UTC(year, m.month - 1, m.day + shift));
        found.push(candidateOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate(), origin, span));
      } else found.push(candidateOf(year, m.month, m.day, origin, span));
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return found;
}

function epochOf(c: { date: PartialDate }): number {
  const day = firstDayOf(c.date);
  return day ? toEpochDay(day) : 0;
}

/** Drops top dates far later than everything else the page dates (a scrape date over an old story). */
function dropScrapeDates(candidates: readonly Candidate[], bodyDays: readonly number[]): Candidate[] {
  if (candidates.length < 2) return [...candidates];
  return candidates.filter((c) => {
    if (c.origin === 'url') return true;
    const others = [...candidates.filter((o) => o !== c).map(epochOf), ...bodyDays];
    return epochOf(c) <= Math.max(...others) + SCRAPE_GAP_DAYS;
  });
}

/** A more precise candidate that agrees with `best` on every part `best` states, if any. */
function refinePrecision(best: Candidate, candidates: readonly Candidate[]): Candidate {
  if (best.day !== null) return best;
  const finer = candidates.find(
    (c) => c.year === best.year && (best.month === null ? c.month !== null : c.month === best.month && c.day !== null),
  );
  return finer ? refinePrecision(finer, candidates) : best;
}

/**
 * The publication date of a report: its metadata when present, else (in this order of preference)
 * a date line at the top (or the current-events entry date), a dateline ('BAKU, July 14'; its year
 * only from the URL or a full date in the text), an 'Updated' line, a date in the URL path.
 *
 * Scrape dates: a top date more than 180 days later than every other date the page gives (other
 * top dates, the URL, full dates in the body) is taken for the date the page was scraped or a
 * weather widget, and skipped, provided another candidate remains. A lone top date is kept.
 * A month-precision winner is refined by any candidate that agrees and names the day.
 */
export function detectPublished(report: Report): DetectedPublished | null {
  if (report.published) return { date: report.published, origin: report.publishedOrigin ?? 'metadata', span: null };
  const text = report.text;
  const masks = findMaskedSpans(text);
  const bodyDates = findAbsoluteDates(text).filter((m) => m.year !== null && m.form !== 'iso-month' && !isMasked(masks, m.start, m.end));
  const url = report.url ? parseUrlDate(report.url) : null;
  const yearHint = (month: number, day: number): number | null =>
    url?.year ?? bodyDates.find((m) => m.month === month && m.day === day)?.year ?? null;

  const candidates: Candidate[] = [];
  const entry = report.entry?.date ? ENTRY_DATE.exec(report.entry.date) : null;
  if (entry) {
    const span = findAbsoluteDates(text.slice(0, 200)).find((m) => m.year === Number(entry[1]) && m.month === Number(entry[2]) && m.day === Number(entry[3]));
    candidates.push(candidateOf(Number(entry[1]), Number(entry[2]), Number(entry[3]), 'heading', span ? { start: span.start, end: span.end } : null));
  }
  candidates.push(...headerCandidates(text, masks, yearHint));
  if (url) candidates.push(candidateOf(url.year, url.month, url.day, 'url', null));

  const header = new Set(candidates.map((c) => c.span?.start));
  const bodyDays = bodyDates.filter((m) => !header.has(m.start)).map((m) => toEpochDay({ year: m.year ?? 0, month: m.month, day: m.day ?? 1 }));
  const kept = dropScrapeDates(candidates, bodyDays);
  const best = [...kept].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin])[0];
  if (!best) return null;
  const { date, origin, span } = refinePrecision(best, kept);
  return { date, origin, span };
}
