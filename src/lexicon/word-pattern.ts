/**
 * A whole-word pattern, `(?<![GUARD])(?:BODY)(?![GUARD])` with the flags `giu`, matched faster with the
 * same results (speed only: the matches, their order and their capture groups are those of the plain
 * regular expression).
 *
 * Why: V8 runs a case-insensitive Unicode pattern (`iu`) several times slower than the same pattern
 * without `u`, and a leading look-behind makes it try the look-behind at every position of the text.
 * Most vocabulary (English trigger words, verbs of saying) is plain ASCII and needs neither. So a
 * pattern whose body is plain ASCII is searched with the body alone under `gi`; each candidate is then
 * checked as the look-arounds would: a word character before it rejects it (the search goes on one
 * character later), a word character after it has the full pattern decide at that position.
 *
 * The body alone under `gi` finds the same words as under `giu` in any text without the few characters
 * that Unicode case folding maps onto ASCII letters ('ſ' → s, 'K' Kelvin → k, and, to be safe, the
 * Turkish dotted and dotless i) and without surrogate pairs (where `u` counts one character and `gi`
 * two). A text that holds one of them is searched with the full pattern.
 */

/** Characters on which `gi` and `giu` may differ for an ASCII body (see above). */
const UNSAFE_TEXT = /[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/;
/** A body the fast search may take: printable ASCII without Unicode escapes (`\p{..}`, `\u....`, `\x..`, `\c.`). */
const ASCII_BODY = /^[\x20-\x7E]*$/;
const UNICODE_ESCAPE = /\\[pPuxc]/;

/** The characters a guard keeps out on either side of a word. */
export type WordGuard = 'letter' | 'letter-or-digit';

const GUARD_CLASS: Readonly<Record<WordGuard, string>> = { letter: '\\p{L}', 'letter-or-digit': '\\p{L}\\p{N}' };
const GUARD_TEST: Readonly<Record<WordGuard, RegExp>> = { letter: /\p{L}/u, 'letter-or-digit': /[\p{L}\p{N}]/u };

/** Options of a {@link WordPattern}. */
export interface WordPatternOptions {
  /** What may not stand right before the match (a leading look-behind); null for no guard. */
  readonly before: WordGuard | null;
  /** What may not stand right after the match (a trailing look-ahead); null for no guard. */
  readonly after: WordGuard | null;
}

/**
 * Drop-in for a global regular expression `(?<![G])(?:BODY)(?![G])` with the flags `giu`, used as
 * `p.lastIndex = 0; for (let m = p.exec(s); m; m = p.exec(s)) ...`.
 *
 * @example
 * const p = new WordPattern('killed|wounded', { before: 'letter-or-digit', after: 'letter-or-digit' });
 * p.lastIndex = 0;
 * p.exec('two were killed'); // ['killed'], index 9: as /(?<![\p{L}\p{N}])(?:killed|wounded)(?![\p{L}\p{N}])/giu
 */
export class WordPattern {
  /** Where the next `exec` starts, as a global regular expression's `lastIndex`. */
  lastIndex = 0;
  /** The pattern as written: the reference, and the search for texts the fast search may not take. */
  readonly full: RegExp;
  /** The same at one position (sticky), to decide a candidate the trailing guard rejects as written. */
  private readonly sticky: RegExp;
  /** The body alone under `gi`, or null when it is not plain ASCII. */
  private readonly fast: RegExp | null;
  private readonly before: RegExp | null;
  private readonly beforeDigits: boolean;
  private readonly after: RegExp | null;
  private readonly afterDigits: boolean;
  /** The last text searched and whether the fast search may take it (callers search one text several times in a row). */
  private checked: { text: string; safe: boolean } = { text: '', safe: true };

  constructor(body: string, options: WordPatternOptions) {
    const source = `${options.before ? `(?<![${GUARD_CLASS[options.before]}])` : ''}(?:${body})${options.after ? `(?![${GUARD_CLASS[options.after]}])` : ''}`;
    this.full = new RegExp(source, 'giu');
    this.sticky = new RegExp(source, 'yiu');
    this.fast = ASCII_BODY.test(body) && !UNICODE_ESCAPE.test(body) ? new RegExp(`(?:${body})`, 'gi') : null;
    this.before = options.before ? GUARD_TEST[options.before] : null;
    this.beforeDigits = options.before === 'letter-or-digit';
    this.after = options.after ? GUARD_TEST[options.after] : null;
    this.afterDigits = options.after === 'letter-or-digit';
  }

  /** The next match from `lastIndex` on, exactly as the full pattern's `exec` would give it (and `lastIndex` moves alike). */
  exec(text: string): RegExpExecArray | null {
    const fast = this.fast;
    if (fast !== null && this.checked.text !== text) this.checked = { text, safe: !UNSAFE_TEXT.test(text) };
    if (fast === null || !this.checked.safe) {
      this.full.lastIndex = this.lastIndex;
      const m = this.full.exec(text);
      this.lastIndex = this.full.lastIndex;
      return m;
    }
    fast.lastIndex = this.lastIndex;
    for (let m = fast.exec(text); m !== null; m = fast.exec(text)) {
      const at = m.index;
      if (this.before !== null && at > 0 && isGuarded(text.charCodeAt(at - 1), this.before, this.beforeDigits)) {
        fast.lastIndex = at + 1;
        continue;
      }
      const end = at + m[0].length;
      if (this.after === null || end >= text.length || !isGuarded(text.charCodeAt(end), this.after, this.afterDigits)) {
        this.lastIndex = end;
        return m;
      }
      // The longest reading is followed by a word character: a shorter alternative may still be a whole word here.
      this.sticky.lastIndex = at;
      const exact = this.sticky.exec(text);
      if (exact !== null) {
        this.lastIndex = this.sticky.lastIndex;
        return exact;
      }
      fast.lastIndex = at + 1;
    }
    this.lastIndex = 0;
    return null;
  }

  /** True when the pattern occurs in `text` (from the start, whatever `lastIndex` was; `lastIndex` is left at 0). */
  test(text: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.lastIndex = 0;
    return found;
  }
}

/** True when the character (a UTF-16 unit, never a surrogate here) is one the guard keeps out. */
function isGuarded(c: number, guard: RegExp, digits: boolean): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (digits && c >= 48 && c <= 57);
  return guard.test(String.fromCharCode(c));
}
