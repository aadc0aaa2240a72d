import { describe, expect, it } from 'vitest';
import { findAbsoluteDates, monthWordBefore } from './absolute.js';

function found(text: string, slashDayFirst?: boolean) {
  return findAbsoluteDates(text, slashDayFirst === undefined ? {} : { slashDayFirst }).map((m) => [text.slice(m.start, m.end), m.year, m.month, m.day, m.form]);
}

describe('absolute: written dates', () => {
  it.each([
    ['on 2014-08-01.', ['2014-08-01', 2014, 8, 1, 'numeric']],
    ['[2010-09-1]', ['2010-09-1', 2010, 9, 1, 'numeric']],
    ['at 2008/03/05 11:25', ['2008/03/05', 2008, 3, 5, 'numeric']],
    ['05.08.2014 | Source', ['05.08.2014', 2014, 8, 5, 'numeric']],
    [' date 2020-07 x', ['2020-07', 2020, 7, null, 'iso-month']],
    ['Baku, August 1, 2014 (AFP)', ['August 1, 2014', 2014, 8, 1, 'named']],
    ['Tuesday March 4 2008', ['March 4 2008', 2008, 3, 4, 'named']],
    ['on Sept. 25 near', ['Sept. 25', null, 9, 25, 'named']],
    ['1 August 2014 16:52', ['1 August 2014', 2014, 8, 1, 'named']],
    ['Sunday, 04 March, 2018, 10:20', ['04 March, 2018', 2018, 3, 4, 'named']],
    ['the 1st of September', ['1st of September', null, 9, 1, 'named']],
    ['am 4. Juli', ['4. Juli', null, 7, 4, 'named']],
    ['le 1er septembre', ['1er septembre', null, 9, 1, 'named']],
    ['el 13 de diciembre de 2023', ['13 de diciembre de 2023', 2023, 12, 13, 'named']],
    ['12 июля 2020 года', ['12 июля 2020', 2020, 7, 12, 'named']],
    ['4 Temmuz 2017', ['4 Temmuz 2017', 2017, 7, 4, 'named']],
    ['the April 2016 offensive', ['April 2016', 2016, 4, null, 'named']],
  ])('reads %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('falls back to the month when the day does not exist', () => {
    expect(found('It was 31 February 2020.')).toEqual([['February 2020', 2020, 2, null, 'named']]);
  });

  it('reads slashes day first unless told otherwise or impossible', () => {
    expect(found('on 03/04/2014')).toEqual([['03/04/2014', 2014, 4, 3, 'numeric']]);
    expect(found('on 03/04/2014', false)).toEqual([['03/04/2014', 2014, 3, 4, 'numeric']]);
    expect(found('on 12/25/2014')).toEqual([['12/25/2014', 2014, 12, 25, 'numeric']]);
  });

  it.each([
    ['The toll may 4 times higher.'],
    ['Version 1.2.2020.3 shipped.'],
    ['Call 2020-13-45 now.'],
    ['Numbers 12 and 2014 alone.'],
    ['A march 5 km long.'],
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('absolute dates: the month word before a day', () => {
  const MONTH_BEFORE = /(?<!\p{L})(\p{L}+)\.?(,?)\s+$/u;
  it('reads what the pattern reads', () => {
    const befores = [
      'on July ', 'Sept. ', 'Sept.,  ', 'ab,. ', 'ab ,', 'ab .', 'x1ab ', 'a.b. ', 'said\t\n', '', ' ', '12 ', 'Nov,', 'the 3rd', 'May\u00a0',
      'июля ', 'Ağustos ', '𝐀𝐁 ', 'end.', 'on March, ', 'in May.\n', ' , ', '. ', 'a. , ', 'A ', 'x-July ', "l'août ", 'Dec.,\t', '16 Juli ', '1990s ',
    ];
    for (const before of befores) {
      const m = MONTH_BEFORE.exec(before);
      expect(monthWordBefore(before), JSON.stringify(before)).toEqual(m ? [m[0], m[1], m[2]] : null);
    }
  });
});
