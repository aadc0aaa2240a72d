/**
 * `items.filter(test).at(-1)` for a test without side effects, tested from the end and stopping at the first
 * that passes: the rules that want the last actor of a kind before a word test each with a pattern, and
 * most of those tests were thrown away.
 */
export function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return items[i];
  return undefined;
}
