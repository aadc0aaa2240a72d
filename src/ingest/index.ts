/**
 * Ingest: turns the bytes of a file or URL body into reports. Decoding, format detection and one
 * reader per format; bad input never throws, it becomes an `ok: false` item.
 *
 * @example
 * const { files, missing } = await expandInputs(['reports/', 'bench/**\/*.jsonl']);
 * for (const file of files) {
 *   for (const item of readInput(file, await readFile(file))) {
 *     if (item.ok) analyse(item.report); else console.error(item.message);
 *   }
 * }
 */
import { InputError } from '../errors.js';
import { metaFor } from './build-report.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './detect.js';
import { readJsonl } from './jsonl.js';
import { readAs } from './read-as.js';
import type { ReadItem, ReadOptions } from './types.js';

export { expandInputs } from './expand.js';
export { toRawSpan } from './source-map.js';
export type { InputFormat, InputMeta, ReadItem, ReadOptions } from './types.js';

/** Default largest input, in bytes (10 MiB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads one input (bytes of a file or a URL body; `source` is its path or URL). Never throws on
 * bad input: bad input becomes ok:false items (one per bad JSONL line); a JSONL file gives one
 * item per line, any other input one item. Messages of an ok item include the decoder's (charset).
 */
export function readInput(source: string, bytes: Uint8Array, options: ReadOptions = {}): ReadItem[] {
  try {
    const decoded = decodeBytes(source, bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const format = options.format === undefined || options.format === 'auto' ? detectFormat(source, decoded.text) : options.format;
    if (format === 'jsonl') return readJsonl(source, decoded.text, decoded.messages);
    const { report, messages } = readAs(format, decoded.text, metaFor(source));
    return [{ ok: true, report, messages: [...decoded.messages, ...messages] }];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ ok: false, input: source, line: null, code: error.code, message: error.message }];
  }
}
