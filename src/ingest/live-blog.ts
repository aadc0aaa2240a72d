import type { LiveBlogSection } from '../model/report.js';
import { buildReport, pickTitle } from './build-report.js';
import type { InputMeta, ReaderResult } from './types.js';

/**
 * A live-blog update label on a line of its own: `Update 3 1430 CET`, `Update 2 - 09.15 CET`,
 * `Update 1430 CET`. Groups: label, sequence, hour, minute, zone.
 */
const UPDATE_LINE =
  /^[ \t]*((?:Update|UPDATE)(?:[ \t]+(\d{1,3}))?(?:[ \t]*[-–—:,])?[ \t]+(\d{1,2})[.:h]?(\d{2})(?:[ \t]*hrs?)?(?:[ \t]+([A-Z]{2,5}(?:[+-]\d{1,2})?))?)[ \t]*$/gm;
/**
 * A live blog's update opened by its time at the start of a line: `14:05 — text`, `9.30am GMT: text`,
 * `14:05 | text`, or the time alone on its line. Groups: label, hour, minute, am/pm, zone.
 */
const ENTRY_LINE =
  /^[ \t]*((\d{1,2})[:.](\d{2})(?:[ \t]*([AaPp])\.?[Mm]\.?)?(?:[ \t]+([A-Z]{2,5}(?:[+-]\d{1,2})?))?)[ \t]*(?:[-–—:|][ \t]+(?=\S)|$)/gm;
const SPACE = /\s/;

/** One update label found in a text. */
interface UpdateLabel {
  readonly start: number;
  readonly label: string;
  readonly seq: number | null;
  readonly time: string;
  readonly zone: string | null;
}

/** The update labels of a text, in the order written (newest first on most live blogs). */
export function findUpdateLabels(text: string): UpdateLabel[] {
  const labels: UpdateLabel[] = [];
  for (const match of text.matchAll(UPDATE_LINE)) {
    const [line, label, seq, hour, minute, zone] = match;
    if (Number(hour) > 23 || Number(minute) > 59) continue;
    labels.push({
      start: match.index + line.indexOf(label!),
      label: label!,
      seq: seq === undefined ? null : Number(seq),
      time: `${hour!.padStart(2, '0')}:${minute}`,
      zone: zone ?? null,
    });
  }
  for (const match of text.matchAll(ENTRY_LINE)) {
    const [line, label, hour, minute, half, zone] = match;
    const h = clockHour(Number(hour), half);
    if (h === null || Number(minute) > 59) continue;
    const start = match.index + line.indexOf(label!);
    if (labels.some((l) => l.start === start)) continue;
    labels.push({ start, label: label!, seq: null, time: `${String(h).padStart(2, '0')}:${minute}`, zone: zone ?? null });
  }
  return labels.sort((a, b) => a.start - b.start);
}

/** The hour on a 24-hour clock of `hour` with its am/pm letter (none: already 24-hour), or null when out of range. */
function clockHour(hour: number, half: string | undefined): number | null {
  if (!half) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (/p/i.test(half) ? 12 : 0);
}

/** True when the text has at least two update labels. */
export function isLiveBlog(text: string): boolean {
  return findUpdateLabels(text).length >= 2;
}

/** The end of `text[start, end)` with trailing white space left out. */
function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && SPACE.test(text[trimmed - 1]!)) trimmed--;
  return trimmed;
}

/**
 * Reads a live blog: the text is kept as written and each update label (`Update N HHMM TZ`, or a time opening a
 * line: `14:05 — ...`) opens a section
 * that runs to the next label (the last one to the end of the text). Text before the first label
 * (title, date line) belongs to no section.
 */
export function readLiveBlog(raw: string, meta: InputMeta): ReaderResult {
  const labels = findUpdateLabels(raw);
  const sections: LiveBlogSection[] = labels.map((label, i) => {
    const next = labels[i + 1]?.start ?? raw.length;
    const { start, seq, time, zone } = label;
    return { start, end: trimmedEnd(raw, start, next), label: label.label, seq, time, zone };
  });
  const report = buildReport(meta, {
    format: 'live-blog',
    text: raw,
    raw,
    sourceMap: [{ start: 0, end: raw.length, rawStart: 0, rawEnd: raw.length }],
    title: pickTitle(raw, meta),
    sections,
  });
  return { report, messages: [] };
}
