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
    expect(monthNumber('KASIM')).toBe(null);
    expect(monthNumber('Kasım')).toBe(11);
  });

  it('reads any word as by its lower case, one final period dropped (the written forms are a shortcut)', () => {
    const reference = (table: ReadonlyMap<string, number | null>, word: string) => table.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
    const months = new Map(MONTH_SOURCE.slice(3, -1).split('|').map((w) => [w, monthNumber(w)]));
    const weekdays = new Map(WEEKDAY_SOURCE.slice(3, -1).split('|').map((w) => [w, weekdayNumber(w)]));
    const pieces = ['j', 'J', 'u', 'U', 'ly', 'LY', 'Ly', 'lY', 'jan', 'kas', 'KAS', 'ım', 'IM', 'im', 'İ', 'ı', 'ſ', '\u212A', 'ep', 'S', 'mon', 'MON', 'day', '.', '..', 'é', 'É', 'ä', 'Ä', 'rz', 'ма', 'МА', 'й', 'Й', 'x', '1', ' '];
    let seed = 9;
    for (let n = 0; n < 20000; n++) {
      let word = '';
      for (let k = 0, length = 1 + (n % 4); k < length; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        word += pieces[(seed >>> 16) % pieces.length];
      }
      expect(monthNumber(word), word).toBe(reference(months, word));
      expect(weekdayNumber(word), word).toBe(reference(weekdays, word));
    }
    expect(weekdayNumber('TUES.')).toBe(2);
  });
});
