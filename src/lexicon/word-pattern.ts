/**
 * A whole-word pattern, `(?<![B])(?:BODY)(?![A])` with the flags `giu` (or `gu`), matched faster with
 * the same results (speed only: the matches, their order and their capture groups are those of the
 * plain regular expression).
 *
 * Why: a leading look-behind makes V8 try it at every position of the text (two to three times slower
 * for the same matches), and V8 runs a case-insensitive Unicode pattern (`iu`) slower than the same
 * pattern without `u`. So the body is searched alone, and each candidate is checked as the look-arounds
 * would: a guarded character before it rejects it (the search goes on one character later), a guarded
 * character after it has the full pattern decide at that position (a shorter alternative may fit).
 *
 * A body in plain ASCII (most vocabulary: English trigger words, verbs of saying) is searched without
 * `u`. It finds the same words as with `u` in any text without the few characters that Unicode case
 * folding maps onto ASCII letters ('ſ' → s, 'K' Kelvin → k, and, to be safe, the Turkish dotted and
 * dotless i) and without surrogate pairs (where `u` counts one character and no `u` two); a text that
 * holds one of them, and any other body, is searched with the pattern's own flags.
 */

/** Characters on which `gi` and `giu` may differ for an ASCII body (see above). */
const UNSAFE_TEXT = /[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/;
/** A body the fast search may take: printable ASCII without Unicode escapes (`\p{..}`, `\u....`, `\x..`, `\c.`). */
const ASCII_BODY = /^[\x20-\x7E]*$/;
const UNICODE_ESCAPE = /\\[pPuxc]/;

/** Letters: the guard of most vocabulary patterns (the contents of a character class). */
export const LETTER = '\\p{L}';
/** Letters and digits. */
export const LETTER_OR_DIGIT = '\\p{L}\\p{N}';

/**
 * Whether the ASCII search may take a text, for the last text asked about. Patterns that search the same
 * texts in turn (a language's event cues, its trigger and attribution patterns) share one, so that a
 * text is checked once rather than once per pattern.
 */
export class TextCheck {
  private text = '';
  private safe = true;

  /** True when `text` holds none of the characters on which an ASCII body matches differently without `u`. */
  asciiSafe(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.safe = !UNSAFE_TEXT.test(text);
    }
    return this.safe;
  }
}

/** Options of a {@link WordPattern}. */
export interface WordPatternOptions {
  /** The contents of the character class that may not stand right before the match (a leading look-behind `(?<![...])`); null for none. */
  readonly before: string | null;
  /** The contents of the character class that may not stand right after the match (a trailing look-ahead `(?![...])`); null for none. */
  readonly after: string | null;
  /** Case-insensitive (`i`); true by default. */
  readonly ignoreCase?: boolean;
  /** The check shared with the patterns that search the same texts (a pattern of its own by default). */
  readonly check?: TextCheck;
}

/** A character class tested on one character of a text, ASCII by a table. */
class Guard {
  private readonly ascii = new Uint8Array(128);
  private readonly re: RegExp;

  constructor(contents: string, flags: string) {
    this.re = new RegExp(`^[${contents}]$`, flags);
    for (let c = 0; c < 128; c++) this.ascii[c] = this.re.test(String.fromCharCode(c)) ? 1 : 0;
  }

  /** True when the character (code point) starting at `i` is in the class. */
  at(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c < 128) return this.ascii[c] === 1;
    return this.re.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  }

  /** True when the character (code point) ending right before `i` is in the class. */
  before(text: string, i: number): boolean {
    const c = text.charCodeAt(i - 1);
    if (c < 128) return this.ascii[c] === 1;
    // A low surrogate after a high one ends a pair: the look-behind reads the whole code point.
    const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
    return this.re.test(String.fromCodePoint(text.codePointAt(start) ?? c));
  }
}

/**
 * Drop-in for a global regular expression `(?<![B])(?:BODY)(?![A])` with the flags `giu` (or `gu`),
 * used as `p.lastIndex = 0; for (let m = p.exec(s); m; m = p.exec(s)) ...`.
 *
 * @example
 * const p = new WordPattern('killed|wounded', { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT });
 * p.lastIndex = 0;
 * p.exec('two were killed'); // ['killed'], index 9: as /(?<![\p{L}\p{N}])(?:killed|wounded)(?![\p{L}\p{N}])/giu
 */
export class WordPattern {
  /** Where the next `exec` starts, as a global regular expression's `lastIndex`. */
  lastIndex = 0;
  /** The pattern as written (the reference). */
  readonly full: RegExp;
  /** The same at one position (sticky), to decide a candidate the trailing guard rejects as written. */
  private readonly sticky: RegExp;
  /** The body alone with the pattern's flags: no look-behind tried at every position. */
  private readonly body: RegExp;
  /** The body alone without `u`, or null when it is not plain ASCII. */
  private readonly ascii: RegExp | null;
  private readonly before: Guard | null;
  private readonly after: Guard | null;
  /** Whether the ASCII search may take a text (callers search one text several times in a row). */
  private readonly check: TextCheck;

  constructor(body: string, options: WordPatternOptions) {
    const i = options.ignoreCase === false ? '' : 'i';
    const source = `${options.before !== null ? `(?<![${options.before}])` : ''}(?:${body})${options.after !== null ? `(?![${options.after}])` : ''}`;
    this.full = new RegExp(source, `g${i}u`);
    this.sticky = new RegExp(source, `y${i}u`);
    this.body = new RegExp(`(?:${body})`, `g${i}u`);
    this.ascii = ASCII_BODY.test(body) && !UNICODE_ESCAPE.test(body) ? new RegExp(`(?:${body})`, `g${i}`) : null;
    this.before = options.before !== null ? new Guard(options.before, `${i}u`) : null;
    this.after = options.after !== null ? new Guard(options.after, `${i}u`) : null;
    this.check = options.check ?? new TextCheck();
  }

  /** The next match from `lastIndex` on, exactly as the full pattern's `exec` would give it (and `lastIndex` moves alike). */
  exec(text: string): RegExpExecArray | null {
    const unicode = this.ascii === null || !this.check.asciiSafe(text);
    const search = unicode ? this.body : (this.ascii as RegExp);
    search.lastIndex = this.lastIndex;
    for (let m = search.exec(text); m !== null; m = search.exec(text)) {
      const at = m.index;
      // The next position a search by code points tries after `at`.
      const next = unicode && text.codePointAt(at)! > 0xffff ? at + 2 : at + 1;
      if (this.before !== null && at > 0 && this.before.before(text, at)) {
        search.lastIndex = next;
        continue;
      }
      const end = at + m[0].length;
      if (this.after === null || end >= text.length || !this.after.at(text, end)) {
        this.lastIndex = end;
        return m;
      }
      // The longest reading is followed by a guarded character: a shorter alternative may still fit here.
      this.sticky.lastIndex = at;
      const exact = this.sticky.exec(text);
      if (exact !== null) {
        this.lastIndex = this.sticky.lastIndex;
        return exact;
      }
      search.lastIndex = next;
    }
    this.lastIndex = 0;
    return null;
  }

  /** Every match in `text`, in order, as `text.matchAll` of the full pattern gives them (`lastIndex` is left at 0). */
  matchAll(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    this.lastIndex = 0;
    for (let m = this.exec(text); m !== null; m = this.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a code point), as `matchAll` does.
      if (m[0].length === 0) this.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    this.lastIndex = 0;
    return out;
  }

  /** True when the pattern occurs in `text` (from the start, whatever `lastIndex` was; `lastIndex` is left at 0). */
  test(text: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.lastIndex = 0;
    return found;
  }
}
