import { describe, expect, it } from 'vitest';
import { WordPattern, type WordGuard } from './word-pattern.js';

const GUARD: Readonly<Record<WordGuard, string>> = { letter: '\\p{L}', 'letter-or-digit': '\\p{L}\\p{N}' };

/** Every match as [index, text, groups...] by exec loops, the way the stages read them. */
function all(p: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string): unknown[][] {
  const out: unknown[][] = [];
  p.lastIndex = 0;
  for (let m = p.exec(text); m; m = p.exec(text)) out.push([m.index, ...m]);
  return out;
}

/** The plain regular expression the pattern stands for. */
function reference(body: string, before: WordGuard | null, after: WordGuard | null): RegExp {
  return new RegExp(`${before ? `(?<![${GUARD[before]}])` : ''}(?:${body})${after ? `(?![${GUARD[after]}])` : ''}`, 'giu');
}

const BODIES = [
  'killed|kill|kills|dead|death toll|deaths?|wounded|losses|loss',
  'shell(?:ed|ing|s)?|mortars?|opened fire|fire',
  'released(?=\\s+(?:a|an|its|the)\\s+(?:statement|report))|released|said|says',
  'lost (?:their|his|her) li(?:ves|fe)|lost',
  '(k)(ill)(?:ed)?',
  'убит\\p{L}*|погиб\\p{L}*',
  'IEDs?|UAVs?',
];

const TEXTS = [
  'Two soldiers were killed and three wounded; the death toll rose. Skilled killers kill; kills.',
  'KILLED, Killed, kIlLeD and killedé, killed2, 2killed, ékilled, killed—dead.',
  'The shelling went on, shelled, shells; firefight, ceasefire, fire. Opened fire!',
  'The ministry released a statement and released the figures; it said, it says.',
  'They lost their lives; he lost his life; lost. Losses, loss, lossé.',
  'Двое убиты, трое погибли. Killed in Ağdam and Füzuli; kill in İstanbul.',
  'The ſhelling and the \u212Ailled (Kelvin sign) fold onto ASCII letters under Unicode case folding.',
  'Emoji 😀killed and killed😀 and 𝐀killed keep surrogate pairs: killed.',
  'IEDs and UAVs, an IED, a UAV; AIEDS; ieds.',
  '',
];

describe('WordPattern', () => {
  for (const body of BODIES) {
    for (const [before, after] of [['letter-or-digit', 'letter-or-digit'], ['letter', 'letter'], ['letter', null], [null, 'letter'], [null, null]] as const) {
      it(`finds what /${before ? '(?<!..)' : ''}(?:${body})${after ? '(?!..)' : ''}/giu finds`, () => {
        const p = new WordPattern(body, { before, after });
        for (const text of TEXTS) expect(all(p, text)).toEqual(all(reference(body, before, after), text));
      });
    }
  }

  it('never rejects a word the full pattern matches, and never adds one', () => {
    const p = new WordPattern('killed|kill|wounded', { before: 'letter-or-digit', after: 'letter-or-digit' });
    expect(all(p, 'three were killed and two wounded').map((m) => m[1])).toEqual(['killed', 'wounded']);
    expect(all(p, 'skilled unkilled killedx wounded2')).toEqual([]);
  });

  it('tries a shorter alternative when the longer one runs into a word', () => {
    // 'deaths?' reads 'deaths' first; in 'deathsé' neither reading is a whole word, in 'death-' the short one is.
    const p = new WordPattern('deaths?|death toll', { before: 'letter', after: 'letter' });
    expect(all(p, 'deathsé death- deaths')).toEqual(all(reference('deaths?|death toll', 'letter', 'letter'), 'deathsé death- deaths'));
  });

  it('moves lastIndex as a global regular expression does, and test() starts from the beginning', () => {
    const p = new WordPattern('killed', { before: 'letter', after: 'letter' });
    const text = 'killed, then killed';
    p.lastIndex = 0;
    expect(p.exec(text)?.index).toBe(0);
    expect(p.lastIndex).toBe(6);
    expect(p.exec(text)?.index).toBe(13);
    expect(p.exec(text)).toBeNull();
    expect(p.lastIndex).toBe(0);
    p.lastIndex = 10;
    expect(p.test(text)).toBe(true);
    expect(p.lastIndex).toBe(0);
    expect(p.test('skilled')).toBe(false);
  });
});
