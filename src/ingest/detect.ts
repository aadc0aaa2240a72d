import { extname } from 'node:path';
import type { ReportFormat } from '../model/report.js';
import { isCurrentEvents } from './current-events.js';
import { isHtml } from './html.js';
import { isLiveBlog } from './live-blog.js';
import { isHardWrapped } from './pdf-text.js';

/** A detected input format: a report format, or `jsonl` for a file of many reports. */
export type DetectedFormat = ReportFormat | 'jsonl';

const BY_EXTENSION: Record<string, DetectedFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
/** A first line that is a JSON object with a `text` field. */
const JSONL_LINE = /^\s*\{.*"text"\s*:.*\}\s*$/;

/**
 * Refines a declared base format by content: markdown with an entry heading is `current-events`;
 * text with two or more update labels is `live-blog`, text with hard line breaks mid-sentence is
 * `pdf-text`.
 */
export function refineFormat(declared: 'text' | 'markdown' | 'html', text: string): ReportFormat {
  if (declared === 'markdown') return isCurrentEvents(text) ? 'current-events' : 'markdown';
  if (declared === 'text') return isLiveBlog(text) ? 'live-blog' : isHardWrapped(text) ? 'pdf-text' : 'text';
  return 'html';
}

/** The format of a text from its content alone: html, current-events, live-blog, pdf-text, else text. */
export function sniffFormat(text: string): ReportFormat {
  if (isHtml(text)) return 'html';
  if (isCurrentEvents(text)) return 'current-events';
  return refineFormat('text', text);
}

/**
 * Detects the format of an input from its name (`.jsonl`, `.html`, `.md`, `.txt`; a URL's path
 * counts) and its content. `.txt` and unknown extensions are sniffed; unknown ones may be JSONL.
 */
export function detectFormat(source: string, text: string): DetectedFormat {
  const extension = extname(source.replace(/[?#].*$/, '')).toLowerCase();
  const byName = BY_EXTENSION[extension];
  if (byName === 'markdown') return refineFormat('markdown', text);
  if (byName !== undefined) return byName;
  if (!TEXT_EXTENSIONS.has(extension) && JSONL_LINE.test(text.trimStart().split('\n', 1)[0]!)) return 'jsonl';
  return sniffFormat(text);
}
