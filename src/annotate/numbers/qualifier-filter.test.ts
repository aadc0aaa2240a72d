import { describe, expect, it } from 'vitest';
import { alternatives } from '../../lexicon/word-pattern.js';
import { asciiQualifierBefore, lastWordOf, qualifierKindsBefore } from './extract.js';
import { QUALIFIER_ENDINGS, QUALIFIERS } from './lexicon.js';

/** The phrases of every qualifier pattern, read back from its source `(?:^|[^\p{L}])(phrases)\s+$`. */
const PHRASES = QUALIFIERS.flatMap(([, re]) => alternatives(/\((?!\?)(.*)\)\\s\+\$$/.exec(re.source)?.[1] ?? '').map((p) => p.replace(/\\(.)/g, '$1')));

const matchesAny = (before: string): boolean => QUALIFIERS.some(([, re]) => re.test(before));
/** True when the filter lets every kind whose pattern matches `before` through. */
const letsThrough = (before: string): boolean => {
  const kinds = qualifierKindsBefore(before);
  return QUALIFIERS.every(([, re], k) => !re.test(before) || kinds?.[k] === true);
};

describe('numbers: the qualifier pre-filter', () => {
  it('reads the phrases of the qualifier patterns', () => {
    expect(PHRASES).toContain('at least');
    expect(PHRASES).toContain('approx.');
    expect(PHRASES).toContain('не менее');
    expect(PHRASES.length).toBeGreaterThan(80);
  });

  it('never rejects a text a qualifier pattern matches', () => {
    const contexts = (phrase: string): string[] => [
      `${phrase} `,
      `killing ${phrase} `,
      `(${phrase}  `,
      `—${phrase}\u00a0`,
      `said ${phrase.toUpperCase()} `,
      `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}\n`,
      `bringing the toll to ${phrase}\t `,
    ];
    let checked = 0;
    for (const phrase of PHRASES) {
      for (const before of contexts(phrase)) {
        if (!matchesAny(before)) continue;
        checked++;
        expect(letsThrough(before), JSON.stringify(before)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(PHRASES.length * 5);
  });

  it('never rejects text outside ASCII before the numeral, and rejects plain words', () => {
    for (const before of ['около ', 'über ', 'yaklaşık ', 'jusqu’à ', 'ſome ', 'o\u212Aay ']) expect(qualifierKindsBefore(before)).toEqual(QUALIFIERS.map(() => true));
    for (const before of ['said that ', 'killing ', 'and ', 'on Monday ', 'killed', '']) {
      expect(matchesAny(before)).toBe(false);
      expect(qualifierKindsBefore(before)).toBeNull();
    }
    // 'at least' lets only its own kind through.
    expect(qualifierKindsBefore('killing at least ')).toEqual(QUALIFIERS.map(([kind]) => kind === 'at-least'));
  });
});

describe('numbers: the qualifier pre-filter by last words', () => {
  /** The reading with `endsWith` for every last word of every kind (before the look-up by length). */
  function byEndsWith(before: string): boolean[] | null {
    if (!/\s$/.test(before)) return null;
    const longest = Math.max(...QUALIFIER_ENDINGS.flat().map((w) => w.length));
    const tail = before.trimEnd().slice(-longest);
    if (/[^\x00-\x7f]/.test(tail)) return QUALIFIER_ENDINGS.map(() => true);
    const lower = tail.toLowerCase();
    const kinds = QUALIFIER_ENDINGS.map((endings) => endings.some((word) => lower.endsWith(word)));
    return kinds.includes(true) ? kinds : null;
  }

  it('lets through the kinds the endings do, for every phrase and its suffixes in context', () => {
    const befores = ['', ' ', 'x ', 'killed ', 'moreover ', 'Approx. ', 'AT LEAST\t', 'up to ', 'tot ', 'the toll rose to ', 'a,b. ', 'over\n', '\u00a0over ', '12 '];
    for (const phrase of PHRASES) for (let i = 0; i < phrase.length; i++) befores.push(`said ${phrase.slice(i)} `, `${phrase.slice(i)}`, `x${phrase.slice(i).toUpperCase()}  `);
    for (const before of befores) expect(qualifierKindsBefore(before), JSON.stringify(before)).toEqual(byEndsWith(before));
  });
});

describe('numbers: the last word before a numeral', () => {
  const LAST_WORD = /(\p{L}+)\.?,?\s*$/u;
  it('reads what the pattern reads, lower-cased', () => {
    const befores = ['on July ', 'Sept. ', 'Sept.,  ', 'ab,. ', 'ab ,', 'ab .', 'x1ab ', 'a.b. ', 'said\t\n', '', ' ', '12 ', 'Nov,', 'the 3rd', 'May\u00a0', 'июля ', 'Ağustos ', '𝐀𝐁 ', 'end.', 'On JULY ', 'the Xyz ', 'Ağustos — Sept. '];
    for (const before of befores) expect(lastWordOf(before), JSON.stringify(before)).toBe(LAST_WORD.exec(before)?.[1]?.toLowerCase());
  });
});

describe('numbers: qualifiers read backwards from an ASCII text', () => {
  /** What qualifierBefore reads by the patterns: the kind that starts first (the first kind on a tie) and its start. */
  function byPatterns(before: string): { kind: number; at: number } | null {
    let best: { kind: number; at: number } | null = null;
    QUALIFIERS.forEach(([, pattern], kind) => {
      const m = pattern.exec(before);
      if (!m || m[1] === undefined) return;
      const at = before.lastIndexOf(m[1]);
      if (!best || at < best.at) best = { kind, at };
    });
    return best;
  }

  it('finds what the patterns find, for every phrase and its suffixes in context', () => {
    const befores = ['', ' ', 'x ', 'killed ', 'moreover ', 'Approx. ', 'approx ', 'AT LEAST\t', 'up to ', 'tot ', 'the toll rose to ', 'a,b. ', 'over\n', 'over', '12 ', 'xover ', '3over ', 'well  over ', 'WELL OVER\r\n ', 'close to ', 'an estimated ', 'estimated ', 'at at least ', '-over ', '_over '];
    const ascii = PHRASES.filter((p) => /^[\x20-\x7e]+$/.test(p));
    expect(ascii.length).toBeGreaterThan(60);
    for (const phrase of ascii) {
      for (let i = 0; i < phrase.length; i++) {
        const tail = phrase.slice(i);
        befores.push(`said ${tail} `, tail, `${tail} `, `x${tail.toUpperCase()}  `, `(${tail}\t`, `1${tail} `, `well ${tail} `, `no ${tail} `, `not ${tail}\n`);
      }
    }
    for (const before of befores) expect(asciiQualifierBefore(before), JSON.stringify(before)).toEqual(byPatterns(before));
  });

  it('finds what the patterns find in random texts made of the phrases\' words', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['at', 'least', 'more', 'than', 'over', 'well', 'up', 'to', 'no', 'not', 'about', 'some', 'an', 'estimated', 'approx.', 'x', 'AT', 'Over', ' ', ' ', '  ', '\t', ',', '(', '1', '-'];
    for (let n = 0; n < 3000; n++) {
      let before = '';
      for (let k = random(6); k >= 0; k--) before += pieces[random(pieces.length)] + (random(3) === 0 ? '' : ' ');
      expect(asciiQualifierBefore(before), JSON.stringify(before)).toEqual(byPatterns(before));
    }
  });
});
