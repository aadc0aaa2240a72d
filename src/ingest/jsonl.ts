import { InputError, formatError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import type { Message } from '../model/message.js';
import type { ReportFormat } from '../model/report.js';
import { refineFormat, sniffFormat } from './detect.js';
import { splitLines } from './lines.js';
import { parseIsoDate } from './partial-date.js';
import { readAs } from './read-as.js';
import type { InputMeta, ReadItem } from './types.js';

const BASE_FORMATS = new Set<string>(['text', 'markdown', 'html']);
const REPORT_FORMATS = new Set<string>(['text', 'pdf-text', 'live-blog', 'current-events', 'markdown', 'html']);

type JsonRecord = Readonly<Record<string, unknown>>;

function failure(source: string, line: number, code: ErrorCode, values: Record<string, string | number>): ReadItem {
  return { ok: false, input: source, line, code, message: `[${code}] ${formatError(code, values)}` };
}

function optionalString(record: JsonRecord, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The JSON object on a line, or why there is none. */
function parseRecord(text: string): { record: JsonRecord } | { detail: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { detail: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { detail: 'not a JSON object' };
  const record = value as JsonRecord;
  const id = record['id'];
  if (!((typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id)))) return { detail: 'no "id"' };
  if (typeof record['text'] !== 'string') return { detail: 'no "text" string' };
  return { record };
}

/** The report format of a record: its `format` refined by content, else sniffed (with a warning when unknown). */
function recordFormat(record: JsonRecord, text: string, source: string, messages: Message[]): ReportFormat {
  const declared = record['format'];
  if (typeof declared === 'string' && BASE_FORMATS.has(declared)) return refineFormat(declared as 'text' | 'markdown' | 'html', text);
  if (typeof declared === 'string' && REPORT_FORMATS.has(declared)) return declared as ReportFormat;
  if (declared !== undefined && declared !== null) {
    const reason = `${formatError('E_INGEST_FORMAT', { input: source, detail: JSON.stringify(declared) })}; detected from the text`;
    messages.push({ severity: 'warning', code: 'E_INGEST_FORMAT', reason, place: null, origin: 'ingest.jsonl' });
  }
  return sniffFormat(text);
}

/** The input metadata of a record; `published` is an ISO date (origin `input`). */
function recordMeta(record: JsonRecord, source: string, messages: Message[]): InputMeta {
  const publishedText = optionalString(record, 'published');
  const published = publishedText === null ? null : parseIsoDate(publishedText);
  if (publishedText !== null && published === null) {
    const reason = `${source}: "published" is not an ISO date (${JSON.stringify(publishedText)}); ignored`;
    messages.push({ severity: 'warning', code: 'E_INGEST_JSONL', reason, place: null, origin: 'ingest.jsonl' });
  }
  return {
    source,
    id: String(record['id']),
    url: optionalString(record, 'url'),
    outlet: optionalString(record, 'outlet'),
    title: optionalString(record, 'title'),
    published,
    publishedOrigin: published === null ? null : 'input',
    language: optionalString(record, 'language'),
  };
}

/**
 * Reads a JSONL file of reports (`{id, url, outlet, published, title, format, text}` per line):
 * one item per non-blank line. A bad line (not JSON, no `id`, no `text` string, unreadable text)
 * becomes an `ok: false` item with its 1-based line number, and the other lines go on. `decoded`
 * messages (about the file's charset) are given to every report.
 */
export function readJsonl(source: string, content: string, decoded: readonly Message[]): ReadItem[] {
  const items: ReadItem[] = [];
  for (const [index, line] of splitLines(content).entries()) {
    if (line.text.trim() === '') continue;
    const lineNumber = index + 1;
    const parsed = parseRecord(line.text);
    if ('detail' in parsed) {
      items.push(failure(source, lineNumber, 'E_INGEST_JSONL', { input: source, line: lineNumber, detail: parsed.detail }));
      continue;
    }
    const where = `${source}:${lineNumber}`;
    const raw = (parsed.record['text'] as string).replace(/\r\n?/g, '\n');
    if (raw.trim() === '') {
      items.push(failure(source, lineNumber, 'E_INGEST_EMPTY', { input: where }));
      continue;
    }
    const messages: Message[] = [...decoded];
    const meta = recordMeta(parsed.record, where, messages);
    const format = recordFormat(parsed.record, raw, where, messages);
    try {
      const result = readAs(format, raw, meta);
      items.push({ ok: true, report: result.report, messages: [...messages, ...result.messages] });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      items.push({ ok: false, input: source, line: lineNumber, code: error.code, message: error.message });
    }
  }
  return items;
}
