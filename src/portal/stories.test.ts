import { describe, expect, it } from 'vitest';
import { chainStories } from './stories.js';
import { incident, place } from './test-helpers.js';

const TOVUZ = place('az-tovuz', 'Tovuz District', 'district');
const GANJA = place('az-ganja', 'Ganja', 'city');
const SOTK = place('am-sotk', 'Sotk', 'village', 'ARM');
const AZE = place('aze', 'Azerbaijan', 'country');

describe('stories: chaining incidents', () => {
  it('chains a week of daily incidents between the same two sides into one story, with its span', () => {
    const days = ['2020-09-27', '2020-09-28', '2020-09-30', '2020-10-02'].map((d, i) => incident(`w${i}`, d, [i % 2 ? GANJA : TOVUZ], ['ARM', 'AZE']));
    const stories = chainStories(days);
    expect(stories).toEqual([{ id: 'story-w0', start: '2020-09-27', end: '2020-10-02', incidentIds: ['w0', 'w1', 'w2', 'w3'] }]);
  });

  it('does not chain incidents further apart than the gap, nor ones that share only one actor or a country', () => {
    const stories = chainStories([
      incident('a', '2020-07-12', [TOVUZ], ['ARM', 'AZE']),
      incident('b', '2020-07-20', [TOVUZ], ['ARM', 'AZE']),
      incident('c', '2020-07-21', [AZE], ['AZE', 'TUR']),
      incident('d', '2020-07-22', [SOTK, AZE], ['AZE']),
    ]);
    expect(stories).toEqual([]);
  });

  it('chains through a shared village even with no shared actor, and gives the same stories in any order', () => {
    const all = [incident('x', '2023-09-01', [SOTK], []), incident('y', '2023-09-03', [SOTK], ['ARM']), incident('z', '2023-09-10', [SOTK], ['ARM'])];
    const expected = [{ id: 'story-x', start: '2023-09-01', end: '2023-09-03', incidentIds: ['x', 'y'] }];
    expect(chainStories(all)).toEqual(expected);
    expect(chainStories([...all].reverse())).toEqual(expected);
  });

  it('leaves out incidents dated only to a month, and undated ones', () => {
    expect(chainStories([incident('m', '2020-09', [TOVUZ], ['ARM', 'AZE']), incident('n', null, [TOVUZ], ['ARM', 'AZE']), incident('o', '2020-09-01', [TOVUZ], ['ARM', 'AZE'])])).toEqual([]);
  });

  it('refuses a negative gap', () => {
    expect(() => chainStories([], { maxGapDays: -1 })).toThrow(/maxGapDays must be a non-negative integer, got -1/);
  });
});
