import { describe, expect, it } from 'vitest';
import { execAll } from '../../lexicon/exec-all.js';
import { compileNumberWords } from './extract.js';
import { numberPatterns } from './lexicon.js';

describe('numbers: vague quantities and number words in one search', () => {
  it('finds what each pattern finds alone', () => {
    // The set is built of the patterns it is compared with, as the stage builds it.
    const { vague, words: wordNumbers, vagueAndWords: set } = numberPatterns();
    const texts = [
      'A few dozen soldiers and a hundred civilians; several thousand fled, twenty-five died, two hundred and fifty were hurt.',
      'Many were killed, as many as 12; tens of thousands, hundreds of thousands, a number of people, half a dozen.',
      'Dozens Hundreds Thousands scores numerous a lot of lots of ONE TWO Three-four anone onetwo xtwo two-x',
      'несколько человек, десятки погибших, birkaç asker, Dutzende, العشرات and two more.',
      'ſeveral \u212Aelvin twenty-one',
      '',
      'a',
    ];
    for (const text of texts) {
      const found = set.matchAll(text);
      expect(found[0], text).toEqual(vague.matchAll(text));
      expect(found[1], text).toEqual(wordNumbers.matchAll(text));
    }
  });
});

describe('numbers: searches that avoid a leading look-behind', () => {
  const texts = [
    'Plus de 300 000 personnes, 1 000 000 de dollars, 12 345,6 km, x300 000, 3.300 000, 300 0000, ٣٠٠ ٠٠٠ شخص, 45 000€',
    'zwei, drei Soldaten; dreißig, Dreizehn, zweite, 2drei, drei2, ſechs, ДВА и два, двадцать', '', '1 000',
  ];

  it('find thousands grouped by a space as the pattern does', () => {
    const plain = /(?<![\p{L}\p{N}.,])[0-9٠-٩۰-۹]{1,3}(?: [0-9٠-٩۰-۹]{3})+(?![\p{L}\p{N}]|[.,][0-9])/gu;
    const { spaceGrouped } = numberPatterns();
    for (const text of texts) expect(spaceGrouped.matchAll(text), text).toEqual(execAll(plain, text));
  });

  it("find a language's number words as the plain pattern does", () => {
    const values = new Map([['zwei', 2], ['drei', 3], ['dreißig', 30], ['sechs', 6], ['два', 2], ['двадцать', 20], ['a.b', 1]]);
    const words = [...values.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'giu');
    const compiled = compileNumberWords(values);
    for (const text of [...texts, 'a.b axb 1a.b']) expect(execAll(compiled!.pattern, text), text).toEqual(execAll(plain, text));
  });
});
