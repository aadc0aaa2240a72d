import { describe, expect, it } from 'vitest';
import { endsWithPossessive, holdsClauseEnd, lowerWord, nextWord, opensWithComma, spacedWordAt, startsUpper } from './figures.js';
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

  it('tells a gap opening with a comma as /^\\s*,/ does, between any two positions', () => {
    const texts = [SAMPLES.join(' '), ' , x', '\u00a0\u2003,', '\n\t ,', ' \u200b,', '\ufeff,', ',', '  ', ' .,', ' a,', '\u3000,', '\u2028\u2029,'];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) expect(opensWithComma(text, from, to)).toBe(/^\s*,/.test(text.slice(from, to)));
      }
    }
  });

  it('tells a capital opening a word as /^\\p{Lu}/u does', () => {
    for (const w of SAMPLES) expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w));
    for (let c = 0; c < 0x3000; c++) expect(startsUpper(String.fromCharCode(c) + 'a')).toBe(/^\p{Lu}/u.test(String.fromCharCode(c) + 'a'));
  });

  it('reads the words of a text as /[\p{L}\p{N}][\p{L}\p{N}\'’-]*/gu does, from any position', () => {
    const texts = [
      SAMPLES.join(' '), SAMPLES.join(''), "two soldiers' bodies, four-year-old Ali's x--y 'quoted' 12,000 d'Arc", 'Lʼviv Mariupolʼs Ƶ 2nd № 5 ½ ①',
      'Azerbaijan’s army—its troops—killed 3; “no” «oui» Şuşa Ağdam İsmayıllı', 'ab\u0301c ab\u200dc x\u00a0y', '𝐀bc 😀 a😀b \ud800x y\udc00z',
    ];
    const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        const read: [number, number][] = [];
        for (let w = nextWord(text, from); w !== null; w = nextWord(text, w.end)) read.push([w.start, w.end]);
        WORD.lastIndex = from;
        const expected: [number, number][] = [];
        for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) expected.push([m.index, m.index + m[0].length]);
        expect(read).toEqual(expected);
      }
    }
    for (let c = 0; c < 0x3000; c++) {
      const text = `a ${String.fromCharCode(c)}b-${String.fromCharCode(c)} c`;
      const read: [number, number][] = [];
      for (let w = nextWord(text, 0); w !== null; w = nextWord(text, w.end)) read.push([w.start, w.end]);
      expect(read).toEqual([...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]));
    }
  });

  it('reads white space and a word after a position as /^\s+([\p{L}-]+)/u on the slice does', () => {
    const texts = [
      SAMPLES.join(' '), "killed  four-year-old soldiers\twounded 3 men, two\u00a0Şuşa residents -x a--b Ωmega x😀 𝐀bc é-a ab\u0301c \n\nx",
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= Math.min(text.length, from + 30); to++) {
          const m = /^\s+([\p{L}-]+)/u.exec(text.slice(from, to));
          expect(spacedWordAt(text, from, to)).toEqual(m ? { end: from + m[0].length, word: m[1] } : null);
        }
      }
    }
  });

  it('tells the end of a clause in a range as /[.;:!?]/ on its slice does', () => {
    const text = SAMPLES.join(' ');
    for (let from = 0; from <= text.length; from += 3) {
      for (let to = from; to <= text.length; to += 2) expect(holdsClauseEnd(text, from, to)).toBe(/[.;:!?]/.test(text.slice(from, to)));
    }
  });

  it('lower-cases a slice of a text as toLowerCase does, ASCII or not', () => {
    const text = `${SAMPLES.join(' ')} İstanbul KELVIN \u212a ſ ÀÉÎ Soldiers’ — “Civilians” soldiers SOLDIERS`;
    for (let from = 0; from <= text.length; from += 2) {
      for (let to = from; to <= Math.min(text.length, from + 20); to++) expect(lowerWord(text, from, to)).toBe(text.slice(from, to).toLowerCase());
    }
    for (const w of SAMPLES) expect(lowerWord(w)).toBe(w.toLowerCase());
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
