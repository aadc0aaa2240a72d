import { join } from 'node:path';
import type { RelatedLink } from '../link/related.js';
import type { Incident } from '../model/incident.js';
import { writeFileAtomic } from './atomic-write.js';
import { escapeInline, escapeLine, linkDestination, oneLine } from './markdown-text.js';
import { dateFolder, dateLabel, dayPath, entryPath } from './news-paths.js';

export type { RelatedLink } from '../link/related.js';
export { dateFolder, dayPath, entryPath, slugOf } from './news-paths.js';

/** One entry of the current-events export: an incident, the reports it rests on, and related incidents. */
export interface EntryPage {
  readonly incident: Incident;
  /** The reports' outlets and URLs, in the order to list them. */
  readonly sources: readonly { readonly outlet: string; readonly url: string }[];
  readonly related: readonly RelatedLink[];
  /** An optional paragraph under the summary, as in seed 002; without one the line stays empty, as in seed 000. */
  readonly details?: string;
}

/**
 * Renders one entry in the structure of the portal pages (seeds 000 and 002):
 * `### [YYYY-MM-DD](/news/YYYY/MM/DD/index.md)`, a blank line, `# <summary>`, the details paragraph
 * (or an empty one) and two blank lines, `### Source:` with a numbered `[Outlet](url)` list, and
 * `### Related:` with a numbered `[summary](/news/YYYY/MM/DD/<slug>.md) _Context: A, B_` list.
 * Text is markdown-escaped; a source URL that is neither http(s) nor site-relative is not linked
 * (the outlet is written as plain text). Ends with one newline.
 */
export function renderEntry(page: EntryPage): string {
  const date = page.incident.date?.value ?? null;
  const sources = page.sources.map((source, i) => `${i + 1}. ${renderSource(source.outlet, source.url)}`);
  const related = page.related.map((link, i) => `${i + 1}. ${renderRelated(link)}`);
  const lines = [
    `### [${dateLabel(date)}](/${dayPath(date)})`,
    '',
    `# ${escapeLine(page.incident.summary)}`,
    '',
    escapeLine(page.details ?? ''),
    '',
    '',
    '### Source:',
    '',
    ...(sources.length > 0 ? [...sources, ''] : []),
    '### Related:',
    ...(related.length > 0 ? ['', ...related] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A day's index page: its entries as {@link renderEntry} writes them, in the given order, separated
 * by a blank line and `---`. Throws when a page belongs to another day (a bug in the caller).
 */
export function renderDay(date: string | null, pages: readonly EntryPage[]): string {
  const folder = dateFolder(date);
  for (const page of pages) {
    if (dateFolder(page.incident.date?.value ?? null) !== folder) {
      throw new RangeError(`renderDay(${date}) got incident ${page.incident.id} of ${page.incident.date?.value ?? 'no date'}: this is a bug`);
    }
  }
  return pages.map(renderEntry).join('\n---\n\n');
}

/**
 * Writes the export under `outDir`: `news/YYYY/MM/DD/index.md` per day (`news/undated/index.md` for
 * incidents without a date) and one page per entry at {@link entryPath}; an entry whose path is
 * already taken that day gets `-2`, `-3` ... Every file goes to a temporary name first and is then
 * renamed. Returns the paths written (joined to `outDir`), sorted.
 */
export async function exportCurrentEvents(pages: readonly EntryPage[], outDir: string): Promise<string[]> {
  const days = new Map<string, { date: string | null; pages: EntryPage[] }>();
  const files = new Map<string, string>();
  for (const page of pages) {
    const date = page.incident.date?.value ?? null;
    const folder = dateFolder(date);
    const day = days.get(folder) ?? { date, pages: [] };
    day.pages.push(page);
    days.set(folder, day);
    files.set(freePath(files, entryPath(date, page.incident.summary)), renderEntry(page));
  }
  for (const day of days.values()) files.set(dayPath(day.date), renderDay(day.date, day.pages));
  const written: string[] = [];
  for (const relative of [...files.keys()].sort()) {
    const path = join(outDir, ...relative.split('/'));
    await writeFileAtomic(path, files.get(relative)!);
    written.push(path);
  }
  return written;
}

function renderSource(outlet: string, url: string): string {
  const destination = linkDestination(url);
  const name = oneLine(outlet);
  if (destination === null) return escapeLine(name === '' ? 'Source' : name);
  return `[${escapeInline(name === '' ? oneLine(url) : name)}](${destination})`;
}

function renderRelated(link: RelatedLink): string {
  const text = `[${escapeInline(oneLine(link.incident.summary))}](/${entryPath(link.incident.date, link.incident.summary)})`;
  const context = link.context.map((name) => escapeInline(oneLine(name))).filter((name) => name !== '');
  return context.length > 0 ? `${text} _Context: ${context.join(', ')}_` : text;
}

/** `path`, or `path` with `-2`, `-3` ... before `.md` when an earlier entry took it. */
function freePath(taken: ReadonlyMap<string, string>, path: string): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = path.replace(/\.md$/, `-${n}.md`);
  return candidate;
}
