import { describe, expect, it } from 'vitest';
import { endsWithProperNoun } from './attribution.js';

// The pattern compiled for every vocabulary (attribution.ts): the reading from the end gives its answers.
const PROPER_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s*){1,4}(?:news agency|agency|newspaper|TV|television|website)?\\s*,?\\s*$`, 'u');

describe('attribution: a proper noun ending the words before a verb', () => {
  it('answers as the pattern does', () => {
    const ends = [
      'Reuters', 'the Reuters news agency', 'Azerbaijan\'s APA agency', 'Armenian TV', 'Public Television', 'the website', 'a local newspaper', 'news agency', 'Xagency',
      'Interfax', 'the ministry', 'officials', 'U.S. State Department', 'AT&T', 'Nagorno-Karabakh', 'McDonald', 'A B C D', 'A B C D E', 'A B C D E F G H', 'the A B C D',
      'the the A', 'The Armenian Defence Ministry', 'x.Reuters', 'xReuters', '(Reuters', '"Reuters', '3Reuters', 'Reuters news agency ,', 'Reuters ,  ', 'Reuters,,',
      'Reuters .', 'ReutersTV', 'Reuters TV website', 'Reuters\tnews  agency', 'Agence France-Presse', 'Azərbaycan', 'Ərdoğan TV', '—Reuters', 'Reuters—',
    ];
    const leads = ['', 'Two soldiers were killed, ', 'It said that ', 'According to ', 'x', '12 ', '; ', 'Tuesday, ', '— ', 'one two three four five six seven eight nine ten '];
    for (const lead of leads) {
      for (const end of ends) {
        for (const trail of ['', ' ', ', ', ' ,\t', '  ']) {
          const before = `${lead}${end}${trail}`;
          expect(endsWithProperNoun(before, PROPER_NOUN_BEFORE), JSON.stringify(before)).toBe(PROPER_NOUN_BEFORE.test(before));
        }
      }
    }
  });
});
