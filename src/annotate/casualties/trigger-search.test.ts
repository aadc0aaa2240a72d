import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../lexicon/test-helpers.js';
import { compileTriggers, findTriggers } from './triggers.js';

// The claims of none and the trigger words are searched in one pass where they can share it (speed only): the
// same triggers as the two searches apart, in every language.
const { lexicon, languages: LANGUAGES } = languagePacks();

const TEXT = [
  'Two soldiers were killed and three wounded; the army suffered no losses. No one was hurt, nobody was killed or injured.',
  'Azerbaijan denied losing any soldiers. There were no casualties, but 12 civilians died and 40 were hospitalized.',
  'Zwei Soldaten wurden getötet, keine Verluste. Deux soldats ont été tués, aucune perte. Dos soldados murieron, sin bajas.',
  'Два военнослужащих погибли, потерь нет. İki asker şehit oldu, kayıp yok. Երկու զինծառայող զոհվել է, կորուստներ չկան.',
].join(' ');

describe('casualties: the search for triggers', () => {
  for (const language of LANGUAGES) {
    const vocab = lexicon.vocabulary(language);
    if (!vocab) continue;
    it(`finds ${language}'s triggers in one pass as in two`, () => {
      const patterns = compileTriggers(vocab);
      const apart = { ...patterns, all: null };
      // Every sentence-like slice: from each sentence start to each later end.
      const starts = [0, ...[...TEXT.matchAll(/[.;] /g)].map((m) => m.index + 2)];
      for (const start of starts) {
        for (let end = start; end <= TEXT.length; end += 17) {
          expect(findTriggers(TEXT, start, end, patterns), `${start}-${end}`).toEqual(findTriggers(TEXT, start, end, apart));
        }
        expect(findTriggers(TEXT, start, TEXT.length, patterns)).toEqual(findTriggers(TEXT, start, TEXT.length, apart));
      }
    });
  }
  it('searches English in one pass', () => {
    expect(compileTriggers(lexicon.vocabulary('en')!).all).not.toBeNull();
    expect(findTriggers(TEXT, 0, 120, compileTriggers(lexicon.vocabulary('en')!)).length).toBeGreaterThan(3);
  });
});
