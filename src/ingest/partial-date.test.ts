import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDay, parseIsoDate } from './partial-date.js';

describe('partial-date', () => {
  it.each([
    ['2023-09-01T10:00:00+04:00', { value: '2023-09-01', precision: 'day' }],
    ['2010-9-1', { value: '2010-09-01', precision: 'day' }],
    ['2020-07', { value: '2020-07', precision: 'month' }],
    ['2020', { value: '2020', precision: 'year' }],
    ['2023-02-30', null],
    ['20230901', null],
    ['last week', null],
  ])('parses %j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it('pads and validates day parts', () => {
    expect(isoDay(2016, 4, 4)).toBe('2016-04-04');
    expect(isoDay(2016, 2, 30)).toBeNull();
    expect(dayFromParts('2010', '09', '1')).toEqual({ value: '2010-09-01', precision: 'day' });
  });
});
