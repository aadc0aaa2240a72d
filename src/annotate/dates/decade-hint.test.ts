import { describe, expect, it } from 'vitest';
import { digitRuns } from './absolute.js';
import { DECADE_NOUN_ENDINGS, DECADE_NOUN_HINT, hasDecadeNounBeforeDigits } from './extract-written.js';

/** The hint read from the text's runs of digits, as the stage reads it. */
const nounHint = (text: string): boolean => hasDecadeNounBeforeDigits(text, digitRuns(text));

describe('dates: the decade noun hint read backwards from digits', () => {
  it('finds what the pattern finds', () => {
    const pieces = ['années', 'ANNÉES', 'anni', 'Años', 'anos', 'jaren', 'décennie', 'década', 'decada', 'decennio', 'degli anni', 'de', 'del', 'dos', ' ', '  ', '\n', "'", '’', '1990', '90', '0', '9', 'x', 'an', 'ni', 'a', 'ſ', '\u212A', 'é', '.', ','];
    let seed = 11;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = 0; k < 7; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[(seed >>> 16) % pieces.length];
      }
      expect(nounHint(text), JSON.stringify(text)).toBe(DECADE_NOUN_HINT.test(text));
    }
    expect(nounHint('les années 1990')).toBe(true);
    expect(nounHint("gli anni '80 e 1990")).toBe(true);
    expect(nounHint('1990 anni')).toBe(false);
    expect(nounHint('')).toBe(false);
  });

  it('reads as the last letters of its words every character the pattern reads so', () => {
    const read: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (/^[sinaeol]$/iu.test(String.fromCharCode(c))) read.push(String.fromCharCode(c));
    expect(read.sort()).toEqual([...DECADE_NOUN_ENDINGS].map((c) => String.fromCharCode(c)).sort());
  });
});
