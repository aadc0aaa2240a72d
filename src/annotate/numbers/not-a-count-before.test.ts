import { describe, expect, it } from 'vitest';
import { NOT_A_COUNT_BEFORE, notACountBefore } from './lexicon.js';

describe('numbers: what before a numeral makes it no count', () => {
  it('answers as the pattern does', () => {
    const labels = ['updated', 'update', 'no', 'no.', 'nos', 'nos.', 'number', 'nr', 'nr.', 'article', 'art.', 'art', 'resolution', 'vol', 'vol.', 'volume', 'page',
      'p.', 'p', 'pp.', 'pp', 'part', 'chapter', 'section', 'phase', 'level', 'episode', 'issue', 'version', 'channel', 'route', 'highway', 'item', 'figure', 'fig.',
      'fig', 'table', 'protocol', 'paragraph', 'unit', 'brigade', 'battalion', 'division', 'regiment', 'corps', 'aged', 'age', 'ages', 'killed', 'USD', 'usd', 'US$',
      '$', 'EUR', 'eur', 'gbp', 'rub', 'amd', 'azn', 'xusd', 'resolutions', 'paragraphes', 'piano.', 'e.g.', 'no..', 'number.', '€', '₽', '₼', 'Nr.', 'ART.', 'Resolution'];
    const befores = [''];
    for (const label of labels) {
      for (const lead of ['', 'the ', 'x', '3', '(', 'Kill', 'ſ', 'é', '—', '\n']) {
        for (const trail of ['', ' ', '  ', '\t', '\u00a0', ' .', ',']) befores.push(`${lead}${label}${trail}`, `${lead}${label.toUpperCase()}${trail}`);
      }
    }
    for (const before of befores) expect(notACountBefore(before), JSON.stringify(before)).toBe(NOT_A_COUNT_BEFORE.test(before));
  });
});
