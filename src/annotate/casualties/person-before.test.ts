import { describe, expect, it } from 'vitest';
import type { CasualtyGroup } from '../../model/annotation.js';
import { personBefore } from './figures.js';

const lex = {
  people: new Map<string, CasualtyGroup>([['soldiers', 'soldiers'], ['soldier', 'soldiers'], ['civilians', 'civilians'], ['people', 'unspecified'], ['servicemen', 'soldiers'], ['residents', 'civilians']]),
  peopleStems: [['mieszka', 'civilians']] as const,
};

/** The search of the whole region, as it was written before it started near the reach. */
function reference(text: string, from: number, pos: number): { start: number; end: number; group: CasualtyGroup } | null {
  const region = text.slice(from, pos);
  let found: { start: number; end: number; group: CasualtyGroup } | null = null;
  for (const m of region.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].toLowerCase();
    const g = lex.people.get(w) ?? lex.peopleStems.find(([stem]) => w.startsWith(stem))?.[1];
    if (g && pos - (from + m.index + m[0].length) < 40) found = { start: from + m.index, end: from + m.index + m[0].length, group: g };
  }
  return found;
}

const TEXTS = [
  'Two Armenian soldiers and three civilians were killed near the border, while local residents-soldiers fled; soldiers died.',
  "The soldiers' families said civilians’ homes, soldier-servicemen and 12soldiers 12-soldiers were hit; People died. Mieszkańcy zginęli.",
  'Soldiers — civilians… «people» (servicemen) 𝐀soldiers soldiers𝐀 x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-soldiers were killed',
  'ſoldiers and \u212Aivilians, SOLDIERS, Civilians; a very-long-hyphenated-compound-of-many-words-ending-in-soldiers killed',
];

describe('personBefore', () => {
  it('finds the person noun the search of the whole region finds, for every region and position', () => {
    for (const text of TEXTS) {
      for (let from = 0; from < text.length; from += 3) {
        for (let pos = from; pos <= text.length; pos++) {
          expect(personBefore(text, from, pos, lex), `${from}-${pos} in ${text}`).toEqual(reference(text, from, pos));
        }
      }
    }
  });
});
