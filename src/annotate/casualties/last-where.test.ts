import { describe, expect, it } from 'vitest';
import { lastWhere } from './last-where.js';

describe('casualties: the last item that passes a test', () => {
  it('is what filter then at(-1) give', () => {
    const lists = [[], [1], [2], [1, 2, 3, 4, 5, 6], [2, 4, 6], [1, 3, 5], [6, 5, 4, 3, 2, 1]];
    const tests = [(n: number) => n % 2 === 0, (n: number) => n > 3, () => false, () => true];
    for (const list of lists) for (const test of tests) expect(lastWhere(list, test)).toBe(list.filter(test).at(-1));
  });

  it('tests from the end and stops at the first that passes', () => {
    const seen: number[] = [];
    expect(lastWhere([1, 2, 3, 4], (n) => (seen.push(n), n < 3))).toBe(2);
    expect(seen).toEqual([4, 3, 2]);
  });
});
