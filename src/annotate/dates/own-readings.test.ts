import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../model/document.js';
import { ctxOf, docOf } from '../test-helpers.js';
import type { DocOptions } from '../test-helpers.js';
import { findAbsoluteDates } from './absolute.js';
import { dates } from './index.js';
import { quoteStartAt } from './quotes.js';

/** 2023-09-01 is a Friday. */
const REF = '2023-09-01';

function datesIn(text: string, opts: DocOptions = {}): { text: string; value: string; certainty: string; relative: boolean }[] {
  const doc = dates.run(docOf(text, { sentences: 'lines', published: REF, ...opts }), ctxOf(null));
  return annotationsOf(doc, 'date').map((d) => ({ text: doc.text.slice(d.start, d.end), value: d.date.value, certainty: d.certainty, relative: d.relative }));
}

const values = (text: string, opts: DocOptions = {}): [string, string][] => datesIn(text, opts).map((d) => [d.text, d.value]);

describe('dates: English weekdays and yesterday, read without chrono', () => {
  it('reads a weekday with or without "on", and "last" strictly before', () => {
    expect(values('The shelling stopped on Wednesday.')).toEqual([['on Wednesday', '2023-08-30']]);
    expect(values('Tuesday saw more fighting.')).toEqual([['Tuesday', '2023-08-29']]);
    expect(values('A drone hit the depot last Friday.')).toEqual([['last Friday', '2023-08-25']]);
    expect(datesIn('The shelling stopped on Wednesday.')[0]).toMatchObject({ certainty: 'implied', relative: true });
  });

  it('reads an abbreviation only after "on" or "last"', () => {
    expect(values('Talks resumed on Thu. in Vienna.')).toEqual([['on Thu', '2023-08-31']]);
    expect(values('The Sun reported the story.')).toEqual([]);
  });

  it('does not read a weekday ahead of the report', () => {
    expect(values('The ministers will meet next Monday.')).toEqual([]);
  });

  it('reads yesterday, but not the day before yesterday', () => {
    expect(values('Two villagers were hurt yesterday.')).toEqual([['yesterday', '2023-08-31']]);
    expect(values('Two villagers were hurt the day before yesterday.')).toEqual([]);
  });
});

describe('dates: a month named alone', () => {
  it('is the latest such month up to the reference', () => {
    expect(values('The border has been quiet since July.')).toEqual([['July', '2023-07']]);
    expect(values('Talks collapsed in October.')).toEqual([['October', '2022-10']]);
  });

  it('takes "May" only after a preposition', () => {
    expect(values('The truce was agreed in May.')).toEqual([['May', '2023-05']]);
    expect(values('May the talks succeed, the envoy said.')).toEqual([]);
  });

  it('leaves a month with its day or year to the date patterns', () => {
    expect(values('Fighting resumed on July 13.')).toEqual([['July 13', '2023-07-13']]);
    expect(values('Fighting resumed in July 2020.')).toEqual([['July 2020', '2020-07']]);
  });
});

describe('dates: yesterday and today in languages chrono has no parser for', () => {
  it.each([
    ['is', 'Tveir hermenn féllu í gærmorgun við landamærin.', 'í gærmorgun', '2023-08-31'],
    ['tr', 'Sınırda dün çatışma çıktı.', 'dün', '2023-08-31'],
    ['pl', 'Wczoraj doszło do starcia na granicy.', 'Wczoraj', '2023-08-31'],
  ])('%s: %s', (language, text, word, value) => {
    expect(values(text, { language })).toEqual([[word, value]]);
  });

  it('reads the words as whole words, and only in their language', () => {
    expect(values('Dünya bu çatışmayı izliyor.', { language: 'tr' })).toEqual([]);
    expect(values('Sınırda dün çatışma çıktı.', { language: 'en' })).toEqual([]);
  });
});

describe('dates: day words inside a quotation', () => {
  it('count from the day the statement was made', () => {
    const text = 'The agency reported the statement on Wednesday, August 30. "This morning, troops crossed the border," the minister said.';
    expect(values(text, { sentences: 'whole' })).toEqual([
      ['August 30', '2023-08-30'],
      ['This morning', '2023-08-30'],
    ]);
  });

  it('keep the reference day outside a quotation or without a dated statement', () => {
    expect(values('The agency reported on Wednesday, August 30. This morning, troops crossed the border.', { sentences: 'whole' })).toContainEqual(['This morning', REF]);
    expect(values('"This morning, troops crossed the border," the minister said.', { sentences: 'whole' })).toEqual([['This morning', REF]]);
  });

  it('finds where a quotation opens', () => {
    expect(quoteStartAt('He said: "We hold the line today."', 25)).toBe(9);
    expect(quoteStartAt('He said: "We hold." Then today came.', 27)).toBe(-1);
    expect(quoteStartAt('Il a dit : « Nous tenons » aujourd’hui.', 30)).toBe(-1);
  });

  it('finds where a quotation opens as the reading by characters did, in any mix of quote marks', () => {
    // The reading before it went by character codes (the reference).
    const byCharacters = (text: string, pos: number): number => {
      const paragraphStart = Math.max(text.lastIndexOf('\n\n', pos), 0);
      let open = -1;
      for (let i = paragraphStart; i < pos; i++) {
        const c = text[i] as string;
        if (c === '"') open = open < 0 ? i : -1;
        else if ('“«„‹'.includes(c) && open < 0) open = i;
        else if ('”»“›'.includes(c) && open >= 0 && !(c === '“' && text[open] === '„')) open = -1;
      }
      return open;
    };
    const pieces = ['"', '“', '”', '«', '»', '„', '‹', '›', 'a', ' ', 'é', '\n\n', '\n', '’', '\u00ab', '𝐀'];
    let seed = 11;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      for (let pos = 0; pos <= text.length; pos++) expect(quoteStartAt(text, pos), JSON.stringify([text, pos])).toBe(byCharacters(text, pos));
    }
  });
});

describe('dates: year written before the month', () => {
  it('reads "2014 August 01" as one date', () => {
    expect(findAbsoluteDates('2014 August 01 (Friday) 14:09:13')).toEqual([{ start: 0, end: 14, year: 2014, month: 8, day: 1, form: 'named' }]);
  });

  it('does not take a count or a longer number for the year', () => {
    expect(findAbsoluteDates('12014 August 1')[0]).toMatchObject({ year: null, month: 8, day: 1 });
    expect(findAbsoluteDates('August 1, 2014')[0]).toMatchObject({ year: 2014, start: 0 });
  });
});

describe('dates: a day without its year in a report without reference', () => {
  it('follows a month named after "since"', () => {
    const text = 'It was the worst fighting since April 2016. On Feb. 27 the bodies were returned.';
    expect(values(text, { published: null, sentences: 'whole' })).toEqual([
      ['April 2016', '2016-04'],
      ['Feb. 27', '2017-02-27'],
    ]);
    expect(datesIn(text, { published: null, sentences: 'whole' })[1]).toMatchObject({ certainty: 'implied', relative: false });
  });

  it('is not read without "since", after a bare year, or when the report has a date', () => {
    expect(values('In April 2016 many died. On Feb. 27 the bodies were returned.', { published: null, sentences: 'whole' })).toEqual([['April 2016', '2016-04']]);
    expect(values('The worst since 2016. On Feb. 27 the bodies were returned.', { published: null, sentences: 'whole' })).toEqual([['2016', '2016']]);
    expect(values('The worst since April 2016. On Feb. 27 the bodies were returned.', { sentences: 'whole' })).toEqual([
      ['April 2016', '2016-04'],
      ['Feb. 27', '2023-02-27'],
    ]);
  });
});

describe('dates: a decade in other languages', () => {
  it.each([
    ['La guerre des années 1990 a fait 30 000 morts.', 'années 1990', '1990'],
    ['La guerre des années 90 a fait 30 000 morts.', 'années 90', '1990'],
    ['Der Krieg in den 1990er Jahren forderte 30.000 Tote.', '1990er', '1990'],
    ['Война в 1990-х годах унесла жизни 30 тысяч человек.', '1990-х', '1990'],
    ['La guerra de los años 90 dejó 30.000 muertos.', 'años 90', '1990'],
    ["La guerra degli anni '90 ha causato 30.000 morti.", "anni '90", '1990'],
    ['A guerra da década de 1990 matou 30 mil pessoas.', 'década de 1990', '1990'],
    ["1990'lı yıllardaki savaşta 30 bin kişi öldü.", "1990'lı yıl", '1990'],
    ['Les années 2000 ont été calmes.', 'années 2000', '2000'],
  ])('%s', (text, phrase, year) => {
    expect(values(text)).toEqual([[phrase, year]]);
  });

  it('reads no decade in a count or a plain number', () => {
    expect(values('Er nannte 90 Namen und 1990 weitere.')).toEqual([]);
    expect(values('Il y avait 90 soldats.')).toEqual([]);
  });
});
