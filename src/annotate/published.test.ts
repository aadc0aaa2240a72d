import { describe, expect, it } from 'vitest';
import { detectPublished } from './published.js';
import { parseUrlDate } from './published-url.js';
import { reportOf } from './test-helpers.js';
import type { ReportOptions } from './test-helpers.js';

function detect(text: string, opts: ReportOptions = {}) {
  const report = reportOf(text, opts);
  const found = detectPublished(report);
  return found && { value: found.date.value, origin: found.origin, text: found.span ? report.text.slice(found.span.start, found.span.end) : null };
}

describe('published: metadata and date lines', () => {
  it('returns the metadata date untouched', () => {
    expect(detect('12 May 2021\nText.', { published: '2019-03-02' })).toEqual({ value: '2019-03-02', origin: 'metadata', text: null });
  });

  it.each([
    ['Ceasefire broken again\n14 June 2019\n\nTwo soldiers were killed.', '2019-06-14', '14 June 2019'],
    ['Ceasefire broken again\nJune 14 2019\nTwo soldiers were killed.', '2019-06-14', 'June 14 2019'],
    ['Friday June 14 2019\n\nCeasefire broken again', '2019-06-14', 'June 14 2019'],
    ['News » Incidents\n\n14.06.2019 | Source:\n\nCeasefire broken again.', '2019-06-14', '14.06.2019'],
    ['Ceasefire broken again\n14 June 2019 09:30 (UTC+04:00)\nBy Leyla Aliyeva', '2019-06-14', '14 June 2019'],
    ['Ceasefire broken again\nPublished 14 June 2019\nText follows here.', '2019-06-14', '14 June 2019'],
    ['Ceasefire broken again\nBy Leyla Aliyeva June 14, 2019\nText follows here.', '2019-06-14', 'June 14, 2019'],
    ['Ceasefire broken again\n2019/06/14 08:15:00 GMT\nText follows here.', '2019-06-14', '2019/06/14'],
    ['Ceasefire broken again\n- Sat Jun 15 2019\nText follows here.', '2019-06-15', 'Jun 15 2019'],
  ])('reads the date line of %j', (text, value, written) => {
    expect(detect(text)).toEqual({ value, origin: 'heading', text: written });
  });

  it('reads the scraper date prefix and refines its month with the URL day', () => {
    expect(detect(' date 2019-06-14 Ceasefire broken again\n\nText.')).toMatchObject({ value: '2019-06-14', origin: 'heading' });
    expect(detect(' date 2019-06 Text.', { url: 'https://example.org/2019/06/14/ceasefire/' })).toEqual({ value: '2019-06-14', origin: 'url', text: null });
  });

  it('reads the entry date of a current-events page', () => {
    const text = '### [2016-04-2](/news/2016/04/2/index.md)\n\n# Fighting continues for a second day.';
    expect(detect(text, { format: 'current-events', entry: { date: '2016-04-02', summary: 'Fighting continues.', sources: [], related: [] } })).toEqual({
      value: '2016-04-02',
      origin: 'heading',
      text: '2016-04-2',
    });
    expect(detect(text)).toEqual({ value: '2016-04-02', origin: 'heading', text: '2016-04-2' });
  });

  it('ignores dates inside prose near the top', () => {
    expect(detect('Troops held exercises on June 10, 2019, near the lake, officials said.\nMore text.')).toBeNull();
  });
});

describe('published: datelines, updated lines, URLs', () => {
  it('reads a dateline with its year', () => {
    expect(detect('GANJA, Azerbaijan, June 14, 2019 (Reuters) - Shelling resumed.')).toEqual({ value: '2019-06-14', origin: 'dateline', text: 'June 14, 2019' });
  });

  it('takes the year of a dateline only from the URL or a full date in the text', () => {
    expect(detect('YEREVAN, June 14. /Agency/. Shelling resumed.')).toBeNull();
    expect(detect('YEREVAN, June 14. /Agency/. Shelling resumed.', { url: 'https://agency.example/2019/news/1' })).toBeNull();
    expect(detect('YEREVAN, June 14. /Agency/. Shelling resumed on June 14, 2019.')).toMatchObject({ value: '2019-06-14', origin: 'dateline' });
    expect(detect('YEREVAN, June 14. Shelling resumed.', { url: 'https://agency.example/2019/06/14/story' })).toMatchObject({ value: '2019-06-14', origin: 'dateline' });
  });

  it('reads an Updated line when nothing better is there', () => {
    expect(detect('Clash on the border\nLast Updated : Jun 15 2019 | 10:05 AM IST\nText.')).toEqual({ value: '2019-06-15', origin: 'updated-line', text: 'Jun 15 2019' });
  });

  it('prefers a date line to an Updated line and a URL', () => {
    expect(detect('Last update: 3 May 2024\n\nClash on the border\n14 June 2019\n', { url: 'https://x.example/2019/06/13/a' })).toMatchObject({ value: '2019-06-14', origin: 'heading' });
  });

  it.each([
    ['https://news.example/2010/09/01/clash/', '2010-09-01'],
    ['https://news.example/news/2010/09/1/index.md', '2010-09-01'],
    ['https://news.example/world/2023-09-01/attack', '2023-09-01'],
    ['https://news.example/story?id=4&date=2020-07-13&item=68', '2020-07-13'],
    ['https://news.example/20200714/title-1045998267.html', '2020-07-14'],
    ['https://news.example/military/201509241027500202/', '2015-09-24'],
    ['https://news.example/hotspots/05-08-2014/128214-title/', '2014-08-05'],
    ['https://news.example/armenia-azerbaijan-2010-09-01-101980493', '2010-09-01'],
  ])('reads the URL %s', (url, value) => {
    expect(detect('Shelling resumed.', { url })).toEqual({ value, origin: 'url', text: null });
  });

  it('ignores the capture date of an archived copy and undated URLs', () => {
    expect(parseUrlDate('https://web.archive.org/web/20080308182915/http://www.paper.example/world/7357504')).toBeNull();
    expect(parseUrlDate('https://news.example/world/1289379')).toBeNull();
    expect(parseUrlDate('https://news.example/2020/11/blog-post_33.html')).toEqual({ year: 2020, month: 11, day: null });
  });
});

describe('published: scrape dates', () => {
  it('skips a top date far later than the story (page scraped years later)', () => {
    const text = 'Outlet.Az\n\nMonday April 1 2024\n\nEight soldiers killed\n\n1 August 2014 16:52 (UTC+04:00)\n\nFighting on July 31 left eight dead.';
    expect(detect(text)).toEqual({ value: '2014-08-01', origin: 'heading', text: '1 August 2014' });
  });

  it('skips a weather-widget date above an anniversary story dated further down', () => {
    const text = 'Tuesday, 20 August, 2019\nIn Shusha: +25 °C\n\nThe clashes began on March 4, 2008\nSunday, 04 March, 2018, 10:20\n\nText.';
    expect(detect(text)).toMatchObject({ value: '2018-03-04', origin: 'heading' });
  });

  it('skips a late Updated line when the byline dates the story', () => {
    expect(detect('Last update: March 27, 2024 15:21\n\nGirl killed in shelling\n\nBy Anar Mammadov July 5, 2017\n\nText.')).toMatchObject({ value: '2017-07-05', origin: 'heading' });
  });

  it('keeps a lone top date: nothing shows it is a scrape date', () => {
    expect(detect('Monday April 1 2024\n\nFighting on July 31, 2014 left eight dead.')).toMatchObject({ value: '2024-04-01', origin: 'heading' });
  });
});

describe('published: a time and zone after the date', () => {
  it.each([
    ['Clash on the border\nLast Updated : Aug 02 2014 | 12:46 AM IST\nFighting went on.', '2014-08-01'],
    ['Clash on the border\nLast Updated : Aug 02 2014 | 11:30 PM IST\nFighting went on.', '2014-08-02'],
    ['Clash on the border\n1 September 2023 12:00 (UTC+04:00)\nFighting went on.', '2023-09-01'],
    ['Clash on the border\n1 September 2023 02:10 (UTC+04:00)\nFighting went on.', '2023-08-31'],
  ])('%j is published on %s (UTC)', (text, day) => {
    expect(detectPublished(reportOf(text))?.date.value).toBe(day);
  });
});
