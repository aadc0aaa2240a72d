import { isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { InputError, formatError } from '../errors.js';
import type { Message } from '../model/message.js';

/** A decoded input: newline-normalised text and the charset it was read as. */
export interface Decoded {
  readonly text: string;
  readonly charset: string;
  readonly messages: Message[];
}

/** Share of NUL bytes at every other position that marks BOM-less UTF-16 text. */
const UTF16_NUL_SHARE = 0.3;
/** Share of control characters (besides tab, line feed, form feed, carriage return) that marks binary data. */
const BINARY_CONTROL_SHARE = 0.05;
/** Bytes looked at when guessing UTF-16 from NUL positions, or a legacy charset with chardet. */
const SNIFF_BYTES = 64 * 1024;
/** Below this chardet confidence, a non-UTF-8 input is read as Windows-1252. */
const MIN_CHARDET_CONFIDENCE = 30;
/** chardet names read as Windows-1252 (its printable superset). */
const WESTERN = new Set(['ISO-8859-1', 'windows-1252', 'ASCII', 'UTF-8']);
/** Tab, line feed, form feed, carriage return. */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
/** Bytes searched for an HTML charset declaration. */
const DECLARATION_BYTES = 2048;
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

function binary(input: string, detail: string): InputError {
  return new InputError('E_INGEST_BINARY', { input, detail });
}

/** `utf-16le` / `utf-16be` when NUL bytes sit at every other position, as in UTF-16 Latin text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd / pairs >= UTF16_NUL_SHARE && even === 0) return 'utf-16le';
  if (even / pairs >= UTF16_NUL_SHARE && odd === 0) return 'utf-16be';
  return null;
}

function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f || code === 0xfffd) count++;
  }
  return count;
}

/** The charset an HTML page declares in its first bytes (`<meta charset=...>`), when iconv knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, DECLARATION_BYTES));
  const name = DECLARED_CHARSET.exec(head)?.[1];
  return name !== undefined && iconv.encodingExists(name) && !/^utf-?8$/i.test(name) ? name.toLowerCase() : null;
}

/** chardet's best single-byte guess, falling back to Windows-1252. */
function guessLegacyCharset(bytes: Uint8Array): string {
  const [best] = analyse(bytes.subarray(0, SNIFF_BYTES));
  if (best === undefined || WESTERN.has(best.name) || best.confidence < MIN_CHARDET_CONFIDENCE) return 'windows-1252';
  if (best.name.startsWith('UTF') || !iconv.encodingExists(best.name)) return 'windows-1252';
  return best.name;
}

/**
 * Decodes the bytes of one input: UTF-8 (BOM stripped), UTF-16 LE/BE (BOM or NUL pattern), else
 * the charset an HTML page declares or chardet finds (Windows-1252 by default), with a message
 * naming it. Line breaks become `\n`. Throws `InputError`: E_INGEST_TOO_LARGE (checked before
 * anything is decoded), E_INGEST_EMPTY, E_INGEST_BINARY.
 */
export function decodeBytes(input: string, bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) throw new InputError('E_INGEST_TOO_LARGE', { input, size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new InputError('E_INGEST_EMPTY', { input });
  const messages: Message[] = [];
  let charset = 'utf-8';
  let text: string;
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const utf16 = bom ?? sniffUtf16(bytes);
  if (utf16 !== null) {
    charset = utf16;
    text = new TextDecoder(utf16).decode(bytes);
    const how = bom !== null ? 'byte-order mark' : 'NUL byte pattern';
    const reason = `${input} was decoded as ${utf16.toUpperCase()} (${how})`;
    messages.push({ severity: 'warning', code: 'E_INGEST_ENCODING', reason, place: null, origin: 'ingest.decode' });
  } else {
    if (bytes.includes(0)) throw binary(input, 'it contains NUL bytes');
    if (isUtf8(bytes)) {
      text = new TextDecoder('utf-8').decode(bytes);
    } else {
      charset = declaredCharset(bytes) ?? guessLegacyCharset(bytes);
      text = iconv.decode(bytes, charset);
      const reason = `${formatError('E_INGEST_ENCODING', { input, charset: 'UTF-8' })}; decoded it as ${charset}`;
      messages.push({ severity: 'warning', code: 'E_INGEST_ENCODING', reason, place: null, origin: 'ingest.decode' });
    }
  }
  const controls = countControls(text);
  if (controls > BINARY_CONTROL_SHARE * text.length) throw binary(input, `${controls} control characters in ${text.length}`);
  if (text.trim() === '') throw new InputError('E_INGEST_EMPTY', { input });
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), charset, messages };
}
