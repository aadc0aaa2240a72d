import { describe, expect, it } from 'vitest';
import { GATE, gatesOf } from './extract-relative.js';

describe('dates: the gates of the relative patterns', () => {
  const gates = Object.keys(GATE) as (keyof typeof GATE)[];
  const byTests = (text: string) => Object.fromEntries(gates.map((g) => [g, GATE[g].test(text)]));

  it('reads in one pass what each gate tests', () => {
    const pieces = ['year', 'YEAR', 'ago', 'Ago', 'agos', 'an', 'niversar', 'anniversary', 'yıl', 'YıL', 'годовщина', 'ГОДОВЩИН', 'spring', 'summer', 'autumn', 'fall', 'falls', 'winter', 'y', 'ea', 'r', 'a', 'go', ' ', '.', 'x', 'ı', 'ſ', '\u212A'];
    let seed = 5;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(gatesOf(text), JSON.stringify(text)).toEqual(byTests(text));
    }
    expect(gatesOf('Two years ago, in the autumn, on the anniversary')).toEqual({ year: true, ago: true, anniversary: true, season: true });
    expect(gatesOf('')).toEqual({ year: false, ago: false, anniversary: false, season: false });
  });
});
