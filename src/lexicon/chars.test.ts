import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isAsciiSpace, isSpaceCode } from './chars.js';

describe('character classes by code', () => {
  it('agree with the patterns they stand for on every UTF-16 code, and are false where no character stands', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isAsciiLetter(c), `U+${c.toString(16)}`).toBe(/^[A-Za-z]$/.test(ch));
      expect(isAsciiSpace(c), `U+${c.toString(16)}`).toBe(c < 128 && /^\s$/.test(ch));
      expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/^\s$/.test(ch));
    }
    const none = 'a'.charCodeAt(5);
    expect([isAsciiLetter(none), isAsciiSpace(none), isSpaceCode(none)]).toEqual([false, false, false]);
  });
});
