import type { ErrorCode } from '../errors.js';
import type { Message } from '../model/message.js';
import type { DateOrigin, PartialDate, Report, ReportFormat } from '../model/report.js';

/** A format name a caller may ask for; `auto` detects it from the extension and the content. */
export type InputFormat = 'auto' | ReportFormat | 'jsonl';

/** Options of `readInput`. */
export interface ReadOptions {
  /** Defaults to `auto`. An explicit format skips detection. */
  format?: InputFormat;
  /** Inputs larger than this many bytes are refused before decoding; default 10 MiB. */
  maxBytes?: number;
}

/** One report read from an input, or one input (or JSONL line) that could not be read. */
export type ReadItem =
  | { ok: true; report: Report; messages: Message[] }
  | { ok: false; input: string; line: number | null; code: ErrorCode; message: string };

/** What an input says about itself before a reader looks at its text (JSONL fields, a URL). */
export interface InputMeta {
  /** A file path, `path:line` for JSONL, or a URL. */
  readonly source: string;
  /** The input's own id (JSONL), or null to derive one from the text. */
  readonly id: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: PartialDate | null;
  readonly publishedOrigin: DateOrigin | null;
  readonly language: string | null;
}

/** What a reader returns: the report and the problems it noticed on the way. */
export interface ReaderResult {
  readonly report: Report;
  readonly messages: Message[];
}

/** A reader turns one decoded, newline-normalised input into a report; it throws `InputError` on bad input. */
export type Reader = (raw: string, meta: InputMeta) => ReaderResult;
