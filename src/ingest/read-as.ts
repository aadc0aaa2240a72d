import type { ReportFormat } from '../model/report.js';
import { readCurrentEvents } from './current-events.js';
import { readHtml } from './html.js';
import { readLiveBlog } from './live-blog.js';
import { readMarkdown } from './markdown.js';
import { readPdfText } from './pdf-text.js';
import { readText } from './text.js';
import type { InputMeta, Reader, ReaderResult } from './types.js';

/** The reader of each report format. */
const READERS: Record<ReportFormat, Reader> = {
  text: readText,
  'pdf-text': readPdfText,
  'live-blog': readLiveBlog,
  'current-events': readCurrentEvents,
  markdown: readMarkdown,
  html: readHtml,
};

/** Reads a decoded input with the reader of `format`; throws `InputError` on bad input. */
export function readAs(format: ReportFormat, raw: string, meta: InputMeta): ReaderResult {
  return READERS[format](raw, meta);
}
