import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../lexicon/test-helpers.js';
import { ABOUT_FIGURES, compileTriggers } from './triggers.js';

// The hypothetical before a trigger and the talk about figures are read by one pattern (speed only): it
// holds in the text before a trigger exactly when one of the two plain patterns does, in every language.
const { lexicon, languages: LANGUAGES } = languagePacks();

const TEXTS = [
  'The shelling could cause heavy casualties; if any soldiers were hurt, whether 2could or could2 or Xcould killed.',
  'There is contradictory information about the losses, no information on the wounded. Information   about   them.',
  'Данные о потерях, информация о погибших и раненых; сведения об убитых. Angaben über die Toten, Informationen zu Verlusten.',
  'La guerre pourrait faire des victimes; si des soldats. Könnte viele Opfer fordern, wenn die Kämpfe. Se houver informações sobre as baixas.',
  'Bu, itkilərə səbəb ola bilər; eğer askerler. Եթե զինվորներ զոհվեն. إذا قتل الجنود. اگر سربازان کشته شوند. Kui sõdurid hukkuvad.',
  'may 5 were killed, MAY   they   all   be, will-be killed, unless  ',
];

describe('casualties: the words before a trigger that state no figure', () => {
  for (const language of LANGUAGES) {
    const vocab = lexicon.vocabulary(language);
    if (!vocab) continue;
    it(`reads ${language} hypotheticals and talk about figures as the two plain patterns do`, () => {
      const { noFigureBefore } = compileTriggers(vocab);
      const hypothetical = new RegExp(`(?<![\\p{L}\\p{N}])(?:${vocab.hypothetical})(?![\\p{L}\\p{N}])(?:\\s+\\p{L}+){0,3}\\s*$`, 'iu');
      const about = new RegExp(`(?<![\\p{L}])(?:${ABOUT_FIGURES})`, 'iu');
      for (const text of TEXTS) {
        // The 40 characters before each position, as the text before a trigger is read.
        for (let end = 0; end <= text.length; end++) {
          const start = Math.max(0, end - 40);
          const before = text.slice(start, end);
          expect(noFigureBefore.testIn(text, start, end), JSON.stringify(before)).toBe(hypothetical.test(before) || about.test(before));
        }
      }
    });
  }
});
