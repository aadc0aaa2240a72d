import { describe, expect, it } from 'vitest';
import { detectPublished } from './published.js';
import { splitSentences } from './sentences.js';
import { reportOf } from './test-helpers.js';

describe('sentences: negative cases', () => {
  it.each([
    ['Gen. Hasanov met Lt. Col. Petrosyan in St. Petersburg.'],
    ['The U.S. and the U.N. Security Council met on Sept. 3 and Feb. 2.'],
    ['A. Sargsyan and B. Aliyev signed it.'],
    ['Prices rose 2.5 times after No. 7 Street was closed.'],
    ['Read http://news.example.am/a.b/c.html?x=1.2 Now for details.'],
    ['Azernews.Az and Trend.Az carried the statement.'],
    ['Turnout was 87.6 percent in the Stepanakert.am poll.'],
  ])('keeps %j whole', (text) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n \t\n')).toEqual([]);
  });
});

describe('published: negative cases', () => {
  it.each([
    ['Troops -- soldiers hold military exercises on October 22, 2009.\n\nFour soldiers were killed on Saturday.', null],
    ['Update 5 1800 CET\n\nFighting continues.', null],
    ['The clashes began on March 4, 2008 and lasted two days.', null],
    ['Two died.', 'https://web.archive.org/web/20080308182915/http://paper.example/world/feed/7357504'],
    ['Two died.', 'https://news.example/news/1387-azerbaijani-ministry-statement'],
    ['Two died.', 'https://news.example/amp/2076609.html'],
    ['STEPANAKERT (Agency)—On Feb. 27, both ministries confirmed the deaths.', null],
    ['In Stepanakert, March 4, a rally was held.', null],
  ])('finds no publication date in %j', (text, url) => {
    expect(detectPublished(reportOf(text, { url }))).toBeNull();
  });
});
