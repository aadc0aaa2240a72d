import { describe, expect, it } from 'vitest';
import { LETTER, WordPattern } from '../../lexicon/word-pattern.js';
import { mayEndWarToll, WAR_TOLL } from './index.js';

describe('casualties: the cheap test before the war-toll pattern', () => {
  it('rules out only ranges the pattern does not match', () => {
    const pattern = new WordPattern(WAR_TOLL, { before: LETTER, after: null });
    const texts = [
      'the 1991-94 war which killed an estimated 30,000 people',
      'a conflict, that has killed hundreds; the WAR THAT HAD claimed',
      'the wars which have\tkilled and the war  that\u00a0 killed',
      'the war that haſ killed, the war which  ', 'war which', 'war that\u2003', 'xwar which killed', 'war -which killed',
      'soldiers were killed', 'Die Ärzte: Krieg, der getötet hat', '', ' ', 'war which\n\nhas ',
    ];
    let matched = 0;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const found = pattern.testIn(text, from, to);
          if (found) matched++;
          if (!mayEndWarToll(text, from, to)) expect(found).toBe(false);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
