import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../lexicon/test-helpers.js';
import { wholeWords } from '../../lexicon/vocabulary.js';
import { LETTER_OR_DIGIT, WordPattern } from '../../lexicon/word-pattern.js';

// The side and attribution rules test these words as WordPatterns (speed only): the same answers as the
// plain patterns they replace, for every language's vocabulary.
const { lexicon, languages: LANGUAGES } = languagePacks();

const TEXTS = [
  'The enemy suffered heavy losses, the enemy\'s equipment was destroyed; our units and we had no losses. It also said, they said, its ministry added',
  'Der Feind erlitt Verluste, unsere Einheiten; der Gegner. L\'ennemi a subi des pertes; nos unités. El enemigo; nuestras tropas. Il nemico, le nostre.',
  'Противник понёс потери, наши подразделения; мы. Düşman kayıp verdi, bizim birliklerimiz. Düşmən itki verdi. Հակառակորդը կորուստներ. العدو خسائر. دشمن تلفات.',
  'enemyX xenemy ENEMY, Enemy; 2enemy enemy2 — "our" «we» us. it, he said; she added that, they reportedly said ,',
  'Vaenlane kaotas, meie üksused. Óvinurinn missti, okkar. De vijand leed verliezen, onze eenheden. O inimigo, as nossas tropas.',
  '',
];

/** The text, its pieces between punctuation (the slices the rules test) and their ends ('it also said'). */
function pieces(text: string): string[] {
  return [text, ...text.split(/[.;]/), ...text.split(/[,.;]/).map((s) => s.trimStart())];
}

describe('casualties: vocabulary words as WordPatterns', () => {
  for (const language of LANGUAGES) {
    const vocab = lexicon.vocabulary(language);
    if (!vocab) continue;
    it(`reads ${language} enemy, own, possessive and anaphora words as the plain patterns do`, () => {
      const cases: [WordPattern, RegExp][] = [
        [new WordPattern(vocab.enemy, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT }), new RegExp(wholeWords(vocab.enemy), 'iu')],
        [new WordPattern(vocab.own, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT }), new RegExp(wholeWords(vocab.own), 'iu')],
        [new WordPattern(vocab.possessive, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT }), new RegExp(wholeWords(vocab.possessive), 'iu')],
        [
          new WordPattern(`(?:${vocab.anaphora})(?![\\p{L}\\p{N}])(?:\\s+\\p{Ll}{1,12}){0,2}\\s*,?\\s*$`, { before: LETTER_OR_DIGIT, after: null }),
          new RegExp(`${wholeWords(vocab.anaphora)}(?:\\s+\\p{Ll}{1,12}){0,2}\\s*,?\\s*$`, 'iu'),
        ],
      ];
      for (const text of TEXTS) {
        for (const piece of pieces(text)) {
          for (const [fast, plain] of cases) {
            expect(fast.test(piece), `${plain.source.slice(0, 40)} on ${JSON.stringify(piece)}`).toBe(plain.test(piece));
            const global = new RegExp(plain.source, 'giu');
            expect(fast.matchAll(piece).map((m) => m.index)).toEqual([...piece.matchAll(global)].map((m) => m.index));
          }
        }
      }
    });
  }
});
