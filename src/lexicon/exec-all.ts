/**
 * `[...text.matchAll(re)]` for a global regular expression, read by `exec` on `re` itself.
 *
 * Why: `matchAll` copies the regular expression on every call (its species constructor) and returns an
 * iterator; for the short texts the stages search many times per report the copy costs about three times
 * the search. The matches are the same: the search starts at `re.lastIndex` as matchAll's copy does, an
 * empty match moves on by one character (a code point under `u` or `v`), and `re.lastIndex` is left as it
 * was. All matches are read before the caller sees the first, which changes nothing for an immutable text.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regular expression: /${re.source}/${re.flags}`);
  const start = re.lastIndex;
  const unicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = start;
  return out;
}

/** The index after the character at `i` (a surrogate pair counts as one character under `u`). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
