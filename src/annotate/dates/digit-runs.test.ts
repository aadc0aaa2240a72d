import { describe, expect, it } from 'vitest';
import { execAll } from '../../lexicon/exec-all.js';
import { digitRuns } from './absolute.js';
import {
  BARE_YEAR,
  DAY_MONTH_RANGE,
  DECADE_HINT,
  DECADE_NOUN_HINT,
  MONTH_DAY_RANGE,
  YEAR_RANGE,
  bareYears,
  dayRanges,
  decadeHints,
  hasOtherDecadeHint,
  yearRanges,
} from './extract-written.js';
import { MONTH_SOURCE } from './months.js';

/** A pattern's global form: the search over the whole text that the reading from runs of digits replaces. */
const globalOf = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('y', 'g'));

/** The matches of a global pattern's exec loop not after a letter, digit or joining mark, as the stage read years. */
function afterBreak(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && /[\p{L}\p{N}$€£#@/.,:-]$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

const shape = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

/** `count` texts of `length` pieces each, drawn from `pieces` (a fixed sequence). */
function texts(pieces: readonly string[], count: number, length: number): string[] {
  const out: string[] = [];
  let seed = 7;
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let k = 0; k < length; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += pieces[(seed >>> 16) % pieces.length];
    }
    out.push(text);
  }
  return out;
}

/** Pieces that meet the patterns' edges: numbers, dashes, spaces of both kinds, months, cue words, letters outside ASCII. */
const PIECES = [
  '1990', '1994', '94', '13', '4', '2020', '12020', '123', '0', '-', '–', '—', ' ', '  ', '\u00a0', '\n', '.', ',', '/', "'", '’', 's',
  'July', 'july', 'Sept', 'июля', 'août', 'Temmuz', 'between', 'Between', 'from', 'FROM', 'and', 'to', 'until', 'till', 'x', 'é', 'er',
  'х', '%', '𝐀', 'ſ', '\u212A', 'années', 'jaren',
];
/** Fewer pieces, so that ranges of days and of years come together often. */
const RANGE_PIECES = ['July ', ' июля', 'Sept. ', ' Aug', 'x', '𝐀', ' ', '\u00a0', ',', '.', '13-14', '4 – 13', '123-4', '13-', '1990-94', '1994–2020', '2020', 'between 1990', 'from 1994', ' and ', ' to ', ' 2020'];

describe('dates: patterns read from the runs of digits', () => {
  const samples = [
    ...texts(PIECES, 20000, 8),
    ...texts(RANGE_PIECES, 20000, 6),
    'on July 13-14, 2020 and 13 – 14 июля 2020',
    'from 1988 to 1994, between 1988 and 1994, 1988–94, in 1992',
    'inbetween 1990 and 1995-2000',
    'the 1990s and the 1990’s, 1990er, 1990-х, 1990\'lı yıllarda',
  ];

  it('reads the ranges and years the whole-text searches read', () => {
    for (const text of samples) {
      const runs = digitRuns(text);
      const [monthFirst, dayFirst] = dayRanges(text, runs);
      expect(shape(monthFirst), JSON.stringify(text)).toEqual(shape(execAll(globalOf(MONTH_DAY_RANGE), text)));
      expect(shape(dayFirst), JSON.stringify(text)).toEqual(shape(execAll(globalOf(DAY_MONTH_RANGE), text)));
      expect(shape(yearRanges(text, runs)), JSON.stringify(text)).toEqual(shape(afterBreak(globalOf(YEAR_RANGE), text)));
      expect(shape(bareYears(text, runs)), JSON.stringify(text)).toEqual(shape(afterBreak(globalOf(BARE_YEAR), text)));
    }
  });

  it('finds the decade hints the whole-text searches find', () => {
    for (const text of samples) {
      const runs = digitRuns(text);
      expect(shape(decadeHints(text, runs)), JSON.stringify(text)).toEqual(shape(execAll(globalOf(DECADE_HINT), text)));
      const other = /\d0(?:er|-?[хx]|['’]l)/u.test(text) || DECADE_NOUN_HINT.test(text);
      expect(hasOtherDecadeHint(text, runs), JSON.stringify(text)).toBe(other);
    }
  });

  it("reads only 'b' and 'B' as a 'b', 'f' and 'F' as an 'f' (where 'between' and 'from' can open)", () => {
    const read: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (/^[bf]$/iu.test(String.fromCharCode(c))) read.push(String.fromCharCode(c));
    expect(read.sort()).toEqual(['B', 'F', 'b', 'f']);
  });

  it('every month word is letters only (a month before a day range is a whole run of letters)', () => {
    for (const word of MONTH_SOURCE.slice(3, -1).split('|')) expect(word).toMatch(/^\p{L}+$/u);
  });
});
