import { describe, expect, it } from 'vitest';
import { PASSIVE_AUXILIARY, passiveAuxiliaryBefore } from './attribution.js';

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
