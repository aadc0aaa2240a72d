import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../model/document.js';
import { ctxOf, docOf } from '../test-helpers.js';
import { numbers, wordsValue } from './index.js';
import { loadLexicon, packsFolder } from '../../lexicon/load.js';

/** Number words of other languages come from the languages pack. */
const lexicon = loadLexicon({ packs: [`${packsFolder()}languages`] });

function numbersIn(text: string, language = 'en') {
  const doc = numbers.run(docOf(text, { language }), { ...ctxOf(), lexicon });
  return annotationsOf(doc, 'number').map((n) => ({
    text: doc.text.slice(n.start, n.end),
    numeral: doc.text.slice(n.numeral.start, n.numeral.end),
    value: n.value,
    qualifier: n.qualifier,
    min: n.min,
    max: n.max,
  }));
}

describe('numbers: numerals', () => {
  it.each([
    ['Eight soldiers died.', 'Eight', 8],
    ['The army lost 8 men.', '8', 8],
    ['Some 75,000 fled.', '75,000', 75_000],
    ['It counted 1,500 displaced.', '1,500', 1_500],
    ['Another 1.5 million were displaced.', '1.5 million', 1_500_000],
    ['Eleven were wounded.', 'Eleven', 11],
    ['Twenty-five bodies were returned.', 'Twenty-five', 25],
    ['Two hundred and fifty homes burned.', 'Two hundred and fifty', 250],
    ['A dozen villages were shelled.', 'A dozen', 12],
    ['Half a dozen drones fell.', 'Half a dozen', 6],
    ['Two dozen tanks moved in.', 'Two dozen', 24],
    ['One soldier was killed.', 'One', 1],
    ['The shelling wounded one Armenian soldier.', 'one', 1],
    ['The attack left 11 dead.', '11', 11],
    ['قتل ١٢ جنديا', '١٢', 12],
  ])('reads the numeral in %j', (text, numeral, value) => {
    expect(numbersIn(text)).toMatchObject([{ numeral, value }]);
  });

  it('reads "one" as a count after a verb of harm', () => {
    expect(numbersIn('The drone strike killed two and injured one.').map((n) => n.numeral)).toEqual(['two', 'one']);
  });

  it('reads "that one of its soldiers" as a count, but not "that one" alone', () => {
    expect(numbersIn('The ministry said that one of its soldiers was killed.').map((n) => n.value)).toEqual([1]);
    expect(numbersIn('The ministry said that one was a mistake.')).toEqual([]);
    expect(numbersIn('He liked that one of the plans best.')).toEqual([]);
  });

  it('reads thousands separators of the document language', () => {
    expect(numbersIn('Über 75.000 Menschen flohen.', 'de')).toMatchObject([{ numeral: '75.000', value: 75_000, qualifier: 'more-than' }]);
  });

  it('reads thousands grouped by a space outside English, and no count with a leading zero', () => {
    expect(numbersIn('Linnas elab 300 000 inimest.', 'et').map((n) => n.value)).toEqual([300_000]);
    expect(numbersIn('In 2020 300 people fled.', 'en').map((n) => n.value)).toEqual([300]);
    expect(numbersIn('Agent 007 fled.', 'en')).toEqual([]);
  });

  it('reads "many" and "lots of" as vague, but not "as many as 20"', () => {
    expect(numbersIn('Many soldiers and lots of civilians were hurt.').map((n) => n.text)).toEqual(['Many', 'lots of']);
    expect(numbersIn('As many as 20 shells fell.').map((n) => n.value)).toEqual([20]);
  });

  it('reads small numerals of the document language', () => {
    expect(numbersIn('Zwei Soldaten starben, drei wurden verletzt.', 'de').map((n) => n.value)).toEqual([2, 3]);
    expect(numbersIn('По меньшей мере двое военнослужащих погибли.', 'ru')).toMatchObject([{ text: 'По меньшей мере двое', value: 2, qualifier: 'at-least' }]);
    expect(numbersIn('Vähemalt 13 tsiviilelanikku hukkus.', 'et')).toMatchObject([{ text: 'Vähemalt 13', qualifier: 'at-least', min: 13, max: null }]);
  });

  it('computes the value of English number words', () => {
    expect([wordsValue('two hundred'), wordsValue('three thousand five hundred'), wordsValue('nineteen ninety')]).toEqual([200, 3500, null]);
  });
});

describe('numbers: qualifiers', () => {
  it.each([
    ['At least 13 civilians died.', 'At least 13', 'at-least', 13, null],
    ['No fewer than 40 were hurt.', 'No fewer than 40', 'at-least', 40, null],
    ['More than 300 soldiers died.', 'More than 300', 'more-than', 300, null],
    ['Over 40 people were injured.', 'Over 40', 'more-than', 40, null],
    ['Up to 75,000 people fled.', 'Up to 75,000', 'up-to', null, 75_000],
    ['As many as 20 shells fell.', 'As many as 20', 'up-to', null, 20],
    ['No more than ten were hurt.', 'No more than ten', 'up-to', null, 10],
    ['Less than 5 were missing.', 'Less than 5', 'less-than', null, 5],
    ['Fewer than 30 remained.', 'Fewer than 30', 'less-than', null, 30],
    ['Under 50 families returned.', 'Under 50', 'less-than', null, 50],
    ['Nearly two hundred civilians died.', 'Nearly two hundred', 'about', 200, 200],
    ['Almost 40 were wounded.', 'Almost 40', 'about', 40, 40],
    ['Around 300 soldiers were killed.', 'Around 300', 'about', 300, 300],
    ['About a dozen houses burned.', 'About a dozen', 'about', 12, 12],
    ['Some 30,000 people were killed.', 'Some 30,000', 'about', 30_000, 30_000],
    ['Approximately 1,000 troops moved.', 'Approximately 1,000', 'about', 1_000, 1_000],
    ['Roughly 60 shells hit the town.', 'Roughly 60', 'about', 60, 60],
    ['An estimated 30,000 were killed.', 'An estimated 30,000', 'about', 30_000, 30_000],
    ['Four soldiers were killed.', 'Four', 'exact', 4, 4],
  ])('qualifies %j', (text, span, qualifier, min, max) => {
    expect(numbersIn(text)[0]).toMatchObject({ text: span, qualifier, min, max });
  });

  it.each([
    ['Several soldiers were killed.', 'Several'],
    ['A number of civilians were hurt.', 'A number of'],
    ['A few villagers stayed.', 'A few'],
    ['Dozens of houses burned.', 'Dozens'],
    ['Hundreds of people fled.', 'Hundreds'],
    ['Thousands of refugees arrived.', 'Thousands'],
    ['Tens of thousands fled the fighting.', 'Tens of thousands'],
    ['Some soldiers deserted.', 'Some'],
    ['Several hundred troops arrived.', 'Several hundred'],
  ])('reads the vague quantity in %j', (text, numeral) => {
    expect(numbersIn(text)).toEqual([{ text: numeral, numeral, value: null, qualifier: 'vague', min: null, max: null }]);
  });

  it('keeps the numeral span apart from the qualifier', () => {
    const [n] = numbersIn('Officials said at least four soldiers died.');
    expect(n).toMatchObject({ text: 'at least four', numeral: 'four', value: 4 });
  });
});

describe('numbers: a count at the end of a sentence', () => {
  it('reads "12." before a capitalised sentence as 12, and "3. march" not as a count', () => {
    const doc = numbers.run(docOf('The toll rose to 12. This was announced later.'), ctxOf());
    const [n] = annotationsOf(doc, 'number');
    expect(doc.text.slice(n!.start, n!.end)).toBe('12');
    expect(n!.value).toBe(12);
    const other = numbers.run(docOf('Talks open on 3. march in the capital.'), ctxOf());
    expect(annotationsOf(other, 'number')).toEqual([]);
  });
});

describe("numbers: other languages' scale and vague words", () => {
  it.each([
    ['tr', '90 bin kişi göç etti.', 90_000],
    ['es', 'Unos 5 mil civiles huyeron.', 5_000],
    ['de', 'Rund 3 Tausend Menschen flohen.', 3_000],
    ['fa', '۹۰ هزار نفر آواره شدند.', 90_000],
  ])('%s: %s', (language, text, value) => {
    expect(numbersIn(text, language).map((n) => n.value)).toContain(value);
  });

  it('multiplies nothing by another language\'s scale word in English', () => {
    expect(numbersIn('At least 5 mil of rain fell.').map((n) => n.value)).toEqual([5]);
  });

  it.each([['es', 'Decenas de soldados murieron.'], ['de', 'Dutzende Soldaten starben.'], ['nl', 'Tientallen soldaten kwamen om.'], ['ar', 'قتل العشرات من الجنود.']])(
    '%s: vague in %s',
    (language, text) => {
      expect(numbersIn(text, language)[0]).toMatchObject({ value: null, qualifier: 'vague' });
    },
  );
});
