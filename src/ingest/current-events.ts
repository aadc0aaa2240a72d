import type { Message } from '../model/message.js';
import type { CurrentEventsEntry, RelatedEntry, SourceLink } from '../model/report.js';
import { buildReport } from './build-report.js';
import { isBlank, splitLines, trimLine } from './lines.js';
import type { Line } from './lines.js';
import { readMarkdown } from './markdown.js';
import { dayFromParts } from './partial-date.js';
import { createTextBuilder } from './source-map.js';
import type { InputMeta, ReaderResult } from './types.js';

/** The entry heading: `### [2017-02-25](/news/2017/02/25/index.md)`. Groups: year, month, day. */
const HEADING = /^###[ \t]+\[(\d{4})-(\d{1,2})-(\d{1,2})\]\(\/news\/[^)\s]*\)[ \t]*$/m;
const SUBHEADING = /^###[ \t]+(.*?):?[ \t]*$/;
const SUMMARY_MARKER = /^#{1,2}[ \t]+/;
const SOURCE_ITEM = /^\s*\d+[.)][ \t]+\[([^\]]+)\]\(([^)\s]+)\)/;
/** A related item: `N. [text](/news/Y/M/D/slug.md) _Context: A, B_`; the text may hold brackets. */
const RELATED_ITEM = /^\s*\d+[.)][ \t]+\[(.*)\]\(([^)\s]+)\)[ \t]*(?:_Context:[ \t]*([^_]*)_)?/;
const NEWS_PATH_DATE = /\/news\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//;
/** Links under `### Source:` that are pictures, not sources. */
const IMAGE_URL = /\.(?:png|jpe?g|gif|svg|webp)(?:[?#].*)?$/i;

/** True when the text has a current-events entry heading. */
export function isCurrentEvents(text: string): boolean {
  return HEADING.test(text);
}

/** The lines of each `### Name:` block after the heading, keyed by lower-case name. */
function blocksByName(lines: readonly Line[]): Map<string, Line[]> {
  const blocks = new Map<string, Line[]>();
  let current: Line[] | null = null;
  for (const line of lines) {
    const sub = SUBHEADING.exec(line.text);
    if (sub !== null) blocks.set(sub[1]!.toLowerCase(), (current = []));
    else current?.push(line);
  }
  return blocks;
}

function readSources(lines: readonly Line[]): SourceLink[] {
  return lines.flatMap((line) => {
    const match = SOURCE_ITEM.exec(line.text);
    return match === null || IMAGE_URL.test(match[2]!) ? [] : [{ outlet: match[1]!.trim(), url: match[2]! }];
  });
}

function readRelated(lines: readonly Line[]): RelatedEntry[] {
  return lines.flatMap((line) => {
    const match = RELATED_ITEM.exec(line.text);
    if (match === null) return [];
    const [, text, path, context] = match;
    const date = NEWS_PATH_DATE.exec(path!);
    return [{
      text: text!.trim(),
      path: path!,
      date: date === null ? null : (dayFromParts(date[1]!, date[2]!, date[3]!)?.value ?? null),
      context: (context ?? '').split(',').map((item) => item.trim()).filter((item) => item !== ''),
    }];
  });
}

/**
 * Reads a current-events portal page (markdown): the date from the entry heading, the summary
 * paragraphs (copied verbatim, without the `# ` marker) as the report text, and the sources and
 * related entries into `entry`. Related entries are other events and stay out of the text.
 * A page without an entry heading is read as plain markdown, with a warning.
 */
export function readCurrentEvents(raw: string, meta: InputMeta): ReaderResult {
  const lines = splitLines(raw);
  const headingIndex = lines.findIndex((line) => HEADING.test(line.text));
  const heading = headingIndex === -1 ? null : HEADING.exec(lines[headingIndex]!.text)!;
  const date = heading === null ? null : dayFromParts(heading[1]!, heading[2]!, heading[3]!);
  if (date === null) {
    const fallback = readMarkdown(raw, meta);
    const reason = `${meta.source} has no valid \`### [YYYY-MM-DD](/news/...)\` heading; read as markdown`;
    const warning: Message = { severity: 'warning', code: 'E_INGEST_FORMAT', reason, place: null, origin: 'ingest.current-events' };
    return { report: fallback.report, messages: [warning, ...fallback.messages] };
  }
  const rest = lines.slice(headingIndex + 1);
  const summaryEnd = rest.findIndex((line) => SUBHEADING.test(line.text));
  const builder = createTextBuilder(raw);
  let paragraphStart: number | null = null;
  let paragraphEnd = 0;
  const flush = (): void => {
    if (paragraphStart === null) return;
    if (builder.length > 0) builder.generate('\n\n');
    builder.copy(paragraphStart, paragraphEnd);
    paragraphStart = null;
  };
  for (const line of summaryEnd === -1 ? rest : rest.slice(0, summaryEnd)) {
    if (isBlank(line)) {
      flush();
      continue;
    }
    const { start, end } = trimLine(line);
    const marker: number = paragraphStart === null ? (SUMMARY_MARKER.exec(raw.slice(start, end))?.[0].length ?? 0) : 0;
    paragraphStart ??= start + marker;
    paragraphEnd = end;
  }
  flush();
  const { text, sourceMap } = builder.build();
  const blocks = blocksByName(rest);
  const entry: CurrentEventsEntry = {
    date: date.value,
    summary: text,
    sources: readSources(blocks.get('source') ?? blocks.get('sources') ?? []),
    related: readRelated(blocks.get('related') ?? []),
  };
  const report = buildReport(meta, { format: 'current-events', text, raw, sourceMap, published: date, publishedOrigin: 'heading', entry });
  return { report, messages: [] };
}
