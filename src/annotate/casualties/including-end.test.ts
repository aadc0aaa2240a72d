import { describe, expect, it } from 'vitest';
import { mayEndIncluding } from './figures.js';

const INCLUDING_END = /,?\s*(?:including|among them|among whom|of whom|of them)\s*$/i;

describe('casualties: the cheap test before the pattern of a part after its total', () => {
  it('never rules out a gap the pattern matches', () => {
    const words = ['including', 'INCLUDING', 'Including', 'among them', 'among whom', 'of whom', 'OF THEM', 'of the', 'them', 'whom', 'killed', 'people', 'sing', 'Ham', 'x', ''];
    const ends = ['', ' ', '  ', '\u00a0', '\n', '\u2003 ', ',', ' ,', '.', 'ſ', 'K', 'İ'];
    const starts = ['', ' ', ', ', 'soldiers, ', ' people ', 'İ ', 'ſoldiers '];
    for (const a of starts) for (const w of words) for (const e of ends) {
      const gap = a + w + e;
      const matched = INCLUDING_END.test(gap.replace(/^\s*[\p{L}-]+/u, ''));
      expect(mayEndIncluding(gap, 0, gap.length) && matched).toBe(matched);
      // The same read inside a longer text, between two positions.
      const text = `12 ${gap}4 were killed`;
      expect(mayEndIncluding(text, 3, 3 + gap.length) && matched).toBe(matched);
    }
  });
});
