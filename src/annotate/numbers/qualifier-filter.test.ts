import { describe, expect, it } from 'vitest';
import { alternatives } from '../../lexicon/word-pattern.js';
import { mayEndWithQualifier } from './extract.js';
import { QUALIFIERS } from './lexicon.js';

/** The phrases of every qualifier pattern, read back from its source `(?:^|[^\p{L}])(phrases)\s+$`. */
const PHRASES = QUALIFIERS.flatMap(([, re]) => alternatives(/\((?!\?)(.*)\)\\s\+\$$/.exec(re.source)?.[1] ?? '').map((p) => p.replace(/\\(.)/g, '$1')));

const matchesAny = (before: string): boolean => QUALIFIERS.some(([, re]) => re.test(before));

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
        expect(mayEndWithQualifier(before), JSON.stringify(before)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(PHRASES.length * 5);
  });

  it('never rejects text outside ASCII before the numeral, and rejects plain words', () => {
    for (const before of ['около ', 'über ', 'yaklaşık ', 'jusqu’à ', 'ſome ', 'o\u212Aay ']) expect(mayEndWithQualifier(before)).toBe(true);
    for (const before of ['said that ', 'killing ', 'and ', 'on Monday ', 'killed', '']) {
      expect(matchesAny(before)).toBe(false);
      expect(mayEndWithQualifier(before)).toBe(false);
    }
  });
});
