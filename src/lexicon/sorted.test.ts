import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from './sorted.js';

describe('firstAtOrAfter', () => {
  it('finds the first position at or after a point, as a linear search would', () => {
    const positions = [2, 5, 5, 9, 14];
    for (let pos = -1; pos <= 16; pos++) {
      const linear = positions.findIndex((p) => p >= pos);
      expect(firstAtOrAfter(positions, pos)).toBe(linear < 0 ? positions.length : linear);
    }
    expect(firstAtOrAfter([], 3)).toBe(0);
  });
});
