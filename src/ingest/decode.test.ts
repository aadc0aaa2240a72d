import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';

const LIMIT = 10 * 1024 * 1024;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const swapPairs = (bytes: Uint8Array): Uint8Array => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('decode: UTF-8', () => {
  it('strips a byte-order mark and normalises CRLF and CR to LF', () => {
    const decoded = decodeBytes('a.txt', utf8('\uFEFFTwo killed.\r\nOne wounded.\rEnd'), LIMIT);
    expect(decoded.text).toBe('Two killed.\nOne wounded.\nEnd');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.messages).toEqual([]);
  });
});

describe('decode: UTF-16', () => {
  const text = 'Four soldiers were killed near Sotk.\nOne more was wounded.';

  it('reads UTF-16LE with a byte-order mark', () => {
    const decoded = decodeBytes('a.txt', utf16le(`\uFEFF${text}`), LIMIT);
    expect(decoded.text).toBe(text);
    expect(decoded.charset).toBe('utf-16le');
    expect(decoded.messages[0]).toMatchObject({ severity: 'warning', code: 'E_INGEST_ENCODING' });
    expect(decoded.messages[0]!.reason).toContain('UTF-16LE');
  });

  it('reads UTF-16LE without a byte-order mark from its NUL pattern', () => {
    const decoded = decodeBytes('a.txt', utf16le(text), LIMIT);
    expect(decoded.text).toBe(text);
    expect(decoded.charset).toBe('utf-16le');
  });

  it('reads UTF-16BE with and without a byte-order mark', () => {
    expect(decodeBytes('a.txt', swapPairs(utf16le(`\uFEFF${text}`)), LIMIT).text).toBe(text);
    expect(decodeBytes('a.txt', swapPairs(utf16le(text)), LIMIT).charset).toBe('utf-16be');
  });
});

describe('decode: legacy charsets', () => {
  it('reads Windows-1252 smart quotes and accents, with a warning naming the charset', () => {
    const bytes = new Uint8Array([
      ...utf8('He said '), 0x93, ...utf8('four soldiers'), 0x94, ...utf8(' died in the caf'), 0xe9, ...utf8('.'),
    ]);
    const decoded = decodeBytes('old.txt', bytes, LIMIT);
    expect(decoded.text).toBe('He said \u201Cfour soldiers\u201D died in the caf\u00E9.');
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.messages).toHaveLength(1);
    expect(decoded.messages[0]).toMatchObject({ severity: 'warning', code: 'E_INGEST_ENCODING', origin: 'ingest.decode' });
    expect(decoded.messages[0]!.reason).toContain('windows-1252');
  });
});

describe('decode: declared charsets', () => {
  it('follows the charset an HTML page declares when its bytes are not UTF-8', () => {
    // 'Бой' (battle) in windows-1251
    const bytes = new Uint8Array([...utf8('<html><head><meta charset="windows-1251"></head><body><p>'), 0xc1, 0xee, 0xe9, ...utf8('</p></body></html>')]);
    const decoded = decodeBytes('page.html', bytes, LIMIT);
    expect(decoded.text).toContain('<p>\u0411\u043E\u0439</p>');
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.messages[0]!.reason).toContain('windows-1251');
  });
});

describe('decode: bad input', () => {
  it('refuses a binary file with NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(codeOf(() => decodeBytes('x.png', png, LIMIT))).toBe('E_INGEST_BINARY');
  });

  it('refuses a file made of control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => 1 + (i % 8));
    expect(codeOf(() => decodeBytes('x.bin', bytes, LIMIT))).toBe('E_INGEST_BINARY');
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['white space only', utf8(' \n\t\r\n ')],
    ['a byte-order mark only', utf8('\uFEFF')],
  ])('refuses an empty input (%s)', (_, bytes) => {
    expect(codeOf(() => decodeBytes('e.txt', bytes, LIMIT))).toBe('E_INGEST_EMPTY');
  });

  it('refuses an input one byte over the limit and accepts one at the limit', () => {
    expect(codeOf(() => decodeBytes('big.txt', utf8('x'.repeat(11)), 10))).toBe('E_INGEST_TOO_LARGE');
    expect(decodeBytes('ok.txt', utf8('x'.repeat(10)), 10).text).toBe('x'.repeat(10));
  });

  it('checks the size of a 50 MB buffer before decoding it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024); // all NUL: would be binary if it were decoded
    expect(() => decodeBytes('huge.txt', huge, LIMIT)).toThrow(/52428800 bytes, more than the limit of 10485760/);
    expect(codeOf(() => decodeBytes('huge.txt', huge, LIMIT))).toBe('E_INGEST_TOO_LARGE');
  });
});
