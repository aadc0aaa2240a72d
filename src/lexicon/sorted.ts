/** The index of the first of ascending `positions` at or after `pos` (`positions.length` when none is). */
export function firstAtOrAfter(positions: readonly number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
