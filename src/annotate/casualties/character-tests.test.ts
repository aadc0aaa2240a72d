import { describe, expect, it } from 'vitest';
import { endsWithPossessive, holdsClauseEnd, startsUpper } from './figures.js';
import { wordsIn } from './side.js';

/** Words and gaps with the characters the tests read, and others around them. */
const SAMPLES = [
  '', 's', "'s", '’s', "'S", "Armenia's", 'Armenia’s', "soldiers'", 'sis', 'Ministry', 'ministry', 'Élan', 'élan', 'Ünal', 'Ωmega', 'ωmega',
  '😀s', '𝐀bc', '1st', '-year', 'Azerbaijan’S', ' , ', ' . ', 'a;b', 'a:b', 'a!b', 'a?b', 'a…b', '。', '  ', 'four-year-old', "x's'",
];

describe('casualties: tests of characters read as the patterns they replace', () => {
  it('tells a possessive ending as /[\'’]s$/ does', () => {
    for (const w of SAMPLES) expect(endsWithPossessive(w)).toBe(/['’]s$/.test(w));
  });

  it('tells a capital opening a word as /^\\p{Lu}/u does', () => {
    for (const w of SAMPLES) expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w));
    for (let c = 0; c < 0x3000; c++) expect(startsUpper(String.fromCharCode(c) + 'a')).toBe(/^\p{Lu}/u.test(String.fromCharCode(c) + 'a'));
  });

  it('tells the end of a clause in a range as /[.;:!?]/ on its slice does', () => {
    const text = SAMPLES.join(' ');
    for (let from = 0; from <= text.length; from += 3) {
      for (let to = from; to <= text.length; to += 2) expect(holdsClauseEnd(text, from, to)).toBe(/[.;:!?]/.test(text.slice(from, to)));
    }
  });

  it('counts the words of a text of letters and white space as trim and split on /\s+/u do', () => {
    const gaps = ['', ' ', '  \t', 'on', ' on ', 'on the', ' on the ', 'on  the\nArmenian', '\u00a0on\u2003the\u3000side ', 'со стороны', '\ufeffa b c d'];
    for (const g of gaps) expect(wordsIn(g)).toBe(g.trim().split(/\s+/u).length);
    for (let c = 0; c < 0x10000; c++) {
      const g = `a${String.fromCharCode(c)}b c`;
      if (!/[^\p{L}\s]/u.test(g)) expect(wordsIn(g)).toBe(g.trim().split(/\s+/u).length);
    }
  });
});
