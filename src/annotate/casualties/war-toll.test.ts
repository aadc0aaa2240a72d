import { describe, expect, it } from 'vitest';
import { LETTER, WordPattern } from '../../lexicon/word-pattern.js';
import { WAR_TOLL, WAR_TOLL_LAST } from './index.js';
import { mayEndWithWord } from './side.js';

/** Checks that `mayEndWithWord` rules out only ranges of the texts that `test` does not match, and that it matches some. */
function rulesOutOnlyMisses(texts: readonly string[], words: readonly string[], ignoreCase: boolean, test: (text: string, from: number, to: number) => boolean): void {
  let matched = 0;
  for (const text of texts) {
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const found = test(text, from, to);
        if (found) matched++;
        if (!mayEndWithWord(text, from, to, words, ignoreCase)) expect(found).toBe(false);
      }
    }
  }
  expect(matched).toBeGreaterThan(20);
}

describe('casualties: the cheap test of the words a pattern ends with', () => {
  it('rules out only ranges the war-toll pattern does not match', () => {
    const pattern = new WordPattern(WAR_TOLL, { before: LETTER, after: null });
    rulesOutOnlyMisses([
      'the 1991-94 war which killed an estimated 30,000 people',
      'a conflict, that has killed hundreds; the WAR THAT HAD claimed',
      'the wars which have\tkilled and the war  that\u00a0 killed',
      'the war that haſ killed, the war which  ', 'war which', 'war that\u2003', 'xwar which killed', 'war -which killed',
      'soldiers were killed', 'Die Ärzte: Krieg, der getötet hat', '', ' ', 'war which\n\nhas ',
    ], WAR_TOLL_LAST, true, (text, from, to) => pattern.testIn(text, from, to));
  });

  it('rules out only ranges the pattern of a clause telling how does not match', () => {
    const HOW_CLAUSE = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:when|as|after|since)\s+$/u;
    rulesOutOnlyMisses([
      'was killed when Azerbaijani forces shelled', 'died as  troops fired, hurt after\tshelling, since\u00a0then',
      'has when: x since. as', 'WHEN As after2 since éas Ωwhen when', 'as ', '',
    ], ['when', 'as', 'after', 'since'], false, (text, from, to) => HOW_CLAUSE.test(text.slice(from, to)));
  });
});
