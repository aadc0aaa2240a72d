/**
 * The catalogue of error codes. Every message raised on bad input carries one of these codes;
 * `formatError` fills the `{placeholders}`.
 */
export const ERRORS = {
  E_INGEST_READ: 'Cannot read {input}: {detail}',
  E_INGEST_EMPTY: '{input} is empty',
  E_INGEST_BINARY: '{input} looks like a binary file ({detail}), not a text report',
  E_INGEST_TOO_LARGE: '{input} is {size} bytes, more than the limit of {limit} bytes',
  E_INGEST_ENCODING: 'Cannot decode {input} as {charset}',
  E_INGEST_HTML: '{input}: {detail}',
  E_INGEST_JSONL: '{input}:{line}: {detail}',
  E_INGEST_FORMAT: '{input}: unknown format {detail}',
  E_INGEST_NO_TEXT: '{input} has no readable text after extraction',
  E_PIPELINE_STAGE: 'Stage {stage} failed on {input}: {detail}',
  E_PIPELINE_ORDER: 'Stage {stage} requires {kind}, which no earlier stage assigns (order: {order})',
  E_STORE_WRITE: 'Cannot store {input}: {detail}',
  E_STORE_OPEN: 'Cannot open the store at {input}: {detail}',
  E_LEXICON_PACK: 'Lexicon pack {pack} is invalid: {detail}',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** The message for a code with its placeholders filled. */
export function formatError(code: ErrorCode, values: Record<string, string | number>): string {
  return ERRORS[code].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** An error on bad input that names the input and the problem; thrown by readers, caught per input. */
export class InputError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, values: Record<string, string | number>, options?: { cause?: unknown }) {
    super(`[${code}] ${formatError(code, values)}`, options);
    this.code = code;
    this.name = 'InputError';
  }
}
