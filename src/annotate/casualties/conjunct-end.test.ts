import { describe, expect, it } from 'vitest';
import { loadLexicon, packsFolder } from '../../lexicon/load.js';
import { compileFigureLexicon, mayEndConjunct } from './figures.js';

// `mayEndConjunct` only spares `singularConjunct` the windows it cannot match (speed only): it says true
// of every window the pattern matches, for every language's vocabulary.
const lexicon = loadLexicon({ packs: [`${packsFolder()}languages`] });
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'az', 'hy', 'ar', 'fa', 'et', 'is'];

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
