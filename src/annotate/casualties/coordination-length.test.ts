import { describe, expect, it } from 'vitest';
import { mayCoordinate } from './figures.js';

/** The pattern as `compileFigureLexicon` builds it. */
const coordination = (conjunction: string): RegExp => new RegExp(`^[^.;]{0,40}(?:,|(?<![\\p{L}])(?:${conjunction})(?![\\p{L}]))\\s*$`, 'iu');

describe('casualties: the length test before the coordination pattern', () => {
  it('never rules out a gap the pattern matches', () => {
    const conjunctions = ['and', 'и', 'և|եւ|ու', 'y', 'og', 've', 'و'];
    const fills = ['', 'x', 'Armenian ', 'ſoldiers K ', '𝐀𝐁 ', '😀', 'a.b ', 'a;b ', '\u00a0', 'ö ', '\udc00', '\ud800'];
    const ends = ['', ' ', '  \n', '\u2003', '\u00a0 '];
    for (const conjunction of conjunctions) {
      const re = coordination(conjunction);
      const lex = { conjunctionWords: conjunction.split('|') };
      const words = [...conjunction.split('|'), ',', conjunction.split('|')[0]!.toUpperCase(), 'ſ', 'K', 'band', ''];
      for (const fill of fills) for (let n = 0; n <= 50; n++) for (const w of words) for (const e of ends) {
        for (const sep of ['', ' ']) {
          const gap = fill.repeat(n) + sep + w + e;
          const matched = re.test(gap);
          expect(mayCoordinate(gap, lex) && matched).toBe(matched);
        }
      }
    }
  });
});
