import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../model/document.js';
import { ctxOf, docOf } from '../test-helpers.js';
import { numbers } from './index.js';

function numeralsIn(text: string): string[] {
  const doc = numbers.run(docOf(text, { language: 'en', sentences: 'lines' }), ctxOf());
  return annotationsOf(doc, 'number').map((n) => doc.text.slice(n.numeral.start, n.numeral.end));
}

describe('numbers: negative cases', () => {
  it.each([
    ['The war began in 1992 and a truce has held since 1994.'],
    ['The 1988-1994 war is remembered.'],
    ['Update 2 - 09.15 CET'],
    ['Update 5 1800 CET'],
    ['Shelling began at 20:40 and again at 8:40 p.m.'],
    ['It happened on February 25, on 25 February and on the 25th.'],
    ['On Feb. 27 and on September 1, 2023, talks failed.'],
    ['Turnout was 87.6% and 50 percent backed it.'],
    ['The aid is worth $5 million, 300 manats or 2 million dollars.'],
    ['Mortars of 82 and 120 mm and a 5 km zone.'],
    ['They used 120-millimeter mortars over 2.5 km.'],
    ['See http://news.example.am/2020/12/4/story and @army12 and #Sotk2.'],
    ['A Mi-24 helicopter, a T-72 tank and an S-300 system were hit.'],
    ['One of the reasons was the weather, and no one else was there.'],
    ['They blame one another, one day after the talks.'],
    ['Update 5: No. 3 brigade cited Resolution 822.'],
    ['A 2-year-old girl died in the four-day war; her grandmother, aged 65, survived.'],
    ['The first, second and third attacks failed.'],
    ['In Stepanakert: +27 °C'],
    ['bced6c5d1706a537bd93d310bed15716d5558f34-19to73a.jpg and 53305.jpeg'],
    ['1. [A source](http://a.example/x)'],
    ['(Updated 5)'],
    ['The 31. anniversary was marked.'],
  ])('finds no count in %j', (text) => {
    expect(numeralsIn(text)).toEqual([]);
  });
});
