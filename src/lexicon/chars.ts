/**
 * Character classes tested on one UTF-16 code (`text.charCodeAt(i)`), for the scans that read a text by
 * character codes instead of running a pattern per character. Each is false for NaN (no character there).
 */

/** An ASCII letter, either case (`[A-Za-z]`). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\s` among ASCII characters: tab, line feed, vertical tab, form feed, carriage return, space. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** `\s` (ECMAScript white space and line terminators, as `trim` reads them too). */
export function isSpaceCode(c: number): boolean {
  return isAsciiSpace(c) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
