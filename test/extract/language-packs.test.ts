import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/analyze/analyze.js';
import { createEngine, type Engine } from '../../src/analyze/context.js';
import { engine, textReport } from '../helpers.js';

const FIXTURES = new URL('../fixtures/packs/', import.meta.url).pathname;

/** Claims as 'side status min max claimant group', and the event type, of a text in a language through an engine. */
function read(e: Engine, language: string, text: string): { claims: string[]; type: string | null } {
  const analysis = analyzeReport(textReport(text, '2023-09-01', { language }), e.pipeline, e.ctx);
  return {
    claims: analysis.claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'} ${c.group}`),
    type: analysis.event.type,
  };
}

describe('language packs: a language the bundled packs lack', () => {
  const swedish = createEngine({ packs: [`${FIXTURES}svenska`] });
  const SHELLING = 'Tre armeniska soldater dödades och 2 armeniska civila skadades vid beskjutningen nära gränsen, uppgav Azerbajdzjans försvarsministerium.';

  it('reads figures (in words and digits), sides and the claimant of a Swedish report once a pack gives Swedish words', () => {
    expect(read(swedish, 'sv', SHELLING)).toEqual({
      claims: ['ARM killed 3 3 AZE soldiers', 'ARM wounded 2 2 AZE civilians'],
      type: 'Shelling/artillery/missile attack',
    });
  });

  it('reads a claim of none in the pack words', () => {
    expect(read(swedish, 'sv', 'Enligt Azerbajdzjan led armén inga förluster under striderna.').claims).toEqual(['AZE casualties 0 0 AZE unspecified']);
  });

  it('gives no figures to the same report without the pack', () => {
    expect(read(engine(), 'sv', SHELLING).claims).toEqual([]);
  });

  it('keeps the other languages as they were', () => {
    expect(read(swedish, 'en', 'Two Armenian soldiers were killed, the Armenian Defence Ministry said.').claims).toEqual(read(engine(), 'en', 'Two Armenian soldiers were killed, the Armenian Defence Ministry said.').claims);
  });
});

describe('language packs: extending a language of an earlier pack', () => {
  const extended = createEngine({ packs: [`${FIXTURES}english-extra`] });

  it('adds the later pack’s status words and people nouns to English', () => {
    expect(read(extended, 'en', 'Four rangers were liquidated near the border.').claims).toEqual(['unknown killed 4 4 null soldiers']);
    expect(read(engine(), 'en', 'Four rangers were liquidated near the border.').claims).toEqual([]);
  });

  it('keeps the earlier words and joins a pattern as another alternative', () => {
    expect(read(extended, 'en', 'Two Armenian soldiers were killed, Azerbaijan divulged.').claims).toEqual(['ARM killed 2 2 AZE soldiers']);
    expect(read(extended, 'en', 'Two Armenian soldiers were killed, Azerbaijan said.').claims).toEqual(['ARM killed 2 2 AZE soldiers']);
    expect(read(engine(), 'en', 'Two Armenian soldiers were killed, Azerbaijan divulged.').claims).toEqual(['ARM killed 2 2 null soldiers']);
  });
});
