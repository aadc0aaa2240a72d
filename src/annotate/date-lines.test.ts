import { describe, expect, it } from 'vitest';
import { captionLinesOf, classifyDateLine, findCaptionLines, lineAt } from './date-lines.js';
import { docOf } from './test-helpers.js';

/** Classifies the first occurrence of `date` in the line of `text` that holds it. */
function kindOf(text: string, date: string) {
  const start = text.indexOf(date);
  return classifyDateLine(text, lineAt(text, start), { start, end: start + date.length });
}

describe('date-lines: classification', () => {
  it.each([
    ['Tuesday, 10 November 2020', '10 November 2020', 'heading'],
    ['Published 10 November 2020 | 12:46 GMT', '10 November 2020', 'heading'],
    ['By Anar Mammadov July 5, 2017', 'July 5, 2017', 'heading'],
    ['  • , Tuesday March 4 2008', 'March 4 2008', 'heading'],
    ['1 August 2014 16:52 (UTC+04:00)', '1 August 2014', 'heading'],
    [' date 2020-07-14 Shootout in the north', '2020-07-14', 'heading'],
    ['Last Updated : Aug 02 2014 | 12:46 AM IST', 'Aug 02 2014', 'updated'],
    ['Last update: March 27, 2024 15:21', 'March 27, 2024', 'updated'],
    ['BAKU, Azerbaijan, July 14', 'July 14', 'dateline'],
    ['Baku, August 1, 2014 (AFP) – A clash killed several people.', 'August 1, 2014', 'dateline'],
    ['YEREVAN, May 13. /Agency/. Troops advanced.', 'May 13', 'dateline'],
    [' date 2020-07-14 BAKU, Azerbaijan, July 14', 'July 14', 'dateline'],
  ])('reads %j as %s', (text, date, kind) => {
    expect(kindOf(text, date)).toBe(kind);
  });

  it.each([
    ['Troops held military exercises on October 22, 2009.', 'October 22, 2009'],
    ['Martakert military clashes began on March 4, 2008', 'March 4, 2008'],
    ['In Stepanakert, March 4, a rally was held.', 'March 4'],
    ['Friday, 23 August, 2019 was hot.', '23 August, 2019'],
  ])('reads %j as prose', (text, date) => {
    expect(kindOf(text, date)).toBeNull();
  });

  it('finds the line around a position', () => {
    const text = 'one\ntwo lines\nthree';
    expect(lineAt(text, 6)).toEqual({ start: 4, end: 13 });
    expect(lineAt(text, 0)).toEqual({ start: 0, end: 3 });
    expect(lineAt(text, 16)).toEqual({ start: 14, end: 19 });
  });
});

describe('date lines: a date deep in a line is prose', () => {
  it('reads a date more than a label past its line start as prose, before and after the shortcut alike', () => {
    const label = 'Published by the press service of the Ministry of Defence of the Republic, ';
    for (const prefix of ['', 'Title\n', 'Title\n\n']) {
      for (const date of ['July 14, 2020', '14 July 2020']) {
        const text = `${prefix}${label}${date}`;
        expect(kindOf(text, date)).toBeNull();
        // Within a label's length it is still read as a line ('BAKU, July 14' as a dateline).
        expect(kindOf(`${prefix}BAKU, ${date} - Two soldiers died.`, date)).toBe('dateline');
      }
    }
  });
});

describe('date lines: the words of an update line', () => {
  it('reads an update line in each language, in any case, as the pattern does', () => {
    const words = ['updated', 'update', 'modified', 'aktualisiert', 'mis à jour', 'actualizado', 'atualizado', 'aggiornato', 'bijgewerkt', 'обновлено', 'güncellendi', 'son güncelleme'];
    for (const word of words) {
      for (const written of [word, word.toUpperCase(), `Last ${word}`, `last-${word.toUpperCase()}`]) {
        for (const glue of [': ', ' on ', ' at: ', ' | ', ' - ', '  ']) {
          const text = `Story\n${written}${glue}July 14, 2020 12:00`;
          expect(kindOf(text, 'July 14, 2020'), JSON.stringify(text)).toBe('updated');
        }
      }
    }
    expect(kindOf('Story\nUpdat: July 14, 2020', 'July 14, 2020')).not.toBe('updated');
  });
});

describe('date lines: the caption lines of a document', () => {
  it('are those of its text, read again for a document whose text is not its report\'s', () => {
    const text = 'Clash at the border\nArmenia -- Troops on parade on May 9, 2019.\nTwo died.';
    const doc = docOf(text);
    expect(captionLinesOf(doc)).toEqual(findCaptionLines(text));
    expect(captionLinesOf(doc)).toBe(captionLinesOf(doc));
    const other = { ...doc, text: 'Two died.\nPhoto: AFP' };
    expect(captionLinesOf(other)).toEqual(findCaptionLines(other.text));
    expect(captionLinesOf(doc)).toEqual([{ start: 20, end: 63 }]);
  });
});
