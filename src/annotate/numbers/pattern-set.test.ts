import { describe, expect, it } from 'vitest';
import { WordPatternSet } from '../../lexicon/word-pattern.js';
import { EN_WORD_NUMBER, VAGUE } from './lexicon.js';

describe('numbers: vague quantities and number words in one search', () => {
  it('finds what each pattern finds alone', () => {
    const set = new WordPatternSet([VAGUE, EN_WORD_NUMBER]);
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
      const [vague, words] = set.matchAll(text);
      expect(vague, text).toEqual(VAGUE.matchAll(text));
      expect(words, text).toEqual(EN_WORD_NUMBER.matchAll(text));
    }
  });
});
