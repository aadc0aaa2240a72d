/** A run of raw text `[start, end)` that the stripped text keeps. */
export type Run = readonly [start: number, end: number];

/**
 * Inline markdown constructs. Named groups: `drop` (kept out entirely), `text` (kept, itself
 * markdown), `literal` (kept as written).
 */
const INLINE = new RegExp(
  [
    /!\[[^\]]*\]\([^)]*\)/.source, // image
    /\[(?<text>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/.source, // link, reference link
    /<(?<literal>(?:https?|mailto):[^>\s]+)>/.source, // autolink
    /<\/?[A-Za-z][^>]*>/.source, // inline HTML tag
    /(?<d>\*\*|__|~~)(?=\S)(?<text2>.+?)(?<=\S)\k<d>/.source, // strong, strike-through
    /(?<![\p{L}\p{N}*_\\])(?<e>[*_])(?=[^\s*_])(?<text3>.+?)(?<=[^\s\\])\k<e>(?![\p{L}\p{N}])/u.source, // emphasis
    /`(?<literal2>[^`]+)`/.source, // code
    /\\(?<literal3>[\\`*_{}[\]()#+\-.!>~|])/.source, // escape
  ].join('|'),
  'gdu',
);

/**
 * The raw runs that remain of `raw[start, end)` once inline markup is stripped: links and
 * emphasis keep their text, images and tags go, escapes keep the escaped character.
 * @example inlineRuns('see [the map](/m) *now*', 0, 23) // runs covering 'see ', 'the map', ' ', 'now'
 */
export function inlineRuns(raw: string, start: number, end: number): Run[] {
  const line = raw.slice(start, end);
  const runs: Run[] = [];
  const keep = (from: number, to: number): void => {
    if (from < to) runs.push([start + from, start + to]);
  };
  let cursor = 0;
  for (const match of line.matchAll(INLINE)) {
    keep(cursor, match.index);
    const groups = match.indices!.groups!;
    const text = groups['text'] ?? groups['text2'] ?? groups['text3'];
    const literal = groups['literal'] ?? groups['literal2'] ?? groups['literal3'];
    if (text !== undefined) runs.push(...inlineRuns(raw, start + text[0], start + text[1]));
    else if (literal !== undefined) keep(literal[0], literal[1]);
    cursor = match.index + match[0].length;
  }
  keep(cursor, line.length);
  return runs;
}
