import { buildReport } from './build-report.js';
import { splitLines, trimLine } from './lines.js';
import { inlineRuns } from './markdown-inline.js';
import type { Run } from './markdown-inline.js';
import { createTextBuilder } from './source-map.js';
import type { InputMeta, ReaderResult } from './types.js';

const FENCE = /^\s{0,3}(?:```|~~~)/;
const ATX_HEADING = /^\s{0,3}(#{1,6})[ \t]+/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:[ \t]+\S/;
const TABLE_DELIMITER = /^\s*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?\s*$/;
/** Blockquote markers, then a list marker. */
const BLOCK_PREFIX = /^(?:\s*>[ \t]?)*\s*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;
const LIST_ITEM = /^(?:\s*>[ \t]?)*\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** What separates a line from the text before it, weakest first. */
const SEPARATORS = ['', ' ', '\n', '\n\n'] as const;
type Gap = 0 | 1 | 2 | 3;

/**
 * Reads markdown that is not a current-events page: strips heading markers, emphasis, links (to
 * their text), images, list and quote markers; soft line breaks become spaces, headings and list
 * items start a line, blank lines separate paragraphs. Copied runs are mapped to the raw input.
 */
export function readMarkdown(raw: string, meta: InputMeta): ReaderResult {
  const builder = createTextBuilder(raw);
  let gap: Gap = 0;
  let inFence = false;
  let title: string | null = null;
  const emit = (runs: readonly Run[], before: Gap): boolean => {
    if (!runs.some(([start, end]) => raw.slice(start, end).trim() !== '')) return false;
    if (builder.length > 0) builder.generate(SEPARATORS[Math.max(gap, before)]!);
    for (const [start, end] of runs) builder.copy(start, end);
    gap = 0;
    return true;
  };
  for (const line of splitLines(raw)) {
    const { start, end } = trimLine(line);
    if (FENCE.test(line.text)) {
      inFence = !inFence;
      gap = 3;
    } else if (inFence) {
      emit([[line.start, line.end]], 2);
    } else if (start === end || THEMATIC_BREAK.test(line.text)) {
      gap = 3;
    } else if (REFERENCE_DEFINITION.test(line.text) || TABLE_DELIMITER.test(line.text)) {
      continue;
    } else if (SETEXT_UNDERLINE.test(line.text)) {
      gap = 3;
    } else if (ATX_HEADING.test(line.text)) {
      const level = ATX_HEADING.exec(line.text)![1]!.length;
      const closing = ATX_CLOSING.exec(raw.slice(start, end))?.[0].length ?? 0;
      const runs = inlineRuns(raw, line.start + ATX_HEADING.exec(line.text)![0].length, end - closing);
      if (emit(runs, 3) && level === 1) title ??= runs.map(([from, to]) => raw.slice(from, to)).join('');
      gap = 3;
    } else if (line.text.trimStart().startsWith('|')) {
      const cells = line.text.trim().split('|').slice(1);
      if (line.text.trim().endsWith('|')) cells.pop();
      let cellStart = line.start + line.text.indexOf('|') + 1;
      cells.forEach((cell, i) => {
        const lead = cell.length - cell.trimStart().length;
        emit(inlineRuns(raw, cellStart + lead, cellStart + lead + cell.trim().length), i === 0 ? 2 : 1);
        cellStart += cell.length + 1;
      });
    } else {
      const prefix = BLOCK_PREFIX.exec(line.text)![0].length;
      emit(inlineRuns(raw, line.start + prefix, end), LIST_ITEM.test(line.text) ? 2 : 1);
    }
  }
  const { text, sourceMap } = builder.build();
  const report = buildReport(meta, { format: 'markdown', text, raw, sourceMap, title: meta.title ?? title });
  return { report, messages: [] };
}
