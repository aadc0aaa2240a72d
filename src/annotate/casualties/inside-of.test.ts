import { describe, expect, it } from 'vitest';
import { insideOf } from './index.js';

describe('casualties: insideOf reads the items within a span as a filter does', () => {
  const filter = <T extends { start: number; end: number }>(items: readonly T[], span: { start: number; end: number }) =>
    items.filter((x) => x.start >= span.start && x.end <= span.end);

  it('for items in order of their starts, and for items out of order', () => {
    // A small deterministic generator: spans of all kinds, some equal, some empty, some nested.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: next(12) }, () => {
        const start = next(60);
        return { start, end: start + next(10) };
      });
      const ordered = [...items].sort((a, b) => a.start - b.start);
      for (let k = 0; k < 20; k++) {
        const start = next(70);
        const span = { start, end: start + next(40) };
        expect(insideOf(ordered)(span)).toEqual(filter(ordered, span));
        expect(insideOf(items)(span)).toEqual(filter(items, span));
      }
    }
    // An item ending before its start is read as the filter reads it.
    const odd = [{ start: 5, end: 2 }, { start: 6, end: 9 }];
    expect(insideOf(odd)({ start: 0, end: 4 })).toEqual(filter(odd, { start: 0, end: 4 }));
  });
});
