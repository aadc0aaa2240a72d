import { describe, expect, it } from 'vitest';
import { mayBeParenthetical, openingWordBefore, PARENTHETICAL_VERB, PASSIVE_AUXILIARY, passiveAuxiliaryBefore, upperCaseIn } from './attribution.js';

describe('attribution: a passive auxiliary ending a range', () => {
  it('reads every range of a text as PASSIVE_AUXILIARY on its slice does', () => {
    const texts = [
      'soldiers were killed, eight were  wounded, it was reportedly hurt; they were\treleased, x-was taken, WERE was Were ',
      'ſwere was, sowere were xwas was ; Ωwere éwas \u00a0were  were\u00a0 w were wa was ',
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) expect(passiveAuxiliaryBefore(text, from, to)).toBe(PASSIVE_AUXILIARY.test(text.slice(from, to)));
      }
    }
  });
});

describe('attribution: one short word opening a sentence before its verb', () => {
  it('reads every range of a text as /^\\s*\\p{L}{1,6}\\s+$/u on its slice does', () => {
    const OPENING_WORD = /^\s*\p{L}{1,6}\s+$/u;
    const texts = [
      'As  Wie\tКак said, a bb ccc dddd eeeee ffffff ggggggg 1a  a1  a-b ,x  X\n',
      '  Según \u00a0Ali\u00a0 Ωμέγα  é  ab\u0301 x😀 𝐀b  ',
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) expect(openingWordBefore(text, from, to)).toBe(OPENING_WORD.test(text.slice(from, to)));
      }
    }
  });
});

describe('attribution: an upper-case letter in the end of a text', () => {
  it('reads every start of a text as /\\p{Lu}/u on its slice does', () => {
    const UPPER = /\p{Lu}/u;
    const texts = [
      'the ministry said, according to Azerbaijan, in Baku',
      'aucune éÉ majuscule', 'только Москва', 'all lower case, 12 digits; and [brackets] @ `', '𝐀 bold capital after 😀 and a lone \ud835 half',
      '', 'ſ and ǅ titlecase',
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) expect(upperCaseIn(text, from)).toBe(UPPER.test(text.slice(from)));
    }
  });
});

describe('attribution: the cheap test before the pattern of a verb after a comma or a quotation', () => {
  it('rules out only ranges the pattern does not match', () => {
    const texts = [
      'two soldiers were killed, said the ministry; "we lost none," ha detto, a déclaré » — told “x” reporters',
      'kein Komma hier, hat mitgeteilt ”  -  « ‹›  \'quoted\' ’ , è stato',
    ];
    let matched = 0;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const found = PARENTHETICAL_VERB.test(text.slice(from, to));
          if (found) matched++;
          if (!mayBeParenthetical(text, from, to)) expect(found).toBe(false);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
