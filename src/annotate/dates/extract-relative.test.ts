import { describe, expect, it } from 'vitest';
import { execAll } from '../../lexicon/exec-all.js';
import { referenceOf } from './calendar.js';
import { englishHints } from './extract-chrono.js';
import { GATE, GATE_WORDS, englishHintsIn, extractRelativeDates, gatesOf, relativeWords } from './extract-relative.js';

describe('dates: the gates of the relative patterns', () => {
  const gates = Object.keys(GATE) as (keyof typeof GATE)[];
  const byTests = (text: string) => {
    const found = Object.fromEntries(gates.map((g) => [g, GATE[g].test(text)]));
    // Where 'ſ' stands, the anniversary words are searched anywhere.
    if (text.includes('ſ')) found['anniversary'] ||= /anniversar|yıl|годовщин/i.test(text);
    return found;
  };

  it('reads from the words of the one pass what each gate tests', () => {
    const pieces = ['year', 'YEAR', 'ago', 'Ago', 'agos', 'an', 'niversar', 'anniversary', 'anniverſary', 'yıl', 'YıL', 'годовщина', 'ГОДОВЩИН', 'spring', 'summer', 'autumn', 'fall', 'falls', 'winter', 'y', 'ea', 'r', 'a', 'go', ' ', '.', 'x', 'ı', 'ſ', '\u212A'];
    let seed = 5;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(gatesOf(text, execAll(GATE_WORDS, text)), JSON.stringify(text)).toEqual(byTests(text));
    }
    const text = 'Two years ago, in the autumn, on the anniversary';
    expect(gatesOf(text, execAll(GATE_WORDS, text))).toEqual({ year: true, ago: true, anniversary: true, season: true });
    expect(gatesOf('', [])).toEqual({ year: false, ago: false, anniversary: false, season: false });
  });

  it("reads the anniversary pattern's words (flag u) as the gate does (no u), but for 'ſ'", () => {
    const differ: string[] = [];
    for (const letter of new Set('anniversaryyılгодовщин')) {
      const withU = new RegExp(`^${letter}$`, 'iu');
      const withoutU = new RegExp(`^${letter}$`, 'i');
      for (let c = 0; c < 0x10000; c++) {
        const s = String.fromCharCode(c);
        if (withU.test(s) !== withoutU.test(s)) differ.push(`${letter}: ${s}`);
      }
    }
    expect(differ).toEqual(['s: ſ']);
  });

  it("reads chrono's English hints in the one pass as their own search does", () => {
    const ref = referenceOf('2020-07-14');
    const pieces = ['Jan', 'January', 'JAN', 'june', 'Sept.', 'SEPT', 'Mon', 'Monday', 'Tues', 'Thurs', 'Wed', 'last', 'this', 'on', 'year', 'today', 'May', 'Mayor', 'March', 'Marches', ' ', '.', ',', 'x', 'é', '1', '_'];
    let seed = 13;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 0; k < 8; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[(seed >>> 16) % pieces.length];
      }
      const words = relativeWords(text, ref);
      expect(englishHintsIn(text, words), JSON.stringify(text)).toEqual(englishHints(text));
    }
  });

  it('reads a relative date only where a word of the first hint stands (the pass needs no hint first)', () => {
    // The hint the pass once waited for: each relative date holds one of its words.
    const hint = /year|month|ago\b|weekend|spring|summer|autumn|fall\b|winter|night|today|morning|afternoon|evening|day\b|anniversar|yıl|годовщин|(?:last|this|past)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:on|last|past|this)\s+(?:mon|tue|wed|thu|fri|sat|sun)|January|February|March|April|May|June|July|August|September|October|November|December/i;
    const ref = referenceOf('2020-07-14');
    const pieces = ['last', 'this', 'past', 'on', 'Mon', 'Tues.', 'Sun', 'Sept', 'May', 'July', 'year', 'months', 'ago', 'two', '3', 'days', 'weekend', 'yesterday', 'overnight', 'today', 'a day later', 'autumn', '25th', 'anniversary', 'anniverſary', '31.', 'yıl dönümü', 'в', '31-я', 'годовщина', 'over the', 'the', ' ', ' ', ' ', '.'];
    let seed = 17;
    let read = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[(seed >>> 16) % pieces.length];
      }
      if (extractRelativeDates(text, 0, ref).length === 0) continue;
      read++;
      expect(hint.test(text), JSON.stringify(text)).toBe(true);
    }
    expect(read).toBeGreaterThan(1000);
  });
});
