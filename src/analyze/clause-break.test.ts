import { describe, expect, it } from 'vitest';
import { clauseBreakAt } from './event.js';

const CLAUSE_BREAK = /[,;:()\n—–]|\.\s/;

describe('event: clause breaks read from two characters', () => {
  it('agrees with the pattern on every two-character window', () => {
    const texts = [
      'the anniversary of the 1992 massacre in Khojaly, shelled Tartar; (which) was hit: in 2020.',
      'Dr. Smith said.\u00a0Then\n— a line – of text.\tend.',
      'a.b.c..  ,;', '.', ',', '', 'x. y.z', '😀.\u2003', 'no breaks here at all',
    ];
    for (const s of texts) for (let i = 0; i < s.length; i++) expect(clauseBreakAt(s, i), `${JSON.stringify(s)} at ${i}`).toBe(CLAUSE_BREAK.test(s.slice(i, i + 2)));
  });

  it('agrees with the pattern for every UTF-16 code unit after a period and around a letter', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`.${ch}`, `${ch}x`, `x${ch}`]) expect(clauseBreakAt(s, 0), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(CLAUSE_BREAK.test(s));
    }
  });
});
