import { beforeAll, describe, expect, it } from 'vitest';
import { annotationsOf } from '../model/document.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/types.js';
import { docOf } from './test-helpers.js';
import { actors } from './actors.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function actorsIn(text: string): string[] {
  const doc = actors.run(docOf(text), { lexicon, fallbackReferenceDate: null });
  return annotationsOf(doc, 'actor').map((a) => `${doc.text.slice(a.start, a.end)}=${a.code}/${a.aliasKind}`);
}

describe('actors', () => {
  it("marks a person's surname alone after the person was named in full", () => {
    expect(actorsIn('Vagif Dargahli told reporters the shelling went on. "We answered," Dargahli added.')).toEqual([
      'Vagif Dargahli=AZE/person', 'Dargahli=AZE/person',
    ]);
  });

  it('does not mark the surname before the full name, inside another word, or of a one-word alias', () => {
    expect(actorsIn('Dargahli is a common name. Vagif Dargahli spoke. The Dargahliyev family left.')).toEqual(['Vagif Dargahli=AZE/person']);
  });

  it("leaves out what someone is for or against ('pro-Armenian', 'anti-Russian'), not a name after another hyphen", () => {
    expect(actorsIn('A pro-Armenian blogger and anti-Russian protesters met Azerbaijani officials.')).toEqual(['Azerbaijani=AZE/demonym']);
    expect(actorsIn('Talks on the Armenia-Azerbaijan border.').map((a) => a.split('=')[0])).toEqual(['Armenia', 'Azerbaijan']);
  });
});
