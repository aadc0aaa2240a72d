import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../model/document.js';
import { ctxOf, docOf } from '../test-helpers.js';
import type { DocOptions } from '../test-helpers.js';
import { dates, resolveDate } from './index.js';

/** 2023-09-01 is a Friday. */
const REF = '2023-09-01';

function datesIn(text: string, opts: DocOptions = {}, fallback: string | null = null) {
  const doc = dates.run(docOf(text, { sentences: 'lines', ...opts }), ctxOf(fallback));
  return annotationsOf(doc, 'date').map((d) => ({
    text: doc.text.slice(d.start, d.end),
    value: d.date.value,
    until: d.until?.value ?? null,
    certainty: d.certainty,
    relative: d.relative,
    role: d.role,
  }));
}

function resolved(text: string, ref: string | null = REF) {
  const r = resolveDate(text, ref);
  return r && [r.text, r.date.value, r.date.precision, r.certainty, r.relative];
}

describe('dates: written dates', () => {
  it.each([
    ['The attack came on September 25, 2015 near the village.', ['September 25, 2015', '2015-09-25', 'day', 'stated', false]],
    ['Fighting broke out on 12 July 2020.', ['12 July 2020', '2020-07-12', 'day', 'stated', false]],
    ['The report is dated 05.08.2014 in the archive.', ['05.08.2014', '2014-08-05', 'day', 'stated', false]],
    ['Filed 2008/03/05 by the bureau.', ['2008/03/05', '2008-03-05', 'day', 'stated', false]],
    ['The April 2016 offensive changed the line.', ['April 2016', '2016-04', 'month', 'stated', false]],
    ['Clashes resumed on February 25 at midnight.', ['February 25', '2023-02-25', 'day', 'stated', false]],
    ['On Feb. 27 the bodies were returned.', ['Feb. 27', '2023-02-27', 'day', 'stated', false]],
  ])('reads %j', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('never places a month-day without a year after the reference date', () => {
    expect(resolved('It happened on December 30.', '2024-01-02')?.[1]).toBe('2023-12-30');
    expect(resolved('It happened on September 2.')?.[1]).toBe('2023-09-02');
    expect(resolved('It happened on September 3.')?.[1]).toBe('2022-09-03');
  });

  it('reads a month alone as the latest such month up to the reference', () => {
    expect(resolved('The talks failed in August.')).toEqual(['August', '2023-08', 'month', 'stated', false]);
    expect(resolved('The talks failed in November.')).toEqual(['November', '2022-11', 'month', 'stated', false]);
    expect(resolved('The talks failed at the end of August.')).toEqual(['end of August', '2023-08', 'month', 'stated', false]);
  });

  it('reads bare years with a cue, and year ranges with until', () => {
    expect(resolved('The countries fought a war in 1992.')).toEqual(['1992', '1992', 'year', 'stated', false]);
    expect(resolved('A ceasefire has held since 1994.')).toEqual(['1994', '1994', 'year', 'stated', false]);
    expect(datesIn('The 1988-1994 war killed thousands, as did fighting between 1991 and 1993.', { published: REF })).toEqual([
      { text: '1988-1994', value: '1988', until: '1994', certainty: 'stated', relative: false, role: 'body' },
      { text: 'between 1991 and 1993', value: '1991', until: '1993', certainty: 'stated', relative: false, role: 'body' },
    ]);
  });

  it('reads day ranges with until', () => {
    expect(datesIn('On the night of July 13-14 the shelling resumed.', { published: '2020-07-14' })).toEqual([
      { text: 'July 13-14', value: '2020-07-13', until: '2020-07-14', certainty: 'stated', relative: false, role: 'body' },
    ]);
  });

  it('reads dates in other languages with the locale parser', () => {
    expect(datesIn('Am Dienstag, dem 4. Juli, wurde das Dorf beschossen.', { published: '2017-07-05', language: 'de' })).toEqual([
      { text: '4. Juli', value: '2017-07-04', until: null, certainty: 'stated', relative: false, role: 'body' },
    ]);
    expect(datesIn('Le 12 juillet 2020, hier encore, des tirs ont été signalés.', { published: '2020-07-14', language: 'fr' })).toEqual([
      { text: '12 juillet 2020', value: '2020-07-12', until: null, certainty: 'stated', relative: false, role: 'body' },
      { text: 'hier', value: '2020-07-13', until: null, certainty: 'implied', relative: true, role: 'body' },
    ]);
    expect(datesIn('Столкновения начались 12 июля 2020 года.', { published: '2020-07-14', language: 'ru' })[0]).toMatchObject({ text: '12 июля 2020', value: '2020-07-12' });
  });
});

describe('dates: relative expressions', () => {
  it.each([
    ['Both sides reported casualties on Friday.', ['on Friday', '2023-09-01', 'day', 'implied', true]],
    ['The statement came on Thursday.', ['on Thursday', '2023-08-31', 'day', 'implied', true]],
    ['Azerbaijan will hold a ceremony on Saturday.', ['on Saturday', '2023-09-02', 'day', 'implied', true]],
    ['Fighting flared last Friday.', ['last Friday', '2023-08-25', 'day', 'implied', true]],
    ['Two soldiers were killed yesterday.', ['yesterday', '2023-08-31', 'day', 'implied', true]],
    ['Shelling continued overnight.', ['overnight', '2023-09-01', 'day', 'implied', true]],
    ['Villages were shelled last night.', ['last night', '2023-09-01', 'day', 'implied', true]],
    ['The clash took place one day after the talks.', ['one day after', '2023-09-01', 'day', 'implied', true]],
    ['In September of last year, 300 soldiers died.', ['In September of last year', '2022-09', 'month', 'stated', true]],
    ['The border was quiet last September.', ['last September', '2022-09', 'month', 'stated', true]],
    ['Clashes were frequent last year.', ['last year', '2022', 'year', 'implied', true]],
    ['Clashes were frequent this year.', ['this year', '2023', 'year', 'implied', true]],
    ['The offensive began two years ago.', ['two years ago', '2021', 'year', 'implied', true]],
    ['Exactly a year ago the war began.', ['Exactly a year ago', '2022-09-01', 'day', 'implied', true]],
    ['Three days ago a drone struck.', ['Three days ago', '2023-08-29', 'day', 'implied', true]],
    ['They mark the 25th anniversary of the massacre.', ['25th anniversary', '1998', 'year', 'implied', true]],
    ['They mark the thirtieth anniversary of the massacre.', ['thirtieth anniversary', '1993', 'year', 'implied', true]],
  ])('resolves %j', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('lets a named day win over overnight next to it', () => {
    expect(datesIn('Positions were shelled overnight on Thursday.', { published: REF })).toEqual([
      { text: 'on Thursday', value: '2023-08-31', until: null, certainty: 'implied', relative: true, role: 'body' },
    ]);
  });

  it('drops a bare weekday next to the date it names', () => {
    expect(datesIn('Incidents continued on Saturday (25 February).', { published: '2017-02-25' })).toEqual([
      { text: '25 February', value: '2017-02-25', until: null, certainty: 'stated', relative: false, role: 'body' },
    ]);
  });

  it('uses the detected publication date, then the fallback, as reference', () => {
    expect(datesIn('Shelling resumed\n3 March 2021\nTwo died yesterday.')).toEqual([
      { text: '3 March 2021', value: '2021-03-03', until: null, certainty: 'stated', relative: false, role: 'heading' },
      { text: 'yesterday', value: '2021-03-02', until: null, certainty: 'implied', relative: true, role: 'body' },
    ]);
    expect(datesIn('Two died yesterday.', {}, '2021-03-03')).toMatchObject([{ value: '2021-03-02' }]);
  });

  it('lets a month-day fall weeks after a fallback reference, which is an event day, not a writing day', () => {
    expect(datesIn('On Feb. 27 the bodies were returned.', {}, '2017-02-24')).toMatchObject([{ value: '2017-02-27' }]);
    expect(datesIn('On January 5 the talks resumed.', {}, '2016-12-20')).toMatchObject([{ value: '2017-01-05' }]);
    // Further ahead than a few weeks it is still the year before.
    expect(datesIn('On June 1 the talks resumed.', {}, '2017-02-24')).toMatchObject([{ value: '2016-06-01' }]);
    // A publication date allows only the next day.
    expect(datesIn('On Feb. 27 the bodies were returned.', { published: '2017-02-24' })).toMatchObject([{ value: '2016-02-27' }]);
  });

  it('counts "a day earlier" and "two days later" from the day told before in the paragraph', () => {
    // With no reference a day without a year is no date, and so nothing to count from.
    expect(datesIn('Shelling hit Berd on Sept. 20. A day earlier, two villagers died.')).toEqual([]);
    expect(datesIn('Shelling hit Berd on 20 September 2015. A day earlier, two villagers died. Two days later, talks began.'))
      .toMatchObject([{ value: '2015-09-20' }, { text: 'A day earlier', value: '2015-09-19' }, { text: 'Two days later', value: '2015-09-22' }]);
  });

  it("reads 'today' in a report dated only by its incident as the last day the report states", () => {
    // The reference lent by an incident is the day of the event, not the day of writing.
    expect(datesIn('Shelling began on Sept. 24 and went on on Sept. 25.\nFour soldiers were killed today.', {}, '2015-09-24').at(-1))
      .toMatchObject({ text: 'today', value: '2015-09-25' });
    // A report's own publication day stays its 'today'.
    expect(datesIn('Shelling began on Sept. 24 and went on on Sept. 25.\nFour soldiers were killed today.', { published: '2015-09-26' }).at(-1))
      .toMatchObject({ text: 'today', value: '2015-09-26' });
    // 'overnight' and 'a day after' keep the lent day.
    expect(datesIn('Shelling went on on Sept. 25.\nFour soldiers were killed overnight.', {}, '2015-09-24').at(-1)).toMatchObject({ text: 'overnight', value: '2015-09-24' });
  });

  it('dates "over the weekend" by its Saturday, the latest up to the reference', () => {
    // 2014-08-05 is a Tuesday, 2014-08-03 a Sunday, 2014-08-02 a Saturday, 2014-08-08 a Friday.
    expect(datesIn('Thirteen troops were lost over the weekend.', { published: '2014-08-05' })).toMatchObject([{ text: 'over the weekend', value: '2014-08-02' }]);
    expect(datesIn('Thirteen troops were lost over the weekend.', { published: '2014-08-03' })).toMatchObject([{ value: '2014-08-02' }]);
    expect(datesIn('Shelling went on last weekend.', { published: '2014-08-02' })).toMatchObject([{ value: '2014-08-02' }]);
    expect(datesIn('Shelling went on last weekend.', { published: '2014-08-08' })).toMatchObject([{ value: '2014-08-02' }]);
    expect(datesIn('The weekend markets reopened.', { published: '2014-08-05' })).toEqual([]);
  });

  it('reads the relative dates of a report with no date of its own against the last day it states, not a photo caption', () => {
    // 2017-02-27 is a Monday: the weekend before it began on the 25th.
    expect(datesIn('On Feb. 27, 2017, both ministries confirmed that five soldiers were killed over the weekend.', { published: null }))
      .toMatchObject([{ text: 'Feb. 27, 2017', value: '2017-02-27' }, { text: 'over the weekend', value: '2017-02-25' }]);
    // A caption's date is its photo's: no reference, so the weekend stays unread.
    expect(datesIn('Armenia -- Troops parade in the capital on May 9, 2019.\nFive soldiers were killed over the weekend.', { published: null }).map((d) => d.text))
      .toEqual(['May 9, 2019']);
  });

  it('counts a paragraph opening "A day earlier" from the reference day, and leaves a bare one mid-sentence alone', () => {
    expect(datesIn('Fighting resumed.\n\nA day earlier, two villagers died.', { published: '2015-09-25' }))
      .toMatchObject([{ text: 'A day earlier', value: '2015-09-24', relative: true }]);
    expect(datesIn('Fighting resumed. Two villagers had died the day before.', { published: '2015-09-25' })).toEqual([]);
    // 'the day before the talks' counts from the talks, which are not a date.
    expect(datesIn('On 20 September 2015 fighting resumed. Two villagers had died the day before the talks.')).toMatchObject([{ value: '2015-09-20' }]);
  });

  it('reads "last autumn" and "this summer" as their year, and leaves "the last fall of" alone', () => {
    expect(resolved('During the hostilities last autumn, 2,895 soldiers were killed.', '2021-05-12')).toEqual(['last autumn', '2020', 'year', 'implied', true]);
    expect(resolved('The talks failed last winter.', '2021-05-12')?.[1]).toBe('2021');
    expect(resolved('The talks failed last winter.', '2020-12-15')?.[1]).toBe('2020');
    expect(resolved('Roads reopened this summer.', '2021-05-12')?.[1]).toBe('2021');
    expect(resolved('It marked the last fall of the city.', '2021-05-12')).toBeNull();
  });

  it('keeps only dates with a written year when there is no reference, and no day in the opening', () => {
    const background = `${'The talks stalled again.\n'.repeat(25)}Two died yesterday, on Friday, in August, and on 3 March 2021.`;
    expect(datesIn(background)).toEqual([
      { text: '3 March 2021', value: '2021-03-03', until: null, certainty: 'stated', relative: false, role: 'body' },
    ]);
    // A day stated in the opening is the day the report was written: 2021-03-03 is a Wednesday.
    expect(datesIn('Two died yesterday, on Friday, in August, and on 3 March 2021.').map((d) => `${d.text} ${d.value}`)).toEqual([
      'yesterday 2021-03-02', 'August 2020-08', '3 March 2021 2021-03-03',
    ]);
  });

  it('resolves day words only against a reference that has a day', () => {
    expect(datesIn('Two died yesterday in fighting that began last year.', { published: '2021-03' })).toEqual([
      { text: 'last year', value: '2020', until: null, certainty: 'implied', relative: true, role: 'body' },
    ]);
  });
});

describe('dates: roles', () => {
  it('marks heading, dateline, updated and body dates', () => {
    const text = 'Clash on the border\nTuesday, 10 November 2020\nLast updated: 11 November 2020 09:00\nBAKU, Azerbaijan, November 10 (Agency) - Fighting stopped on November 9.';
    expect(datesIn(text, { published: '2020-11-10' }).map((d) => [d.text, d.role])).toEqual([
      ['10 November 2020', 'heading'],
      ['11 November 2020', 'updated'],
      ['November 10', 'dateline'],
      ['November 9', 'body'],
    ]);
  });

  it('reads the scraper prefix date as a heading and the markdown entry date too', () => {
    expect(datesIn(' date 2020-07 Fighting continued.', { published: '2020-07-14' })).toMatchObject([{ text: '2020-07', value: '2020-07', role: 'heading' }]);
    expect(datesIn('### [2016-04-2](/news/2016/04/2/index.md)')).toEqual([
      { text: '2016-04-2', value: '2016-04-02', until: null, certainty: 'stated', relative: false, role: 'heading' },
    ]);
  });

  it('sets by and leaves the input document untouched', () => {
    const input = docOf('On 3 March 2021 two died.', { published: REF });
    const doc = dates.run(input, ctxOf());
    expect(annotationsOf(input, 'date')).toHaveLength(0);
    expect(annotationsOf(doc, 'date')[0]?.by).toBe('dates.v1');
  });
});
