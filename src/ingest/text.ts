import { buildReport, pickTitle } from './build-report.js';
import type { ReaderResult, InputMeta } from './types.js';

/**
 * Reads plain text: the text is kept as written (newlines already normalised) and maps to the raw
 * input one to one. The title is the input's title, else a short first line.
 */
export function readText(raw: string, meta: InputMeta): ReaderResult {
  const report = buildReport(meta, {
    format: 'text',
    text: raw,
    raw,
    sourceMap: [{ start: 0, end: raw.length, rawStart: 0, rawEnd: raw.length }],
    title: pickTitle(raw, meta),
  });
  return { report, messages: [] };
}
