import { describe, expect, it } from 'vitest';
import { MONTH_SOURCE } from '../dates/months.js';
import { asciiWordsOf } from './extract.js';
import { asciiLowerCase, isAsciiText, MONTH_BY_LETTER_SOURCE } from './lexicon.js';

describe('numbers: month names grouped by first letter', () => {
  it('match what the list matches', () => {
    const names = MONTH_SOURCE.slice(3, -1).split('|');
    expect(names.length).toBeGreaterThan(100);
    const list = new RegExp(`^${MONTH_SOURCE}(?![\\p{L}])`, 'iu');
    const grouped = new RegExp(`^${MONTH_BY_LETTER_SOURCE}(?![\\p{L}])`, 'iu');
    const texts = ['', 'x', 'of', 'j', 'ma', 'mayo', 'Mayor', 'SEPT.', 'Sept', 'Septembers', 'märz', 'MÄRZ', 'ſeptember', 'ıyun', 'İyun', 'ocak 3', 'junio,', 'juniors'];
    for (const name of names) texts.push(name, name.toUpperCase(), `${name}.`, `${name}s`, name.slice(0, -1), `${name} 5`);
    for (const text of texts) expect(grouped.test(text), JSON.stringify(text)).toBe(list.test(text));
  });
});

describe('numbers: ASCII text read by character codes', () => {
  it('tells ASCII text and lower-cases it as the string methods do', () => {
    for (const text of ['', 'a', 'The ARMY, 12 (x) ~', 'Killed\t\n', '—', 'naïve', 'x\u0080']) {
      expect(isAsciiText(text), JSON.stringify(text)).toBe(!/[^\x00-\x7f]/.test(text));
      if (isAsciiText(text)) expect(asciiLowerCase(`—${text}—`, 1, text.length + 1)).toBe(text.toLowerCase());
    }
  });
});

describe('numbers: English number words split by character codes', () => {
  it('split and lower-case as the string method and the pattern do', () => {
    const texts = ['', ' ', '-', 'a', 'A Dozen', 'two  hundred', 'Twenty-Five', 'two hundred and fifty', 'half a dozen', ' two', 'two ', 'two--three', 'two\t\nthousand', 'two - \vthree', 'one-', 'THREE THOUSAND FIVE HUNDRED'];
    for (const text of texts) expect(asciiWordsOf(text), JSON.stringify(text)).toEqual(text.toLowerCase().split(/[\s-]+/));
  });
});
