import { describe, expect, it } from 'vitest';
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
