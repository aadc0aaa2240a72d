import { describe, expect, it } from 'vitest';
import { ANAPHORIC, ANAPHORIC_HINT, CAME_DAYS_AFTER, CAME_HINT, DAY_COUNT_HINT } from './anaphoric.js';

// The hints only let a report skip the phrases' own searches: each must hold wherever a phrase matches.
describe('dates: the hints before the anaphoric day counts', () => {
  const counts = ['a', 'an', 'one', 'two', 'seven', '3', '12', 'A', 'TWO'];
  const phrases = [
    ...counts.flatMap((n) => ['earlier', 'before', 'later', 'after'].flatMap((d) => [`${n} day ${d},`, `${n} days ${d}.`, `${n}  DAYS\n${d})`])),
    ...['previous', 'preceding', 'next', 'following'].flatMap((w) => [`the ${w} day,`, `The ${w.toUpperCase()}\tDay.`]),
    'the day before;', 'the day after:', 'THE DAY AFTER',
    ...['came', 'comes', 'happened', 'occurred', 'took place', 'followed', 'was', 'were'].flatMap((v) => [
      `The attack ${v} only six days after a missile struck`, `It ${v} a week after the talks`, `${v} two weeks after its shelling`, `${v} just 2 days after the killed soldiers`,
    ]),
    'came two wee\u212As after the talks', 'came ſix dayſ after the talks', 'a day earlier', 'days after days', 'Tuesday before', 'holiday after',
  ];
  it('holds wherever a phrase is found', () => {
    let found = 0;
    for (const p of phrases) {
      for (const text of [p, `Shelling hit Berd on Sept. 25. ${p} two died.`]) {
        ANAPHORIC.lastIndex = 0;
        if (ANAPHORIC.test(text)) {
          found++;
          expect(ANAPHORIC_HINT.test(text), text).toBe(true);
          expect(DAY_COUNT_HINT.test(text), text).toBe(true);
        }
        ANAPHORIC.lastIndex = 0;
        if (CAME_DAYS_AFTER.test(text)) {
          found++;
          expect(CAME_HINT.test(text), text).toBe(true);
          expect(DAY_COUNT_HINT.test(text), text).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('the first search holds wherever either hint does', () => {
    const pieces = ['day', 'DAY', 'days', 'dayſ', 'week', 'weeks', 'wee\u212As', ' ', '\n', '  ', 'earlier', 'before', 'later', 'after', 'AFTER', 'previous', 'preceding', 'next', 'following', 'the', 'x', '.'];
    let seed = 3;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = 0; k < 5; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[(seed >>> 16) % pieces.length];
      }
      if (ANAPHORIC_HINT.test(text) || CAME_HINT.test(text)) expect(DAY_COUNT_HINT.test(text), JSON.stringify(text)).toBe(true);
    }
  });
});
