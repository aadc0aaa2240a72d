import { describe, expect, it } from 'vitest';
import { mayHoldPart, PART } from './merge.js';

describe('casualties: the cheap test before the pattern of a part of a total', () => {
  it('rules out only ranges the pattern does not match', () => {
    const texts = [
      'two other women, two of the civilians; three OF THEM, Other ones of whom; another, mother, often, of. the',
      'OTHER\tOf  the ÖTHER оf the (Cyrillic о) ofthe x-other of\u00a0the 12 soldiers',
      '', 'o', 'of', 'ot',
    ];
    let matched = 0;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const found = PART.test(text.slice(from, to));
          if (found) matched++;
          if (!mayHoldPart(text, from, to)) expect(found).toBe(false);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
