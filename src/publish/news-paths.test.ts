import { describe, expect, it } from 'vitest';
import { dateFolder, dayPath, entryPath, slugOf } from './news-paths.js';

describe('news-paths: slugs', () => {
  it.each([
    ['Armenia, Azerbaijan trade fire.', 'armenia-azerbaijan-trade-fire'],
    ["Baku's 87.6% figure -- disputed!", 'baku-s-87-6-figure-disputed'],
    [' 2009 talks in Munich ', '2009-talks-in-munich'],
    ['Ağdam and Füzuli shelled', 'agdam-and-fuzuli-shelled'],
    ['…!?', 'entry'],
  ])('slugs %j as %j', (summary, slug) => {
    expect(slugOf(summary)).toBe(slug);
  });

  it('cuts to 140 characters before collapsing, as the portal paths do, without a trailing dash', () => {
    const summary = `${'a'.repeat(130)}, bcdefghijkl mnop`;
    expect(slugOf(summary)).toBe(`${'a'.repeat(130)}-bcdefghi`);
    expect(slugOf(`${'b'.repeat(139)} c`)).toBe('b'.repeat(139));
    expect(slugOf('word '.repeat(60)).length).toBeLessThanOrEqual(140);
  });
});

describe('news-paths: paths', () => {
  it('zero-pads months and days', () => {
    expect(entryPath('2010-9-1', 'A clash.')).toBe('news/2010/09/01/a-clash.md');
    expect(entryPath('2017-02-25', 'A clash.')).toBe('news/2017/02/25/a-clash.md');
    expect(dayPath('2010-9-1')).toBe('news/2010/09/01/index.md');
  });

  it('puts less precise dates in the month or year folder and undated ones under news/undated', () => {
    expect(dateFolder('2014-08')).toBe('news/2014/08');
    expect(dateFolder('2014')).toBe('news/2014');
    expect(entryPath(null, 'A clash.')).toBe('news/undated/a-clash.md');
    expect(dayPath(null)).toBe('news/undated/index.md');
  });

  it('keeps an entry called Index from overwriting the day page', () => {
    expect(entryPath('2017-02-25', 'Index')).toBe('news/2017/02/25/index-entry.md');
  });

  it('throws on a malformed date, which only a bug can produce', () => {
    expect(() => entryPath('25/02/2017', 'A clash.')).toThrow(/this is a bug/);
    expect(() => dayPath('../../etc')).toThrow(RangeError);
  });
});
