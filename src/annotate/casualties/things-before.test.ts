import { describe, expect, it } from 'vitest';
import { NOT_PEOPLE_BEFORE, thingsBefore } from './triggers.js';

describe('casualties: things named before a status word', () => {
  it('reads every text as NOT_PEOPLE_BEFORE does', () => {
    const pieces = [
      'cows', 'Cow', 'CATTLE', 'sheep', 'livestock', 'animals', 'horse', 'dogs', 'Tanks', 'vehicle', 'drones', 'helicopters', 'aircraft', 'houses',
      'building', 'positions', 'equipment', 'statements', 'video', 'report', 'reports', 'REPORTS', 'footage', 'documents', 'communiqué', 'communiqués',
      'communique', 'photos', 'images', 'scows', 'people', 'soldiers', 'were', 'WAS', 'was', 'had', 'have', 'been', 'had been', 'have  been', 'HAD BEEN',
      ' ', '  ', '\t', '\n', ',', '-', '1', 'é', '\u00a0', '\u2003', 'Ω', 'two',
    ];
    // A fixed pseudo-random sequence of texts made of the pieces.
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = ['two cows were ', 'its soldiers were killed and eight were ', 'reports had been ', 'reports was ', 'Tanks ', 'tanks', 'helicopters have been', 'x had been '];
    for (let k = 0; k < 3000; k++) texts.push(Array.from({ length: 1 + next(6) }, () => pieces[next(pieces.length)]).join(next(3) ? ' ' : ''));
    let found = 0;
    for (const text of texts) {
      for (let from = 0; from < text.length; from += 3) {
        const s = text.slice(from);
        const expected = NOT_PEOPLE_BEFORE.test(s);
        if (expected) found++;
        expect(thingsBefore(s), JSON.stringify(s)).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
