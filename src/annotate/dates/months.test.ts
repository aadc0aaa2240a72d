import { describe, expect, it } from 'vitest';
import { MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber } from './months.js';

describe('dates: month and weekday words', () => {
  it('reads a word with or without one final period, in any case', () => {
    const words = [...MONTH_SOURCE.slice(3, -1).split('|'), ...WEEKDAY_SOURCE.slice(3, -1).split('|')];
    // The reading by pattern (the reference): lower case, one final period dropped.
    const months = new Map(MONTH_SOURCE.slice(3, -1).split('|').map((w) => [w, monthNumber(w)]));
    const weekdays = new Map(WEEKDAY_SOURCE.slice(3, -1).split('|').map((w) => [w, weekdayNumber(w)]));
    for (const word of [...words, '', '.', '..', 'x', 'Sept..', 'May.', 'MAY', 'mAy.', 'Mon.']) {
      for (const written of [word, `${word}.`, word.toUpperCase(), `${word.toUpperCase()}.`, `${word}..`]) {
        const key = written.toLowerCase().replace(/\.$/, '');
        expect(monthNumber(written), written).toBe(months.get(key) ?? null);
        expect(weekdayNumber(written), written).toBe(weekdays.get(key) ?? null);
      }
    }
    expect(monthNumber('Sept.')).toBe(9);
    expect(weekdayNumber('TUES.')).toBe(2);
  });
});
