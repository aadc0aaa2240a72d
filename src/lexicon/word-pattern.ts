import { execAll } from './exec-all.js';
import { isAsciiLetter } from './chars.js';

/**
 * A whole-word pattern, `(?<![B])(?:BODY)(?![A])` with the flags `giu` (or `gu`), matched faster with
 * the same results (speed only: the matches, their order and their capture groups are those of the
 * plain regular expression).
 *
 * Why: a leading look-behind makes V8 try it at every position of the text (two to three times slower
 * for the same matches); V8 tries the alternatives of a long list one after the other at each position
 * (a list factored by first letter, `k(?:illed|ill)|w(?:ounded)`, is tried faster); and it runs a
 * case-insensitive Unicode pattern (`iu`) slower than the same pattern without `u`. So a search without
 * the guards, factored by first letter, finds where the body matches; a guarded character right before
 * such a position rejects it at once, and at the others the pattern as written (sticky, guards
 * included) reads the match, or finds none and the search goes on one character later. The pattern
 * can match only where its body does, so it finds the same matches.
 *
 * A body whose search for positions is plain ASCII (most vocabulary: English trigger words, verbs of
 * saying, also when a look-behind that opens an alternative reads letters by Unicode property) is
 * searched without `u`. It finds the same positions as with `u` in any text without the few characters that Unicode case
 * folding maps onto ASCII letters ('ſ' → s, 'K' Kelvin → k, and, to be safe, the Turkish dotted and
 * dotless i) and without surrogate pairs (where `u` counts one character and no `u` two); a text that
 * holds one of them, and any other body, is searched with the pattern's own flags.
 */

/** Characters on which `gi` and `giu` may differ for an ASCII body (see above). */
const UNSAFE_TEXT = /[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/;
/** A body the fast search may take: printable ASCII without Unicode escapes (`\p{..}`, `\u....`, `\x..`, `\c.`). */
const ASCII_BODY = /^[\x20-\x7E]*$/;
const UNICODE_ESCAPE = /\\[pPuxc]/;
/**
 * The escapes the search of slices refuses: those of {@link UNICODE_ESCAPE} but an ASCII code written `\xHH`
 * (`[^\x00-\x7F]`, the search every language but English has among its triggers' positions, see
 * {@link asciiOpenings}), which reads the same character with `u` or without, case folded alike in the texts
 * the ASCII search takes. Refused, every such pattern searched each sentence of a report on its own.
 */
const SLICE_ESCAPE = /\\(?:[pPuc]|x(?![0-7][0-9A-Fa-f]))/;

/** Letters: the guard of most vocabulary patterns (the contents of a character class). */
export const LETTER = '\\p{L}';
/** Letters and digits. */
export const LETTER_OR_DIGIT = '\\p{L}\\p{N}';

/**
 * Whether the ASCII search may take a text, for the last text asked about. Patterns that search the same
 * texts in turn (a language's event cues, its trigger and attribution patterns) share one, so that a
 * text is checked once rather than once per pattern; the stages of one engine share one too (see
 * `textCheckOf`), so that a report's whole text is checked once rather than once per stage.
 */
export class TextCheck {
  /**
   * The guards of the patterns that share this check, by flags and class: patterns of the same guard share it,
   * with the answers it remembers (kept here, per engine, not in the module).
   */
  private readonly guards = new Map<string, Guard>();

  /** The guard for a class and flags, shared by the patterns of this check. */
  guardFor(contents: string, flags: string): Guard {
    const key = `${flags}/${contents}`;
    let guard = this.guards.get(key);
    if (guard === undefined) this.guards.set(key, (guard = new Guard(contents, flags)));
    return guard;
  }

  private text = '';
  private safe = true;
  /** The text asked about before the last one: a report's whole text and a window of it are asked about in turn. */
  private previous = '';
  private previousSafe = true;

  /**
   * The text the searches of a report's slices ({@link WordPattern.matchAllIn}) read whole, kept apart from the
   * two above: the slices other patterns of the same check test between those searches (a sentence's 'before'
   * text, a noun phrase) would push it out, and each search would check the whole report again.
   */
  private whole = '';
  private wholeSafe = true;

  /** {@link asciiSafe} for a text searched whole for the sake of its slices (see `whole`). */
  wholeTextSafe(text: string): boolean {
    if (text === this.whole) return this.wholeSafe;
    const safe = this.asciiSafe(text);
    this.whole = text;
    this.wholeSafe = safe;
    return safe;
  }

  /** True when `text` holds none of the characters on which an ASCII body matches differently without `u`. */
  asciiSafe(text: string): boolean {
    if (text === this.text) return this.safe;
    // (A report's whole text, when the stages that share the check search it whole as well as by slices.)
    if (text === this.whole) return this.wholeSafe;
    const safe = text === this.previous ? this.previousSafe : !UNSAFE_TEXT.test(text);
    this.previous = this.text;
    this.previousSafe = this.safe;
    this.text = text;
    this.safe = safe;
    return safe;
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

/** A character class tested on one character of a text, ASCII by a table, any other character by the class once (then remembered). */
class Guard {
  private readonly ascii = new Uint8Array(128);
  /**
   * For each character of the Basic Multilingual Plane outside ASCII (surrogates aside) that was tested: 1 in the
   * class, 2 not (0: not yet tested). Why: in a text written in another script the search of a list that holds
   * words of it finds every character of the text, and the guard rejects the ones inside words; a test by
   * Unicode property of a one-character string cost about 100 ns each.
   */
  private others: Uint8Array | null = null;
  private readonly re: RegExp;

  constructor(contents: string, flags: string) {
    this.re = new RegExp(`^[${contents}]$`, flags);
    for (let c = 0; c < 128; c++) this.ascii[c] = this.re.test(String.fromCharCode(c)) ? 1 : 0;
  }

  /** True when the class holds every ASCII letter (both cases): a match can then never follow one. */
  get holdsAsciiLetters(): boolean {
    for (let c = 65; c <= 122; c++) if ((c <= 90 || c >= 97) && this.ascii[c] !== 1) return false;
    return true;
  }

  /** True when the character (code point) ending right before `i` is in the class. */
  before(text: string, i: number): boolean {
    const c = text.charCodeAt(i - 1);
    if (c < 128) return this.ascii[c] === 1;
    if (c < 0xd800 || c > 0xdfff) {
      const others = (this.others ??= new Uint8Array(0x10000));
      if (others[c] === 0) others[c] = this.re.test(String.fromCharCode(c)) ? 1 : 2;
      return others[c] === 1;
    }
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
  /** The same at one position (sticky): reads the match at a position the search found. */
  private readonly sticky: RegExp;
  /** The search for the body's positions with the pattern's flags: no look-behind tried at every position. */
  private readonly body: RegExp;
  /** The same search without `u`, or null when the body is not plain ASCII. */
  private readonly ascii: RegExp | null;
  /**
   * True when the ASCII search reads the character before each position too (`[^A-Za-z](?:...)`, see
   * {@link prefixedSource}): its match then starts one character before the position it finds.
   */
  private readonly prefixed: boolean;
  /**
   * For a prefixed pattern, the ASCII characters its matches may open with (1: the letters its alternatives
   * open with, both cases), else null: where no character stands before (a text's or slice's first position,
   * which the prefixed search cannot find) any other ASCII character rules the match out at once.
   */
  private readonly openings: Uint8Array | null;
  /** The leading guard, checked before the sticky pattern runs (most rejected positions end there). */
  private readonly before: Guard | null;
  /** Whether the ASCII search may take a text (callers search one text several times in a row). */
  readonly check: TextCheck;
  /** The positions of a whole text that serve the searches of its slices (see {@link matchAllIn}), or null. */
  private readonly slices: SliceSearch | null;
  /** The body as written (for {@link WordPatternSet}). */
  readonly source: string;
  /** True when the body is plain ASCII and case-insensitive: the search a {@link WordPatternSet} can share. */
  readonly asciiCaseless: boolean;
  /**
   * The ASCII search for the body's positions (without the prefix), when it has one and is case-insensitive:
   * what a {@link WordPatternSet} shares for a body that is not plain ASCII. Null otherwise.
   */
  readonly asciiSource: string | null;
  /** True when the leading guard holds every ASCII letter: no match follows one. */
  readonly wholeWordStart: boolean;

  constructor(body: string, options: WordPatternOptions) {
    const i = options.ignoreCase === false ? '' : 'i';
    const before = options.before !== null ? `(?<![${options.before}])` : '';
    const after = options.after !== null ? `(?![${options.after}])` : '';
    const source = `${before}(?:${body})${after}`;
    this.full = new RegExp(source, `g${i}u`);
    // The sticky pattern reads each alternative that opens with a look-around or a group only where one of
    // its first letters stands (see `withLeadingLetters`): the same matches, tried faster. Its leading guard
    // is checked apart, by a table for ASCII (see `matchAt`): a look-behind by Unicode property costs V8
    // about as much as the rest of the match.
    const stickyBody = i === 'i' && !BACKREFERENCE.test(body) ? withLeadingLetters(body) : body;
    this.sticky = new RegExp(`(?:${stickyBody})${after}`, `y${i}u`);
    // The searches find where the body matches (factored by first letter when case-insensitive); the sticky
    // pattern then reads the match there as written.
    const positions = i === 'i' && !BACKREFERENCE.test(body) ? positionsSource([body]) : `(?:${body})`;
    this.check = options.check ?? new TextCheck();
    this.before = options.before !== null ? this.check.guardFor(options.before, `${i}u`) : null;
    this.body = new RegExp(positions, `g${i}u`);
    // The ASCII search only finds positions, so it is the positions' source that must be plain ASCII: a
    // look-behind left out of it may hold letters by property ('(?<=claimed\s+[\p{L}\d]+\s+)lives' is
    // searched as 'lives'), which the sticky pattern then checks with `u`.
    const plain = ASCII_BODY.test(positions) && !UNICODE_ESCAPE.test(positions);
    // An assertion inside the positions (a look-ahead that reads letters by property, '(?=[^\p{L}-]|$)')
    // only rules positions out: left out, the search may still be plain ASCII.
    // Alternatives that read letters by property after their first words ('could(?![\p{L}\p{N}])(?:\s+\p{L}+){0,3}\s*$')
    // are searched by those words alone (see `asciiOpenings`).
    const free = plain || BACKREFERENCE.test(body) ? positions : withoutAssertions(positions);
    // A case-sensitive body is searched by the characters its alternatives open with ('[0-9٠-٩]' for digits, see `leadingAtoms`).
    const searched = ASCII_BODY.test(free) && !UNICODE_ESCAPE.test(free) ? free : BACKREFERENCE.test(body) ? null : i === 'i' ? asciiOpenings(body) : leadingAtoms(body);
    const asciiPositions = searched !== null;
    this.prefixed = asciiPositions && i === 'i' && !BACKREFERENCE.test(body) && this.before !== null && this.before.holdsAsciiLetters && (startsWithLetters([body]) || opensWithLetters(searched!));
    this.ascii = searched !== null ? new RegExp(this.prefixed ? prefixedSource(searched) : searched, `g${i}`) : null;
    // Either source whose alternatives all open with letters (or with a character outside ASCII) names the characters a match opens with.
    this.openings = this.prefixed ? openingTable(startsWithLetters([body]) ? [body] : [searched!]) : null;
    // A body whose positions are not plain ASCII ('n['’]t') searches its slices with its ASCII search, which finds at least them.
    this.slices = i === 'i' && !BACKREFERENCE.test(body) ? (SliceSearch.of(positions, this.prefixed) ?? (searched !== null ? SliceSearch.of(searched, this.prefixed) : null)) : null;
    this.source = body;
    // (The shared search of a set unites the positions as written: only those that are plain ASCII.)
    this.asciiCaseless = plain && i === 'i';
    this.asciiSource = i === 'i' && !BACKREFERENCE.test(body) ? searched : null;
    this.wholeWordStart = this.before !== null && this.before.holdsAsciiLetters;
  }

  /** The match starting exactly at `at`, as the full pattern would find it there (guards included), or null. */
  matchAt(text: string, at: number): RegExpExecArray | null {
    if (this.before !== null && at > 0 && this.before.before(text, at)) return null;
    this.sticky.lastIndex = at;
    return this.sticky.exec(text);
  }

  /**
   * False when no match of a prefixed pattern can start at `at` of a text the ASCII search may take: an ASCII
   * character there that none of its alternatives opens with (see `openings`). True otherwise.
   */
  private mayOpenAt(text: string, at: number): boolean {
    const c = text.charCodeAt(at);
    // (No character: an alternative opens with one, so nothing matches an empty rest either.)
    if (c !== c) return false;
    return c >= 128 || this.openings === null || this.openings[c] === 1;
  }

  /** The next match from `lastIndex` on, exactly as the full pattern's `exec` would give it (and `lastIndex` moves alike). */
  exec(text: string): RegExpExecArray | null {
    return this.execChecked(text, this.ascii !== null && this.check.asciiSafe(text));
  }

  /** {@link exec}, told whether the ASCII search may take the text (`safe`). */
  private execChecked(text: string, safe: boolean): RegExpExecArray | null {
    const unicode = this.ascii === null || !safe;
    if (!unicode && this.prefixed) return this.execPrefixed(text);
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
      const exact = this.matchAt(text, at);
      if (exact !== null) {
        this.lastIndex = this.sticky.lastIndex;
        return exact;
      }
      search.lastIndex = next;
    }
    this.lastIndex = 0;
    return null;
  }

  /**
   * {@link exec} with the prefixed ASCII search: position 0 (where no character stands before) is read
   * by the sticky pattern alone, every later position is found one character after its search match.
   * (The same prefix in a Unicode search, `[^\p{L}]`, made V8 slower, not faster: it tests the property at
   * every position.)
   */
  private execPrefixed(text: string): RegExpExecArray | null {
    let from = this.lastIndex;
    if (from === 0) {
      const first = this.mayOpenAt(text, 0) ? this.matchAt(text, 0) : null;
      if (first !== null) {
        this.lastIndex = this.sticky.lastIndex;
        return first;
      }
      from = 1;
    }
    const search = this.ascii as RegExp;
    search.lastIndex = from - 1;
    for (let m = search.exec(text); m !== null; m = search.exec(text)) {
      const at = m.index + 1;
      // The search let through a character outside ASCII before `at`: the guard decides.
      if (!(this.before as Guard).before(text, at)) {
        const exact = this.matchAt(text, at);
        if (exact !== null) {
          this.lastIndex = this.sticky.lastIndex;
          return exact;
        }
      }
      // The next position is at least `at + 1`, its character before at least `at`.
      search.lastIndex = at;
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

  /**
   * `matchAll(text.slice(start, end))`, read from one search of the whole text shared by all its slices
   * (see {@link SliceSearch}): the stages search each sentence of a report with the same patterns, and a
   * search per sentence costs a call and a scan of its own. The matches are those of the slice (their
   * indices count from `start`, their input is the slice).
   */
  matchAllIn(text: string, start: number, end: number): RegExpExecArray[] {
    const slices = this.slices;
    if (slices === null || !this.check.wholeTextSafe(text)) return this.matchAll(text.slice(start, end));
    const out: RegExpExecArray[] = [];
    let slice: string | null = null;
    let from = 0;
    slices.each(text, start, end, (at) => {
      if (at < from) return;
      slice ??= text.slice(start, end);
      if (this.before !== null && at > 0 && this.before.before(slice, at)) return;
      // (The slice's first position is the only one the search did not read; see `openings`.)
      if (at === 0 && !this.mayOpenAt(slice, 0)) return;
      const found = this.matchAt(slice, at);
      if (found === null) return;
      out.push(found);
      from = at + (found[0].length === 0 ? 1 : found[0].length);
    });
    return out;
  }

  /** True when the pattern occurs in `text` (from the start, whatever `lastIndex` was; `lastIndex` is left at 0). */
  test(text: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.lastIndex = 0;
    return found;
  }

  /**
   * `test(s)` for a string made of slices of `text` ('the words before a trigger + those after it'), with the
   * ASCII check read from the whole text (remembered across the report's tests): a string made of slices of a
   * text the ASCII search may take holds none of the characters that keep it away either.
   */
  testOf(s: string, text: string): boolean {
    this.lastIndex = 0;
    const found = this.execChecked(s, this.ascii !== null && this.check.wholeTextSafe(text)) !== null;
    this.lastIndex = 0;
    return found;
  }

  /**
   * `test(text.slice(start, end))`, with the ASCII check read from the whole text (remembered across the
   * report's slices): a slice of a text the ASCII search may take holds none of the characters that keep it
   * away either, so each slice tested is not checked again.
   */
  testIn(text: string, start: number, end: number): boolean {
    const slice = text.slice(start, end);
    this.lastIndex = 0;
    const found = this.execChecked(slice, this.ascii !== null && this.check.wholeTextSafe(text)) !== null;
    this.lastIndex = 0;
    return found;
  }
}

/**
 * The top-level alternatives of a regular expression source (`a|b(?:c|d)|[|]` → `a`, `b(?:c|d)`, `[|]`).
 */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      current += ch + source.charAt(i + 1);
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** The ASCII letter (lower case) an alternative starts with, when it starts with one that no quantifier makes optional or repeats. */
function leadingLetter(alternative: string): string | null {
  return /^[A-Za-z](?![?*+{])/.test(alternative) ? alternative.charAt(0).toLowerCase() : null;
}

/**
 * A case-insensitive source that matches at exactly the positions where one of the sources matches (which
 * one, and how, may differ: for finding where to look only). Alternatives that start with the same letter
 * share it (`killed|kill|wounded` → `k(?:illed|ill)|w(?:ounded)`): V8 tries each alternative of a list in
 * turn, and a list factored by first letter is tried several times faster.
 */
export function positionsSource(sources: readonly string[]): string {
  const { groups, others } = byLeadingLetter(sources);
  return [...[...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`), ...others].join('|');
}

/** The alternatives of the sources (read as {@link wherever}) grouped by their leading letter, and the others. */
function byLeadingLetter(sources: readonly string[]): { groups: Map<string, string[]>; others: string[] } {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const alternative of sources.flatMap(alternatives).flatMap(wherever)) {
    const letter = leadingLetter(alternative);
    if (letter === null) others.push(alternative);
    else groups.set(letter, [...(groups.get(letter) ?? []), alternative.slice(1)]);
  }
  return { groups, others };
}

/**
 * True when every alternative of an ASCII search ({@link asciiOpenings}) opens with an ASCII letter or is
 * the search for a character outside ASCII: with a leading guard that holds every ASCII letter, no match
 * follows an ASCII letter, so the prefixed search ({@link prefixedSource}) finds all its positions too.
 */
function opensWithLetters(source: string): boolean {
  return byLeadingLetter([source]).others.every((other) => other === ANY_NON_ASCII);
}

/**
 * The ASCII characters that the sources' alternatives (read as {@link wherever}) open with, case-insensitively:
 * 1 for each of their leading letters in both cases. For sources whose alternatives all open with a letter or
 * a character outside ASCII (a prefixed pattern's), a match in a text without the characters Unicode case
 * folding maps onto ASCII letters opens with one of these or with a character outside ASCII.
 */
function openingTable(sources: readonly string[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const letter of byLeadingLetter(sources).groups.keys()) {
    table[letter.charCodeAt(0)] = 1;
    table[letter.toUpperCase().charCodeAt(0)] = 1;
  }
  return table;
}

/** True when every position the sources' {@link positionsSource} finds starts with an ASCII letter. */
function startsWithLetters(sources: readonly string[]): boolean {
  return byLeadingLetter(sources).others.length === 0;
}

/**
 * A case-insensitive ASCII search that finds the positions of `positions` (a {@link positionsSource} whose
 * alternatives all start with an ASCII letter) that follow no ASCII letter, by matching the character
 * before each of them: `[^A-Za-z](?:positions)`. For patterns whose leading guard holds every letter (whole
 * words): at most positions a word goes on, and V8 then fails at the first character instead of trying the
 * alternatives (about three times faster than the plain search on English text; a look-behind or `\b`
 * would be either slower or wrong after a digit). The match starts one character before the position;
 * position 0 has no character before it and is read apart.
 */
function prefixedSource(positions: string): string {
  return `[^A-Za-z](?:${positions})`;
}

/** For each `)` of a source that closes a group, the index of its `(` (escapes and character classes skipped). */
function groupOpenings(source: string): Map<number, number> {
  const openings = new Map<number, number>();
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') open.push(i);
    else if (ch === ')' && open.length > 0) openings.set(i, open.pop() as number);
  }
  return openings;
}

/** A group that may match nothing (`(...)?`, `(...)*`, lazy or not) at the end of a source. */
const OPTIONAL_GROUP_END = /\)[?*]\??$/;

/**
 * Alternatives that match at least at the positions `alternative` matches at (for finding where to look
 * only): a look-around opening it is left out (it only rules positions out), an optional group at its end
 * is left out (`(\S+)(?: and \S+)*` matches where `(\S+)` does), a group that is the whole alternative
 * gives its own alternatives, and a group opening it is spread over the rest (see {@link leadingGroupSpread}),
 * each read alike.
 */
function wherever(alternative: string): string[] {
  let source = alternative;
  // A look-around opening the alternative only rules positions out ('(?<!as\s+)many' is tried where 'many' is).
  const lookaround = /^\(\?(?:<[=!]|[=!])/.test(source) ? [...groupOpenings(source)].find(([, open]) => open === 0)?.[0] : undefined;
  if (lookaround !== undefined && lookaround + 1 < source.length) return wherever(source.slice(lookaround + 1));
  for (;;) {
    const tail = OPTIONAL_GROUP_END.exec(source);
    const opening = tail ? groupOpenings(source).get(tail.index) : undefined;
    if (opening === undefined || opening === 0) break;
    source = source.slice(0, opening);
  }
  const whole = source.endsWith(')') ? groupOpenings(source).get(source.length - 1) : undefined;
  if (whole !== 0) return leadingGroupSpread(source) ?? [source];
  const inner = source.startsWith('(?:') ? source.slice(3, -1) : source.startsWith('(?') ? null : source.slice(1, -1);
  return inner === null ? [source] : alternatives(inner).flatMap(wherever);
}

/**
 * `(?:a|b)c` read as `ac|bc` (each read alike), when a source opens with a plain group that no quantifier
 * follows: its alternatives can then be grouped by their leading letters. An optional group is read with
 * and without it (`(?:on\s+)?Monday` as `on\s+Monday|Monday`). Null for any other source.
 */
function leadingGroupSpread(source: string): string[] | null {
  if (!source.startsWith('(') || (source.startsWith('(?') && !source.startsWith('(?:'))) return null;
  let close = -1;
  for (const [end, start] of groupOpenings(source)) if (start === 0) close = end;
  if (close < 0) return null;
  const inner = source.slice(source.startsWith('(?:') ? 3 : 1, close);
  const optional = /^(?:\?\??)?/.exec(source.slice(close + 1))![0];
  if (optional === '' && /^[*+{]/.test(source.slice(close + 1))) return null;
  if (optional !== '' && /^[*+{?]/.test(source.slice(close + 1 + optional.length))) return null;
  const rest = source.slice(close + 1 + optional.length);
  const spread = alternatives(inner).flatMap((a) => wherever(a + rest));
  return optional === '' ? spread : [...spread, ...wherever(rest)];
}

/**
 * The letters every match of a case-insensitive source starts with, as a table of the ASCII characters (1 for
 * each letter, in both cases), or null when they are not known from its alternatives. A table, not a set of
 * strings: the sets read it at every position they find, for each of their patterns (see {@link lowerAsciiAt}).
 */
function leadingLetters(source: string): Uint8Array | null {
  const leading = leadingCharacters(source);
  return leading !== null && leading.others === null ? leading.letters : null;
}

/**
 * {@link leadingLetters}, and the characters outside ASCII the other alternatives open with ('несколько',
 * 'ده ها', see {@link NON_ASCII_OPENING}) as the class `^[нд]$` with flags `iu`: it holds every character a
 * match of them may start with (of the same case folding), and no ASCII one. Null when an alternative opens
 * otherwise.
 */
function leadingCharacters(source: string): { letters: Uint8Array; others: RegExp | null } | null {
  const letters = new Uint8Array(128);
  let others = '';
  // Read as {@link wherever} (as the search for positions reads them): an alternative opening with a group
  // ('(?:deal|agreement) was signed') starts with the letters of the group's alternatives. Otherwise the set
  // tried such a pattern at every position its search found for any pattern, a sticky match (and a miss) each.
  for (const alternative of alternatives(source).flatMap(wherever)) {
    const letter = leadingLetter(alternative);
    if (letter !== null) {
      letters[letter.charCodeAt(0)] = 1;
      letters[letter.toUpperCase().charCodeAt(0)] = 1;
    } else if (NON_ASCII_OPENING.test(alternative)) others += alternative.charAt(0);
    else return null;
  }
  return { letters, others: others === '' ? null : new RegExp(`^[${others}]$`, 'iu') };
}

/**
 * The code `c` of a character where it is ASCII, else the code of its lower case when that is
 * one ASCII character (the Kelvin sign's, 'k': no other character outside ASCII lower-cases to an ASCII letter),
 * else -1 (no character there, too): what {@link leadingLetters}' table is read at. (The sets tried a pattern
 * where the lower case of the character there was one of its letters.)
 */
function lowerAsciiAt(c: number): number {
  // (Compared by code: lower-casing a one-character string cut from a text that is not all Latin-1, any
  // report with a dash or a curly quote, cost about 130 ns a position.)
  return c < 128 ? c : c === KELVIN_SIGN ? 107 : -1;
}

/** The only character outside ASCII whose lower case is an ASCII character ('k'). */
const KELVIN_SIGN = 0x212a;

/** Two ASCII characters as one number, case folded for letters (`pairCode('S'.charCodeAt(0), 'i'.charCodeAt(0))` is that of 'si'). */
function pairCode(c0: number, c1: number): number {
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(c0) * 128 + lower(c1);
}

/**
 * The first two letters (as {@link pairCode}, a bit each in a table) every match of a case-insensitive source starts with, read as
 * {@link wherever} as {@link leadingLetters} does, when every alternative opens with two letters that no
 * quantifier makes optional or repeats ('sign(?:s|ed)?' with 'si', '(?:deal|accord) was' with 'de' and 'ac');
 * null otherwise. (For texts the ASCII search may take, where only ASCII letters match ASCII letters.)
 */
function leadingPairs(source: string): Uint8Array | null {
  // A bit per pair code (128 × 128 codes): read at every position a set finds, for each pattern its letter may start.
  const pairs = new Uint8Array((128 * 128) / 8);
  for (const alternative of alternatives(source).flatMap(wherever)) {
    if (!/^[A-Za-z]{2}(?![?*+{])/.test(alternative)) return null;
    const code = pairCode(alternative.charCodeAt(0), alternative.charCodeAt(1));
    pairs[code >>> 3]! |= 1 << (code & 7);
  }
  return pairs;
}

/**
 * A case-insensitive body whose alternatives that open with a look-around or a group are each led by a
 * look-ahead for the letters their matches start with (`(?<=claimed\s+\S+\s+)lives` as
 * `(?=lives)(?<=claimed\s+\S+\s+)lives`), when those are known (see {@link wherever}); the others as written.
 *
 * Why: V8 tries the alternatives of a list in turn at a position, and a look-behind that reads back over
 * words ('claimed the lives of ... lives') costs a backtracking search at every position it is tried, most
 * of them where no 'l' stands (about 2 us a trigger read in a sentence, for the casualty triggers). Both
 * assertions hold at the same position or neither does, in either order, so the matches are the same, and
 * the groups keep their numbers.
 */
function withLeadingLetters(body: string): string {
  return alternatives(body)
    .map((alternative) => {
      if (leadingLetter(alternative) !== null) return alternative;
      const openings = new Set<string>();
      for (const opening of wherever(alternative)) {
        const letters = LEADING_LETTERS.exec(opening)?.[0];
        if (letters === undefined) return alternative;
        openings.add(letters.toLowerCase());
      }
      return `(?=${[...openings].join('|')})${alternative}`;
    })
    .join('|');
}

/**
 * A case-insensitive ASCII search for the positions of a body that is not plain ASCII: each of its
 * alternatives (read as {@link wherever}) as written when it is plain ASCII, else the letters it opens
 * with (every match of it starts with them, so the search finds at least its positions), and any character
 * outside ASCII when one follows them ('v[^\\x00-\\x7F]' for 'vários'); an alternative
 * that opens with a character outside ASCII ('несколько', 'العشرات' among English words) is found by any
 * such character (`[^\x00-\x7F]`, see {@link NON_ASCII_OPENING}); null when an alternative that is not
 * plain ASCII opens otherwise.
 *
 * Why: one such alternative made the whole list (the vague quantities of a dozen languages) searched with
 * `iu`, about twice as slow on an English report.
 */
function asciiOpenings(body: string): string | null {
  const openings: string[] = [];
  let nonAscii = false;
  for (const alternative of alternatives(body).flatMap(wherever)) {
    if (ASCII_BODY.test(alternative) && !UNICODE_ESCAPE.test(alternative)) openings.push(alternative);
    else {
      const letters = LEADING_LETTERS.exec(alternative)?.[0];
      // 'vários': its letters and the character outside ASCII after them (not every 'v').
      if (letters !== undefined) openings.push(NON_ASCII_OPENING.test(alternative.slice(letters.length)) ? letters + ANY_NON_ASCII : letters);
      else if (NON_ASCII_OPENING.test(alternative)) nonAscii = true;
      else return null;
    }
  }
  return positionsSource(nonAscii ? [...openings, ANY_NON_ASCII] : openings);
}

/**
 * An alternative that opens with a character outside ASCII written as itself, that no quantifier makes
 * optional: every match of it (`iu`) starts with a character outside ASCII, since no such character but
 * those of {@link UNSAFE_TEXT} (left out here, and absent from the texts the ASCII search takes) folds
 * onto an ASCII letter. Without `u`, `[^\x00-\x7F]` (flags `gi`) matches exactly the code units from
 * U+0080 on: case folding without `u` never maps a character outside ASCII onto one inside it.
 */
const NON_ASCII_OPENING = /^[^\x00-\x7F\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF](?![?*]|\{0)/;
/** The search for {@link NON_ASCII_OPENING} alternatives. */
const ANY_NON_ASCII = '[^\\x00-\\x7F]';

/**
 * The search without `u` (flags `g`) for the positions of a case-sensitive body: the character class or
 * character each of its alternatives (read as {@link wherever}) opens with, when each opens with one that
 * no quantifier makes optional and that reads alike with and without `u` (no `\p{..}`, `\u{..}` nor
 * surrogates); null otherwise. Without case folding, `u` changes nothing else for a text without surrogate
 * pairs (the texts the ASCII search takes), so every match of the body starts at a position it finds.
 *
 * Why: the digits of a count ('[0-9٠-٩۰-۹]{1,3}(?:[,\u00a0][0-9]{3})+|...') were searched by the whole body with
 * `u` at every position, about three times slower than a search for a digit.
 */
function leadingAtoms(body: string): string | null {
  const atoms = new Set<string>();
  for (const alternative of alternatives(body).flatMap(wherever)) {
    const atom = LEADING_ATOM.exec(alternative)?.[0];
    if (atom === undefined || /\\(?:[pP]|u\{)/.test(atom)) return null;
    atoms.add(atom);
  }
  return atoms.size > 0 ? [...atoms].join('|') : null;
}

/** A character class, `\d`, `\s`, `\w` or a literal character (no surrogate) opening a source, that no quantifier makes optional. */
const LEADING_ATOM = /^(?:\[(?:\\.|[^\]\\])*\]|\\[dsw]|[^\\[\](){}|.*+?^$\uD800-\uDFFF])(?![?*]|\{0)/;

/** The letters a source opens with, up to the first that a quantifier follows or any other character. */
const LEADING_LETTERS = /^(?:[A-Za-z](?![?*+{]))+/;

/** A backreference (`\1`, `\k<name>`) or a named group: in a union of sources a number would change, a name could repeat. */
const BACKREFERENCE = /\\(?:[1-9]|k<)|\(\?<[A-Za-z]/;

/**
 * Several {@link WordPattern}s searched over one text in one pass, each with the matches its own
 * `matchAll` gives (speed only). The event-type cues of a language are a dozen patterns, each of which
 * would search the whole text.
 *
 * One pattern, the union of the bodies factored by first letter ({@link positionsSource}), finds every
 * position where some body matches, in order (each search goes on one character after the last
 * position). A pattern can match only at such a position, so each pattern is tried there, exactly as
 * written (guards included), when it is due (at or after the end of its last match) and its body can
 * start with the letter there. This takes only case-insensitive patterns with plain ASCII bodies or an
 * ASCII search of their own (see {@link asciiOpenings}), and texts the ASCII search may take; otherwise
 * each pattern searches on its own.
 */
export class WordPatternSet {
  private readonly positions: RegExp | null;
  private readonly letters: readonly (Uint8Array | null)[];
  /**
   * For each pattern with {@link letters}, the characters outside ASCII its matches may start with (see
   * {@link leadingCharacters}), or null for none.
   */
  private readonly others: readonly (RegExp | null)[];
  /**
   * For each character outside ASCII asked about, 1 for each pattern that may start there (see {@link opensAt}).
   * Why: in a text in another script the search finds every character for the alternatives written in it,
   * and each pattern was tried at each word there, a sticky match (nearly always a miss) each.
   */
  private readonly opening = new Map<number, Uint8Array>();
  /**
   * The first two letters each pattern's matches start with ({@link leadingPairs}), or null: a set's search
   * finds a position for any of its patterns, and the first letter alone let most of the others be tried
   * there too (a sticky match each, nearly always a miss: 'repelled' tried for 'release of', 'recognised').
   */
  private readonly pairs: readonly (Uint8Array | null)[];

  /** True when the shared search reads the character before each position (see {@link prefixedSource}). */
  private readonly prefixed: boolean;

  constructor(readonly patterns: readonly WordPattern[]) {
    // A body that is not plain ASCII ('n['’]t' among English words) joins by its own ASCII search, which finds at least its positions.
    const shared = patterns.length > 1 && patterns.every((p) => (p.asciiCaseless || p.asciiSource !== null) && !BACKREFERENCE.test(p.source));
    const sources = patterns.map((p) => (p.asciiCaseless ? p.source : (p.asciiSource ?? p.source)));
    this.prefixed = shared && patterns.every((p) => p.wholeWordStart) && sources.every(opensWithLetters);
    this.positions = shared ? new RegExp(this.prefixed ? prefixedSource(positionsSource(sources)) : positionsSource(sources), 'gi') : null;
    const leading = patterns.map((p) => leadingCharacters(p.source));
    this.letters = leading.map((l) => l?.letters ?? null);
    this.others = leading.map((l) => l?.others ?? null);
    this.pairs = patterns.map((p) => leadingPairs(p.source));
    this.slices = shared ? SliceSearch.of(positionsSource(sources), this.prefixed) : null;
  }

  /** The positions of a whole text that serve the searches of its slices, or null. */
  private readonly slices: SliceSearch | null;

  /** `matchAll(text.slice(start, end))`, read from one search of the whole text (see {@link WordPattern.matchAllIn}). */
  matchAllIn(text: string, start: number, end: number): RegExpExecArray[][] {
    const slices = this.slices;
    // Each pattern then reads the slice its own way (from its own search of the whole text, when it has one).
    if (slices === null || !this.patterns.every((p) => p.check.wholeTextSafe(text))) return this.patterns.map((p) => p.matchAllIn(text, start, end));
    const out: RegExpExecArray[][] = this.patterns.map(() => []);
    const due = this.patterns.map(() => 0);
    let slice: string | null = null;
    slices.each(text, start, end, (at) => this.tryAt((slice ??= text.slice(start, end)), at, out, due));
    return out;
  }

  /** Every match of each pattern in `text`, as `patterns[i].matchAll(text)` gives them. */
  matchAll(text: string): RegExpExecArray[][] {
    const positions = this.positions;
    if (positions === null || !this.patterns.every((p) => p.check.asciiSafe(text))) return this.patterns.map((p) => p.matchAll(text));
    const out: RegExpExecArray[][] = this.patterns.map(() => []);
    // Where each pattern's own search would go on from.
    const due = this.patterns.map(() => 0);
    // The prefixed search finds positions from 1 on (one character after its match); 0 is tried apart.
    if (this.prefixed && text.length > 0) this.tryAt(text, 0, out, due);
    const shift = this.prefixed ? 1 : 0;
    positions.lastIndex = 0;
    for (let m = positions.exec(text); m !== null; m = positions.exec(text)) {
      const at = m.index + shift;
      this.tryAt(text, at, out, due);
      positions.lastIndex = at + 1 - shift;
    }
    return out;
  }

  /** Tries each pattern that is due and may start with the letter there at `at` (and the two letters, when both are ASCII). */
  private tryAt(text: string, at: number, out: RegExpExecArray[][], due: number[]): void {
    const c0 = text.charCodeAt(at);
    const letter = lowerAsciiAt(c0);
    // (Null where no character stands, or one whose lower case is ASCII: only ASCII characters start those matches.)
    const opens = letter < 0 && c0 >= 128 ? this.opensAt(c0) : null;
    const c1 = text.charCodeAt(at + 1);
    // (-1: not two ASCII characters, where the pairs decide nothing.)
    const pair = c0 < 128 && c1 < 128 ? pairCode(c0, c1) : -1;
    for (let k = 0; k < this.patterns.length; k++) {
      const letters = this.letters[k];
      if ((due[k] as number) > at || (letters != null && (letter >= 0 ? letters[letter] === 0 : opens === null || opens[k] === 0))) continue;
      const pairs = this.pairs[k];
      if (pair >= 0 && pairs != null && (pairs[pair >>> 3]! & (1 << (pair & 7))) === 0) continue;
      const found = (this.patterns[k] as WordPattern).matchAt(text, at);
      if (found === null) continue;
      out[k]!.push(found);
      due[k] = found[0].length === 0 ? at + 1 : at + found[0].length;
    }
  }

  /** For the character of code `c` outside ASCII, 1 for each pattern whose matches may start with it (read from {@link others}, remembered). */
  private opensAt(c: number): Uint8Array {
    let opens = this.opening.get(c);
    if (opens === undefined) {
      const ch = String.fromCharCode(c);
      // (Half a surrogate pair, which the texts the sets take do not hold: every pattern with such letters is tried.)
      const half = c >= 0xd800 && c <= 0xdfff;
      opens = Uint8Array.from(this.others, (others) => (others !== null && (half || others.test(ch)) ? 1 : 0));
      this.opening.set(c, opens);
    }
    return opens;
  }
}

/** A leading look-around (`(?<!..)`, `(?<=..)`, `(?!..)`, `(?=..)`) of a source, or null. */
function leadingLookaroundEnd(source: string): number | null {
  if (!/^\(\?(?:<[=!]|[=!])/.test(source)) return null;
  for (const [close, open] of groupOpenings(source)) if (open === 0) return close + 1;
  return null;
}

/** An alternative that starts with a word character no quantifier makes optional (`k`, `\d{1,2}`, not `k?` or `\d*`). */
const WORD_START = /^(?:[A-Za-z0-9_]|\\d)(?![?*]|\{0)/;

/**
 * The alternatives of a source after the `\b` each opens with (and any look-around before it), when
 * every one opens so and is followed by a word character: a match then follows no letter. Null otherwise.
 */
function afterLeadingBoundary(source: string): string[] | null {
  const out: string[] = [];
  for (let alternative of alternatives(source)) {
    for (let end = leadingLookaroundEnd(alternative); end !== null; end = leadingLookaroundEnd(alternative)) alternative = alternative.slice(end);
    if (!alternative.startsWith('\\b')) return null;
    const rest = alternative.slice(2);
    if (!alternatives(rest).flatMap(wherever).every((a) => WORD_START.test(a))) return null;
    out.push(rest);
  }
  return out;
}

/**
 * Several global regular expressions read over one text in one pass, each with the matches `execAll`
 * gives it (speed only). For expressions that open with `\b` before a word, flags `g` or `gi`: the dates
 * stage reads a dozen of them over the whole report, and each costs a scan of its own (V8 tries a `\b`
 * and an alternation at every position, a few nanoseconds a character).
 *
 * One search, `[^A-Za-z](?:...)` over the union of their alternatives factored by first letter (see
 * {@link prefixedSource}; a `\b` before a word character rules out a letter before the match), finds every
 * position where one of them may match, in order; each expression is tried there as written (sticky)
 * when it is due (at or after the end of its last match). An expression can match only at such a
 * position, so each gets the matches of its own exec loop. Sets that do not qualify read each
 * expression on its own.
 */
export class RegExpSet {
  private readonly positions: RegExp | null;
  private readonly sticky: readonly RegExp[];
  /**
   * The letters (lower case) each expression's matches may start with, read from its alternatives after the
   * `\b` ({@link leadingLetters}), or null when not known: the search finds a position for any of them, and
   * each was tried there (a sticky match, nearly always a miss: 'yesterday' tried at 'January').
   */
  private readonly letters: readonly (Uint8Array | null)[];

  constructor(readonly patterns: readonly RegExp[]) {
    const rests = patterns.map((re) => (re.global && /^gi?$/.test(re.flags) && !BACKREFERENCE.test(re.source) ? afterLeadingBoundary(re.source) : null));
    this.positions = rests.every((r) => r !== null) ? new RegExp(prefixedSource(positionsSource(rests.flat() as string[])), 'gi') : null;
    this.sticky = patterns.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));
    // (Without `u` no character outside ASCII matches an ASCII letter, with `i` or without: a match starts
    // with a letter whose lower case is one of these. A case-sensitive expression's are a superset.)
    this.letters = rests.map((r) => (r === null ? null : leadingLetters(r.join('|'))));
  }

  /** Every match of each expression in `text`, as `execAll(patterns[i], text)` gives them. */
  execAll(text: string): RegExpExecArray[][] {
    const positions = this.positions;
    if (positions === null) return this.patterns.map((re) => execAll(re, text));
    const out: RegExpExecArray[][] = this.patterns.map(() => []);
    const due = this.patterns.map(() => 0);
    // The search finds positions from 1 on (one character after its match); 0 is tried apart.
    if (text.length > 0) this.tryAt(text, 0, out, due);
    positions.lastIndex = 0;
    for (let m = positions.exec(text); m !== null; m = positions.exec(text)) {
      const at = m.index + 1;
      this.tryAt(text, at, out, due);
      positions.lastIndex = at;
    }
    return out;
  }

  /** Tries each expression that is due at `at` and may start with the letter there. */
  private tryAt(text: string, at: number, out: RegExpExecArray[][], due: number[]): void {
    const letter = lowerAsciiAt(text.charCodeAt(at));
    for (let k = 0; k < this.sticky.length; k++) {
      const letters = this.letters[k];
      if ((due[k] as number) > at || (letters != null && (letter < 0 || letters[letter] === 0))) continue;
      const re = this.sticky[k] as RegExp;
      re.lastIndex = at;
      const found = re.exec(text);
      if (found === null) continue;
      out[k]!.push(found);
      due[k] = found[0].length === 0 ? at + 1 : at + found[0].length;
    }
  }
}

/**
 * A source with its assertions left out: each look-around, `^`, `$`, `\b` and `\B` (outside character
 * classes) becomes an empty group. It matches wherever the source does (an assertion only rules matches
 * out), and what it matches depends on the characters of the match alone: a match in a slice of a text
 * is a match at the same place in the whole text.
 */
export function withoutAssertions(source: string): string {
  const closeOf = new Map<number, number>();
  for (const [close, open] of groupOpenings(source)) closeOf.set(open, close);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      const next = source.charAt(i + 1);
      out += !inClass && (next === 'b' || next === 'B') ? '(?:)' : ch + next;
      i++;
    } else if (inClass) {
      inClass = ch !== ']';
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && /^\(\?(?:<[=!]|[=!])/.test(source.slice(i, i + 4)) && closeOf.has(i)) {
      out += '(?:)';
      i = closeOf.get(i) as number;
    } else out += ch === '^' || ch === '$' ? '(?:)' : ch;
  }
  return out;
}

/**
 * Where a pattern may match in the slices of one text, from one search of the whole text: its positions'
 * source without assertions ({@link withoutAssertions}), searched case-insensitively without `u` (texts
 * the ASCII search may take only), finds every position where the pattern may match in any slice, so
 * the pattern as written, tried at those inside a slice (on the slice), finds the slice's matches. With
 * the prefixed search (a pattern that never follows a letter, see {@link prefixedSource}) the first
 * position of a slice is tried too: no character stands before it there.
 *
 * The positions of the last text searched are kept (a report's sentences are searched in turn).
 */
class SliceSearch {
  private text: string | null = null;
  private positions: number[] = [];

  private constructor(private readonly search: RegExp, private readonly prefixed: boolean) {}

  /** The search for a positions' source, or null when it is not plain ASCII once its assertions are left out (see {@link SLICE_ESCAPE}). */
  static of(positions: string, prefixed: boolean): SliceSearch | null {
    const free = withoutAssertions(positions);
    if (!ASCII_BODY.test(free) || SLICE_ESCAPE.test(free)) return null;
    return new SliceSearch(new RegExp(prefixed ? prefixedSource(free) : free, 'gi'), prefixed);
  }

  /** Calls `visit` with each position of `text[start, end]` where the pattern may match, in order, counted from `start`. */
  each(text: string, start: number, end: number, visit: (at: number) => void): void {
    const positions = this.positionsOf(text);
    // The prefixed search found the slice's first position in the whole text unless it is the text's first
    // or an ASCII letter stands before it there: only then is it tried apart (the slice has no character
    // before it). Trying it at every slice cost each sentence a match attempt per pattern.
    const apart = this.prefixed && start < end && (start === 0 || isAsciiLetter(text.charCodeAt(start - 1)));
    if (apart) visit(0);
    // The first position at or after `start` (after it, when `start` was tried apart or the slice is empty).
    let lo = 0;
    let hi = positions.length;
    const first = this.prefixed && (apart || start >= end) ? start + 1 : start;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((positions[mid] as number) < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < positions.length && (positions[k] as number) <= end; k++) visit((positions[k] as number) - start);
  }

  /** Every position of the whole text where the search matches (for the prefixed search: one character after its match). */
  private positionsOf(text: string): number[] {
    if (text === this.text) return this.positions;
    const out: number[] = [];
    const search = this.search;
    search.lastIndex = 0;
    for (let m = search.exec(text); m !== null; m = search.exec(text)) {
      const at = this.prefixed ? m.index + 1 : m.index;
      out.push(at);
      search.lastIndex = this.prefixed ? at : at + 1;
    }
    this.text = text;
    this.positions = out;
    return out;
  }
}
