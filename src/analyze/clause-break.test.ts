import { describe, expect, it } from 'vitest';
import { clauseBreakAt, endsWithIn, firstClauseBreak } from './event.js';

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

  it('finds the first break where a search of the pattern does', () => {
    const texts = ['the anniversary of the 1992 massacre', ' in Khojaly, shelled', 'Dr. Smith said.\u00a0Then', 'a.b', 'a.', '.', '', 'x— y', 'x.\ty', '(a', 'a.b.c..  ,;'];
    for (const s of texts) expect(firstClauseBreak(s), JSON.stringify(s)).toBe(s.search(CLAUSE_BREAK));
    for (let c = 0; c <= 0xffff; c++) for (const s of [`ab.${String.fromCharCode(c)}x`, `ab${String.fromCharCode(c)}.`]) expect(firstClauseBreak(s)).toBe(s.search(CLAUSE_BREAK));
  });

  it('agrees with the pattern for every UTF-16 code unit after a period and around a letter', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`.${ch}`, `${ch}x`, `x${ch}`]) expect(clauseBreakAt(s, 0), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(CLAUSE_BREAK.test(s));
    }
  });
});

describe('event: the seat of a statement is looked for only after "in"', () => {
  const SEAT_BEFORE = /\b(?:told (?:reporters|journalists|a news conference|a briefing|a press conference)|said|speaking|briefing|(?:news|press) conference|statement issued)\s+in\s+$/i;
  const SEAT_IN_BEFORE = /(?:^|[.!?]\s+|\n\s*)(?:Speaking|Briefing reporters|At a (?:news|press) conference) in\s+$/i;

  it('holds wherever either pattern matches, and not after other words', () => {
    const pieces = ['said', 'SAID', 'told reporters', 'Speaking', 'At a news conference', ' ', '\u00a0', '\n', 'in', 'IN', 'ın', 'İn', 'x', '.', '\tin\u2003'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const s = a + b + c;
          if (SEAT_BEFORE.test(s) || SEAT_IN_BEFORE.test(s)) expect(endsWithIn(s), JSON.stringify(s)).toBe(true);
        }
      }
    }
    expect(endsWithIn('officials said in ')).toBe(true);
    expect(endsWithIn('shelling of ')).toBe(false);
    expect(endsWithIn('in')).toBe(false);
    expect(endsWithIn('within ')).toBe(false);
  });
});
