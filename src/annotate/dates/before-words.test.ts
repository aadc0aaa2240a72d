import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../date-lines.js';
import { NOT_ALONE_BEFORE, notAloneBefore } from './extract-relative.js';
import { YEAR_CUE_BEFORE, yearCueBefore } from './extract-written.js';

/** Strings made of pieces that meet the patterns' edges: cue words, letters that fold onto ASCII ones, spaces of both kinds. */
function samples(): string[] {
  const pieces = ['in', 'IN', 'since', 'ſince', 'the', 'mid-', 'of', 'Of', 'end of', 'end-', 'xin', 'в', 'до', 'عام', ' ', '-', '\u00a0', '\n', '.', ',', '12', 'é', 'Ksince', 'beginning of', '3.', 'July'];
  const out = [''];
  for (const a of pieces) for (const b of pieces) for (const c of ['', ' ', '- ', '.', '\u00a0']) out.push(a + b + c, `${a} ${b}${c}`);
  return out;
}

describe('reading the words before a date without the patterns', () => {
  it('yearCueBefore answers as YEAR_CUE_BEFORE', () => {
    for (const s of samples()) expect(yearCueBefore(s)).toBe(YEAR_CUE_BEFORE.test(s));
  });

  it('notAloneBefore answers as NOT_ALONE_BEFORE', () => {
    for (const s of samples()) expect(notAloneBefore(s)).toBe(NOT_ALONE_BEFORE.test(s));
  });

  it('isWhiteSpace holds the characters of \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
