import { describe, expect, it } from 'vitest';
import { mayEndWithRank, RANK_BEFORE } from './event.js';

describe('event: a rank or title before a place name', () => {
  const OLD = /\b(?:Lt|Lieutenant|Maj|Major|Col|Colonel|Capt|Captain|Sgt|Sergeant|Pvt|Private|Gen|General|Ensign|Mr|Mrs|Ms|soldiers?|servicem[ae]n|Soldaten?)\.?\s+(?:\p{Lu}\p{L}+\s+)?$/u;
  const ranks = ['Lt', 'Lieutenant', 'Maj', 'Major', 'Col', 'Colonel', 'Capt', 'Captain', 'Sgt', 'Sergeant', 'Pvt', 'Private', 'Gen', 'General', 'Ensign', 'Mr', 'Mrs', 'Ms', 'soldier', 'soldiers', 'serviceman', 'servicemen', 'Soldat', 'Soldate', 'Soldaten', 'soldierss', 'Majo'];
  const wides = ['', ' ', 'near ', 'fighting near\u00a0', 'in Armenia’s ', "in Armenia's ", 'YEREVAN — ', 'the village of ', 'killed in ', 'Sotk. ', 'Ararat '];
  for (const rank of ranks) {
    for (const lead of ['', 'the ', 'x', '3', '_', '(', 'é', 'Ex']) {
      for (const tail of ['', ' ', '. ', '.  ', ' Ararat ', '. Ararat\t', ' ararat ', ' Ağa ', ' Şahin ', ' É ', ' Éric ', ' A ', ' Ararat', '\n', 'x ', 'S ']) wides.push(`${lead}${rank}${tail}`, `${lead}${rank.toUpperCase()}${tail}`);
    }
  }

  it('is the pattern it was', () => {
    for (const wide of wides) expect(RANK_BEFORE.test(wide), JSON.stringify(wide)).toBe(OLD.test(wide));
  });

  it('rules out only texts the pattern does not match', () => {
    for (const wide of wides) if (RANK_BEFORE.test(wide)) expect(mayEndWithRank(wide), JSON.stringify(wide)).toBe(true);
    expect(mayEndWithRank('fighting near ')).toBe(false);
    expect(mayEndWithRank("in Armenia's ")).toBe(false);
  });
});
