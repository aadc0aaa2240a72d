import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../model/document.js';
import { ctxOf, docOf } from '../test-helpers.js';
import { dates } from './index.js';

/** 2023-09-01 is a Friday. */
const REF = '2023-09-01';

function datesIn(text: string, language = 'en'): string[] {
  const doc = dates.run(docOf(text, { published: REF, language }), ctxOf());
  return annotationsOf(doc, 'date').map((d) => doc.text.slice(d.start, d.end));
}

describe('dates: negative cases', () => {
  it.each([
    ['Update 5 1800 CET'],
    ['Update 2 - 09.15 CET'],
    ['The shelling began at 20:40 and stopped at 8:40 p.m. local time.'],
    ['The hotline works 24/7 and covers 2/3 of the district.'],
    ['The toll may rise, and a march on the capital is planned.'],
    ['Troops killed 8 soldiers and wounded 4.'],
    ['In two days of fighting the line did not move.'],
    ['Fighting in the day was heavy.'],
    ['Talks resume tomorrow, next week or next Friday, within a month.'],
    ['Eight soldiers died over the past three days.'],
    ['There is now an official account of the incident.'],
    ['A similar attack happened the day before, and the previous day too.'],
    ['Shelling was reported a few days ago and last week.'],
    ['Some 300 soldiers and 87.6% of voters, at a cost of $1.5 million.'],
    ['See http://news.example/2010/09/01/clash and @army2020 and #Karabakh2020.'],
    ['Veterans of the 1990s remember the Mi-24 and the T-72.'],
    ['Russia sent 2000 peacekeepers to the region.'],
    ['Born 1995, he served in unit 1998-2.'],
  ])('finds no date in %j', (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('does not read the Portuguese verb "ter" as Tuesday', () => {
    expect(datesIn('O ministério afirmou ter atacado as posições do inimigo.', 'pt')).toEqual([]);
  });

  it('does not read the German ", so X" (says X) as Sunday', () => {
    expect(datesIn('„Die Lage ist ernst“, so der Sprecher.', 'de')).toEqual([]);
    expect(datesIn('Am Sonntag gab es Schüsse.', 'de')).toEqual(['Am Sonntag']);
  });

  it('does not read the German "Morgen" (tomorrow) as a past date', () => {
    expect(datesIn('Morgen beginnen neue Gespräche.', 'de')).toEqual([]);
  });

  it('does not read a month inside a longer word ("генерал-майора" holds "май")', () => {
    expect(datesIn('Он сообщил о гибели генерал-майора и полковника.', 'ru')).toEqual([]);
    expect(datesIn('Бои начались 12 мая.', 'ru')).toHaveLength(1);
  });
});
