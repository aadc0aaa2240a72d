/**
 * Word tokens for lexicon matching: runs of letters (any script), combining marks and digits, joined by
 * apostrophes. Keys are diacritics-folded so that `Ağdam`, `Agdam` and `AGDAM` can meet, while the
 * offsets always point into the original text.
 */

/** One word of a text. `[start, end)` covers the whole word; `core*` the word without elision or suffix. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Folded form, case kept (`Azerbaijan's`). */
  readonly key: string;
  /** Folded, lower-cased form. */
  readonly lower: string;
  /** True when the word is written in capitals (`BAKU`). */
  readonly upper: boolean;
  /** A Cyrillic word without its case ending (`Товузского` → `Товуз`, `Тавуше` → `Тавуш`); null for other words. */
  readonly stem: string | null;
  /** The word without an elided article or an apostrophe suffix (`d'Arménie` → `Arménie`, `Armenia's` → `Armenia`), or null. */
  readonly core: { readonly start: number; readonly end: number; readonly key: string; readonly lower: string } | null;
  /** How the gap before this word joins it to the previous one: `' '` for spaces and hyphens, other punctuation as written, null when it breaks a phrase. */
  readonly gap: string | null;
  /** {@link asciiHash} of the word when it is ASCII (computed during the scan), else -1. */
  readonly hash: number;
}

/**
 * A hash of a word's characters with ASCII capitals lower-cased (`Baku`, `BAKU` and `baku` hash alike), for
 * quick membership filters (`PhraseIndex`). Tokens carry it for their ASCII words.
 */
export function asciiHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
}

const APOSTROPHE = /['\u2019\u02BC\u055A]/;
const APOSTROPHES = /[\u2019\u02BC\u055A]/g;
const ASCII = /^[\x00-\x7F]*$/;
// Combining marks of Latin/Greek/Cyrillic letters, Hebrew points, Arabic harakat and tatweel; not the vowel signs of Indic scripts.
const MARKS = /[\u0300-\u036F\u0591-\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const LETTERS: Readonly<Record<string, string>> = {
  ı: 'i', ə: 'e', Ə: 'E', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  þ: 'th', Þ: 'Th', ð: 'd', ħ: 'h', 'ی': 'ي', 'ى': 'ي', 'ک': 'ك', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ٱ': 'ا',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const SPACE_GAP = /^[\s\u00AD\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212]*$/;
const BREAK_GAP = /\n[^\S\n]*\n|[\u2029]/;
const SPACES = /[\s\u00AD\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212]+/g;
/** An Arabic word with a one-letter proclitic (`و` and, `ب` by, `ل` for, `ف` so, `ك` as) written onto it. */
const PROCLITIC = /^[\u0648\u0628\u0644\u0641\u0643][\u0600-\u06FF]{3,}$/;
/** An elided article or preposition before an apostrophe (`l'`, `d'`, `dell'`, `qu'`). */
const ELISION_MAX = 4;

/** Diacritics-insensitive form of a word: `Ağdərə` → `Agdere`, `Füzuli` → `Fuzuli`, `آذربایجان` → `اذربايجان`. */
export function fold(word: string): string {
  if (ASCII.test(word)) return word;
  return word.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c] ?? c).replace(APOSTROPHES, "'").normalize('NFC');
}

/** How a gap between two words joins them in a phrase key; null when the words cannot form one phrase. */
export function joinGap(gap: string): string | null {
  if (SPACE_GAP.test(gap)) return ' ';
  if (BREAK_GAP.test(gap)) return null;
  return gap.replace(SPACES, '');
}

function isUpper(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false; // an ASCII lower-case letter first: the common case, decided without copies
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // 'Armenia'
  return word.length > 1 && word !== word.toLowerCase() && word === word.toUpperCase();
}

/** How the text between two words joins them; a single space (most gaps) without a slice or a pattern. */
function gapBetween(text: string, previousEnd: number, start: number): string | null {
  if (previousEnd < 0) return null;
  if (start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32) return ' ';
  // ', ' and '. ' (the next commonest): the mark alone, as joinGap would give.
  if (start - previousEnd === 2 && text.charCodeAt(previousEnd + 1) === 32) {
    const mark = text.charCodeAt(previousEnd);
    if (mark === 44 || mark === 46 || mark === 59 || mark === 58) return text.charAt(previousEnd);
  }
  return joinGap(text.slice(previousEnd, start));
}

/** True for a word starting with an Arabic-script letter (only those can carry a proclitic). */
function arabicFirst(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/** A letter, mark or digit of any script (tested on characters outside ASCII only). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** 1 for the ASCII letters and digits (word characters), 0 for the other ASCII characters. */
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** True for the apostrophes that join two words into one ('\'', '’', 'ʼ', '՚'). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc || c === 0x055a;
}

/** UTF-16 units of the word character (letter, mark, digit) at `i`: 1, 2 for a surrogate pair, 0 when none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c)) ? 2 : 0;
  return WORD_CHAR.test(text.charAt(i)) ? 1 : 0;
}

/**
 * A token whose string forms are computed when first read. Name matching rules out most words by their
 * hash alone (see `PhraseIndex.find`), so most tokens are never made: a {@link TokenTable} records offsets
 * and hashes, and makes the token of a word when asked; its forms follow from the offsets on demand (the
 * same values an eager computation gives).
 */
class LazyToken implements Token {
  private keyForm: string | null = null;
  private lowerForm: string | null = null;
  private upperFlag = -1;
  private stemForm: string | null | undefined = undefined;
  private gapForm: string | null | undefined = undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** Where the previous word ended (-1 for the first word): the gap is read from there. */
    private readonly previousEnd: number,
    private readonly ascii: boolean,
    readonly core: Token['core'],
    readonly hash: number,
  ) {}

  get key(): string {
    if (this.keyForm === null) {
      const word = this.text.slice(this.start, this.end);
      this.keyForm = this.ascii ? word : fold(word);
    }
    return this.keyForm;
  }

  get lower(): string {
    return (this.lowerForm ??= this.key.toLowerCase());
  }

  get upper(): boolean {
    if (this.upperFlag === -1) this.upperFlag = isUpper(this.text.slice(this.start, this.end)) ? 1 : 0;
    return this.upperFlag === 1;
  }

  get stem(): string | null {
    if (this.stemForm === undefined) this.stemForm = this.ascii ? null : cyrillicStem(this.key);
    return this.stemForm;
  }

  get gap(): string | null {
    if (this.gapForm === undefined) this.gapForm = gapBetween(this.text, this.previousEnd, this.start);
    return this.gapForm;
  }
}

/** {@link TokenTable} flags: the word is ASCII. */
const ASCII_WORD = 1;
/** The word holds an apostrophe that joins two parts ('Armenia's'): it may have a core. */
const JOINED_WORD = 2;
/** The word starts with an ASCII lower-case letter. */
const LOWER_FIRST = 4;
/** Numbers kept per word: start, end, hash, flags. */
const STRIDE = 4;

/**
 * The words of a text as numbers (offsets, {@link asciiHash}, flags) in one typed array, and their
 * {@link Token}s made when first asked for ({@link at}). Why: name matching rules out nearly every word by
 * its hash, and a token object per word (a few hundred per report, with the core of each joined word)
 * cost more to allocate than the scan that finds the words. A table can read one text after another
 * (`read`), reusing its array.
 */
export class TokenTable {
  /** The number of words. */
  length = 0;
  private text = '';
  /** False for a table made of tokens ({@link of}): it has their offsets, not the text. */
  private hasText = true;
  private data: Int32Array;
  private tokens: (Token | undefined)[] = [];

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity * STRIDE);
  }

  /** A table over tokens already made (`tokenize`'s): each is its own token. */
  static of(tokens: readonly Token[]): TokenTable {
    const table = new TokenTable(tokens.length);
    tokens.forEach((t, i) => {
      const first = t.key.charCodeAt(0);
      const flags = (t.hash !== -1 ? ASCII_WORD : 0) | (t.core !== null ? JOINED_WORD : 0) | (first >= 97 && first <= 122 ? LOWER_FIRST : 0);
      table.push(t.start, t.end, t.hash, flags);
    });
    table.tokens = [...tokens];
    table.hasText = false;
    return table;
  }

  /**
   * Reads the words of `text` (the table forgets the last text): runs of letters, marks and digits joined
   * by apostrophes (`[\p{L}\p{M}\p{N}]+(?:['’ʼ՚][\p{L}\p{M}\p{N}]+)*`), found by a scan that tests ASCII
   * characters by their codes.
   */
  read(text: string): this {
    this.text = text;
    this.length = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let w = c < 128 ? (ASCII_WORD_CHAR[c] as number) : wordCharAt(text, i);
      if (w === 0) {
        i++;
        continue;
      }
      const start = i;
      let ascii = true;
      let joined = false;
      let hash = 0; // asciiHash of the word, accumulated while it is ASCII
      // Each character read once: `c` is the code unit at `i`, a word character of `w` units.
      for (;;) {
        if (c < 128) {
          hash = (Math.imul(hash, 31) + (c <= 90 && c >= 65 ? c + 32 : c)) | 0;
          i++;
        } else {
          ascii = false;
          i += w;
        }
        if (i >= n) break;
        c = text.charCodeAt(i);
        w = c < 128 ? (ASCII_WORD_CHAR[c] as number) : wordCharAt(text, i);
        if (w > 0) continue;
        // An apostrophe between two word characters joins them.
        if (i + 1 < n && isJoiner(c) && wordCharAt(text, i + 1) > 0) {
          if (c >= 128) ascii = false;
          else hash = (Math.imul(hash, 31) + c) | 0;
          joined = true;
          i += 1;
          c = text.charCodeAt(i);
          w = wordCharAt(text, i);
          continue;
        }
        break;
      }
      const first = text.charCodeAt(start);
      this.push(start, i, ascii ? hash : -1, (ascii ? ASCII_WORD : 0) | (joined ? JOINED_WORD : 0) | (first >= 97 && first <= 122 ? LOWER_FIRST : 0));
    }
    this.tokens = new Array<Token | undefined>(this.length);
    return this;
  }

  private push(start: number, end: number, hash: number, flags: number): void {
    let data = this.data;
    const at = this.length * STRIDE;
    if (at + STRIDE > data.length) {
      data = new Int32Array(Math.max(data.length * 2, STRIDE * 16));
      data.set(this.data);
      this.data = data;
    }
    data[at] = start;
    data[at + 1] = end;
    data[at + 2] = hash;
    data[at + 3] = flags;
    this.length++;
  }

  /** The {@link Token.hash} of word `i`: its {@link asciiHash} when it is ASCII, else -1. */
  hashAt(i: number): number {
    return this.data[i * STRIDE + 2] as number;
  }

  /**
   * True when word `i` is ASCII without a core and starts with an ASCII lower-case letter or, for
   * `lowerFirst` false, with something else: its key and lower-case form then hash alike ({@link hashAt})
   * and start with that character.
   */
  plainAt(i: number, lowerFirst: boolean): boolean {
    return (this.data[i * STRIDE + 3] as number) === (lowerFirst ? ASCII_WORD | LOWER_FIRST : ASCII_WORD);
  }

  /** Word `i` as written (its token's forms follow from it alone, whatever its offsets); null for a table made of tokens. */
  wordAt(i: number): string | null {
    return this.hasText ? this.text.slice(this.data[i * STRIDE] as number, this.data[i * STRIDE + 1] as number) : null;
  }

  /** The token of word `i` (made on the first call). */
  at(i: number): Token {
    let token = this.tokens[i];
    if (token === undefined) {
      const text = this.text;
      const data = this.data;
      const base = i * STRIDE;
      const start = data[base] as number;
      const end = data[base + 1] as number;
      const flags = data[base + 3] as number;
      const ascii = (flags & ASCII_WORD) !== 0;
      let core: Token['core'] = null;
      // 'ʼ' (U+02BC) is itself a letter: a word may hold it without having been joined.
      if (!ascii || (flags & JOINED_WORD) !== 0) {
        const joined = (flags & JOINED_WORD) !== 0;
        const word = text.slice(start, end);
        core = joined || (!ascii && APOSTROPHE.test(word)) ? coreOf(word, start) : !ascii && arabicFirst(word) && PROCLITIC.test(word) ? proclitic(word, start) : null;
      }
      token = new LazyToken(text, start, end, i === 0 ? -1 : (data[base - STRIDE + 1] as number), ascii, core, data[base + 2] as number);
      this.tokens[i] = token;
    }
    return token;
  }
}

/**
 * Splits a text into words with their folded keys (see {@link TokenTable.read}); a word in ASCII needs no
 * folding. The tokens' string forms are computed when first read ({@link LazyToken}).
 */
export function tokenize(text: string): Token[] {
  const table = new TokenTable().read(text);
  const tokens: Token[] = [];
  for (let i = 0; i < table.length; i++) tokens.push(table.at(i));
  return tokens;
}

function proclitic(word: string, start: number): Token['core'] {
  const key = fold(word.slice(1));
  return { start: start + 1, end: start + word.length, key, lower: key };
}

function coreOf(word: string, start: number): Token['core'] {
  const parts = word.split(APOSTROPHE);
  let offset = 0;
  let index = 0;
  const first = parts[0] ?? '';
  if (parts.length > 1 && first.length <= ELISION_MAX && (first.length === 1 || first === first.toLowerCase())) {
    offset = first.length + 1;
    index = 1;
  }
  const text = parts[index] ?? '';
  if (text === '') return null;
  const key = fold(text);
  return { start: start + offset, end: start + offset + text.length, key, lower: key.toLowerCase() };
}

const CYRILLIC = /^[\u0400-\u04FF]+$/;
/**
 * Case endings of Russian (and Ukrainian) nouns and adjectives, longest first: a place name in a Russian
 * report takes them ('Товузского района', 'в Тавуше', 'Гянджу'). An adjective's '-ск-' goes with its ending.
 */
const CYRILLIC_ENDINGS = [
  'скими', 'ского', 'скому', 'ским', 'ском', 'ская', 'ской', 'скую', 'ские', 'ских', 'ский', 'ское',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
  'ая', 'яя', 'ой', 'ей', 'ую', 'юю', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'ое', 'ее', 'ах', 'ях', 'ом', 'ем', 'ью',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ь', 'і', 'ї',
];
/** The endings as folded words carry them ('й' folds to 'и'), longest first. */
const FOLDED_ENDINGS = [...new Set(CYRILLIC_ENDINGS.map((e) => fold(e)))].sort((a, b) => b.length - a.length);
/** A stem shorter than this is not taken (short names and words would meet by chance). */
const MIN_STEM = 4;

/**
 * A Cyrillic word (folded, as token keys are) without its case ending, for matching inflected place names;
 * null for a word in another script or too short to stem. Names and text words are stemmed alike, so 'Товуз' meets 'Товузского'.
 * @example cyrillicStem('Тавуше') // 'Тавуш'
 * @example cyrillicStem('Товузского') // 'Товузск' (an adjective keeps its '-ск')
 */
export function cyrillicStem(word: string): string | null {
  if (!CYRILLIC.test(word)) return null;
  for (const ending of FOLDED_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    // An adjective keeps its '-ск' ('Товузского' → 'Товузск'), so that it meets the name's adjectival reading.
    return word.slice(0, -ending.length) + (ending.startsWith('ск') ? 'ск' : '');
  }
  return word.length >= MIN_STEM ? word : null;
}

/**
 * The words of a name as stems where they are Cyrillic (keys otherwise), with their gaps: one list per
 * reading, none when no word is Cyrillic. Each Cyrillic word also has an adjectival reading, its stem
 * with '-ск' ('Товуз' → 'Товузск'), which the adjective's cases stem to ('Товузского', 'Товузском').
 */
export function phraseStems(name: string): string[][] {
  let readings: string[][] = [[]];
  let cyrillic = false;
  for (const token of tokenize(name)) {
    if (readings[0]!.length > 0) {
      if (token.gap === null) return [];
      const gap = token.gap;
      readings = readings.map((r) => [...r, gap]);
    }
    const stem = cyrillicStem(token.key);
    cyrillic ||= stem !== null;
    const forms = stem !== null ? [stem, `${stem}ск`] : [token.key];
    readings = readings.flatMap((r) => forms.map((f) => [...r, f]));
  }
  return cyrillic ? readings : [];
}

/** The words of a name as keys (case kept), with the gaps that join them; used to index aliases. */
export function phraseKeys(name: string): string[] {
  const keys: string[] = [];
  for (const token of tokenize(name)) {
    if (keys.length > 0) {
      if (token.gap === null) return [];
      keys.push(token.gap);
    }
    keys.push(token.key);
  }
  return keys;
}

/** A case- and diacritics-insensitive key for a whole name (`Nagorno-Karabakh` → `nagorno karabakh`). */
export function nameKey(name: string): string {
  return phraseKeys(name).join('').toLowerCase();
}

/**
 * Whether a word cut from a report may be kept as the key of a memory (answers remembered by word). V8 copies a slice shorter than
 * 13 characters, but a longer one points into the text it was cut from and keeps all of it alive: a memory of
 * a few hundred such words could hold as many whole reports (of up to 10 MB each). Longer words are looked up
 * without being remembered (by the tries' memories, the lexicon's territories by place name, the trigger kinds
 * by their words).
 */
export function rememberable(word: string): boolean {
  return word.length < 13;
}
