import { describe, expect, it } from 'vitest';
import { englishHints, hasUncoveredHint, uncoveredHintIn } from './extract-chrono.js';

describe('dates: chrono hints read from the whole text', () => {
  const texts = [
    'On Friday, Jan. 5, the ministry said. Fighting resumed in March and in JUNE; Mayor Smith (May 3) spoke on Tue.',
    'Wednesday_x Sept2 Marchers marched. Thursday. Dec,Nov;Oct — Augusta Aug',
    'Ереван, 5 мая. On Sunday Sun readers... September 2020 Monday',
  ];
  const coverings = [[], [{ start: 3, end: 9 }], [{ start: 0, end: 40 }, { start: 50, end: 70 }]];

  it('answers as a search of the sentence would, or not at all where a bound cuts a word', () => {
    let answered = 0;
    for (const text of texts) {
      const hints = englishHints(text);
      for (let start = 0; start <= text.length; start += 3) {
        for (let end = start; end <= text.length; end += 5) {
          for (const covered of coverings) {
            const fast = uncoveredHintIn(text, hints, start, end, covered);
            if (fast === null) continue;
            answered++;
            expect(fast).toBe(hasUncoveredHint(text.slice(start, end), start, covered));
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(500);
  });

  it('declines a bound inside a word', () => {
    const text = 'In Marchers and May';
    expect(uncoveredHintIn(text, englishHints(text), 3, 8, [])).toBeNull();
    expect(uncoveredHintIn(text, englishHints(text), 0, 8, [])).toBeNull();
    expect(uncoveredHintIn(text, englishHints(text), 0, 19, [])).toBe(true);
  });
});
