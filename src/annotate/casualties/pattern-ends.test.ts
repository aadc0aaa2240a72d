import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../lexicon/test-helpers.js';
import { compileFigureLexicon, mayEndConjunct, mayEndRelative } from './figures.js';

// `mayEndConjunct` only spares `singularConjunct` the windows it cannot match (speed only): it says true
// of every window the pattern matches, for every language's vocabulary.
const { lexicon, languages: LANGUAGES } = languagePacks();

const TEXTS = [
  'A woman and her two children were killed. A child, a woman and three men died; an elderly man,\u00a0and  one soldier and\tfour',
  'one young soldier ,  and two. Une femme et deux enfants. Una mujer y dos niños. Eine Frau und zwei Kinder. Одна женщина и двое детей.',
  'Bir kadın ve iki çocuk. Bir qadın və iki uşaq. Մեկ կին և երկու երեխա, մեկ զինվոր եւ, մեկ մարդ ու. امرأة و طفلان. یک زن و دو کودک.',
  'Üks naine ja kaks last. Ein kona og tvö börn. Een vrouw en twee kinderen. Uma mulher e duas crianças. Una donna e due bambini.',
  'a man AND a 76-year-old woman, and a local official and an ANd a Man And ',
];

describe('casualties: a window that may end as a singular conjunct', () => {
  for (const language of LANGUAGES) {
    const vocab = lexicon.vocabulary(language);
    if (!vocab) continue;
    it(`is true of every window ${language}'s singularConjunct matches`, () => {
      const lex = compileFigureLexicon(vocab);
      let matched = 0;
      for (const text of TEXTS) {
        for (let end = 0; end <= text.length; end++) {
          const window = text.slice(Math.max(0, end - 80), end);
          if (lex.singularConjunct.test(window)) {
            matched++;
            expect(mayEndConjunct(window, lex), `${language}: ${JSON.stringify(window)}`).toBe(true);
          }
        }
      }
      if (language === 'en') expect(matched).toBeGreaterThan(5);
    });
  }
});

describe('casualties: a tail that may end as a relative clause before a status word', () => {
  const RELATIVE_TEXTS = [
    'An employee who was in the car was also injured. A man that lived there WERE later. the woman who fled and',
    'a soldier who was in the trench  were\t a man who ran, was a boy who hid had been a girl who left wereſ who x was\u00a0',
    'who 1 2 3 were; that hid In; who  is  are',
  ];
  for (const language of LANGUAGES) {
    const vocab = lexicon.vocabulary(language);
    if (!vocab) continue;
    it(`is true of every tail ${language}'s relativeClause matches`, () => {
      const lex = compileFigureLexicon(vocab);
      if (!lex.relativeClause) return;
      let matched = 0;
      for (const text of RELATIVE_TEXTS) {
        for (let end = 0; end <= text.length; end++) {
          for (let start = Math.max(0, end - 120); start < end; start += 7) {
            const tail = text.slice(start, end);
            if (lex.relativeClause.test(tail)) {
              matched++;
              expect(mayEndRelative(tail, lex), `${language}: ${JSON.stringify(tail)}`).toBe(true);
            }
          }
        }
      }
      expect(matched).toBeGreaterThan(5);
    });
  }
});
