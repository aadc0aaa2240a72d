import { asciiHash, phraseKeys, phraseStems, rememberable, TokenTable, type Token } from './tokens.js';

/** The longest alias a phrase index takes, in words (`Organization for Security and Co-operation in Europe` has 8). */
export const MAX_WORDS = 8;

/** A phrase found in a text: `[start, end)` into the text, the values indexed under it, and the words it covers. */
export interface PhraseHit<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
  /** Index of the first token and one past the last. */
  readonly firstToken: number;
  readonly endToken: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

interface Candidate<T> {
  start: number;
  end: number;
  endToken: number;
  values: T[];
}

type Form = 'key' | 'lower' | 'stem';

const newNode = <T>(): TrieNode<T> => ({ next: null, values: null });

/**
 * A trie's root, with the children it gave for the words last looked up there (null for none), a few hundred
 * at most. Why: a root maps thousands of words, and a look-up of one of them, between the other stages' work,
 * missed the processor's caches at most of its steps (about half a microsecond a word, most of the walks'
 * time); the names of a report come back in the next ones, and a small map stays in the caches.
 */
interface Root<T> extends TrieNode<T> {
  readonly recent: Map<string, TrieNode<T> | null>;
}

/** How many words a root remembers the child of (it forgets them all when full: a bound, not a cache policy). */
const MAX_RECENT = 256;

const newRoot = <T>(): Root<T> => ({ next: null, values: null, recent: new Map() });

/** `root.next.get(key)` for a root whose `next` is not null, remembered in `root.recent` (see {@link Root}). */
function childOf<T>(root: Root<T>, key: string): TrieNode<T> | undefined {
  let child = root.recent.get(key);
  if (child === undefined) {
    child = (root.next as Map<string, TrieNode<T>>).get(key) ?? null;
    if (!rememberable(key)) return child ?? undefined;
    if (root.recent.size >= MAX_RECENT) root.recent.clear();
    root.recent.set(key, child);
  }
  return child ?? undefined;
}

/**
 * An index of names (multi-word, any script) matched as whole words against tokenised text:
 * each name is a path of word keys in a trie, so a text is scanned once and the longest name
 * starting at each word is found with a few map look-ups.
 *
 * Case-sensitive names also match a text written in capitals (`BAKU` for `Baku`); a case-sensitive
 * name written in lower case also matches with a capital first letter (`lac noir`, `Lac noir`).
 *
 * @example
 * const index = new PhraseIndex<string>();
 * index.add('Nagorno-Karabakh', 'nk', { caseSensitive: true });
 * index.find(tokenize("Nagorno Karabakh's capital")); // [{ start: 0, end: 16, values: ['nk'], ... }]
 */
export class PhraseIndex<T> {
  private readonly exact = newRoot<T>();
  private readonly upper = newRoot<T>();
  private readonly folded = newRoot<T>();
  /** Names with Cyrillic words, by their stems (see `cyrillicStem`); filled only for `stems: true`. */
  private readonly stemmed = newRoot<T>();
  private hasStems = false;
  /**
   * Every word that starts a name in any of the tries (exact, capitals, folded, stems), built on the first
   * `find` after an `add`: most words start no name, and one look-up of each of a token's forms rules
   * them out before the per-trie walks.
   */
  private firstWords: Set<string> | null = null;
  /**
   * A bit per {@link asciiHash} (modulo the table size) of the words in `firstWords`: an ASCII token
   * whose hash bit is clear starts no name, decided without hashing its strings for the set.
   */
  private firstHashes: Uint8Array | null = null;
  /**
   * The same table of the words in `firstWords` that do not start with an ASCII capital: a word that starts
   * with a lower-case letter can be only one of those ('the' is no name, though 'The Hague' starts one).
   */
  private lowerFirstHashes: Uint8Array | null = null;
  /**
   * The hash tables (see `hashesOf`) of the first words of the exact, capitals and folded tries apart: a plain
   * ASCII word (its key and lower-case form hash alike) is walked only in the tries whose bit it finds set.
   * Why: a word that starts a name in one trie was looked up in the others' roots too, maps of thousands of
   * words read at random (most of the walks' time, in a report's run between the other stages' work).
   */
  private rootHashes: readonly [Uint8Array, Uint8Array, Uint8Array] | null = null;
  /** {@link mayStartName}'s answers by word, for the words last asked about. */
  private readonly recentStarts = new Map<string, boolean>();

  /** Indexes a name; returns false when it has no words or more than {@link MAX_WORDS}. */
  add(name: string, value: T, options: { readonly caseSensitive: boolean; readonly stems?: boolean }): boolean {
    const keys = phraseKeys(name);
    const words = (keys.length + 1) / 2;
    if (keys.length === 0 || words > MAX_WORDS) return false;
    this.firstWords = null;
    this.firstHashes = null;
    this.lowerFirstHashes = null;
    this.rootHashes = null;
    this.recentStarts.clear();
    for (const root of [this.exact, this.upper, this.folded, this.stemmed]) root.recent.clear();
    // A Cyrillic name also matches its inflected forms: its words' stems meet the text words' stems.
    for (const stems of options.stems === true && options.caseSensitive ? phraseStems(name) : []) {
      insert(this.stemmed, stems.filter((_, i) => i % 2 === 0).map((key, i) => (i === 0 ? key : stems[2 * i - 1] + key)), value);
      this.hasStems = true;
    }
    const steps = keys.filter((_, i) => i % 2 === 0).map((key, i) => (i === 0 ? key : keys[2 * i - 1] + key));
    if (!options.caseSensitive) {
      insert(this.folded, steps.map((s) => s.toLowerCase()), value);
      return true;
    }
    insert(this.exact, steps, value);
    insert(this.upper, steps.map((s) => s.toUpperCase()), value);
    const first = steps[0] ?? '';
    const capital = first.charAt(0).toUpperCase() + first.slice(1);
    if (capital !== first) insert(this.exact, [capital, ...steps.slice(1)], value);
    return true;
  }

  /** Every indexed name in the tokens, non-overlapping, longest (in words) first, in text order. */
  find(words: readonly Token[] | TokenTable): PhraseHit<T>[] {
    const tokens = words instanceof TokenTable ? words : TokenTable.of(words);
    const candidates: (Candidate<T> & { firstToken: number })[] = [];
    const first = (this.firstWords ??= this.startingWords());
    const hashes = (this.firstHashes ??= hashesOf(first, false));
    const lowerFirstHashes = (this.lowerFirstHashes ??= hashesOf(first, true));
    // (Each table's size is a power of two: see `hashesOf`.)
    const mask = hashes.length - 1;
    const lowerMask = lowerFirstHashes.length - 1;
    const roots = (this.rootHashes ??= [this.exact, this.upper, this.folded].map((root) => hashesOf(new Set(root.next?.keys() ?? []), false)) as unknown as readonly [Uint8Array, Uint8Array, Uint8Array]);
    for (let i = 0; i < tokens.length; i++) {
      // The forms `walk` looks up first: the key (exact, capitals, stems without a stem), the folded
      // lower-case form, the core's key and folded form, the stem. None starting a name: no walk.
      // An ASCII word without a core has only its key and lower-case form, which hash alike: a clear bit rules both out.
      const h = tokens.hashAt(i);
      const lowerFirst = tokens.plainAt(i, true);
      const plain = lowerFirst || tokens.plainAt(i, false);
      if (lowerFirst ? (lowerFirstHashes[(h >>> 3) & lowerMask]! & (1 << (h & 7))) === 0 : plain && (hashes[(h >>> 3) & mask]! & (1 << (h & 7))) === 0) continue;
      // A plain word whose bit is set nearly always starts a name (the tables give few false hits): the walks'
      // own look-ups of its key and lower-case form decide, without looking both up in the set first.
      if (!plain && !this.mayStartName(tokens, i, first)) continue;
      const best = plain ? this.longestPlainAt(tokens, i, h, roots) : this.longestAt(tokens, i);
      if (best === null) continue;
      // Kept longest (in words) first, then in text order (the candidates come in text order, one per word):
      // an insertion, as a report has a dozen (a sort with a comparator cost more).
      const c = { start: best.start, end: best.end, endToken: best.endToken, values: best.values, firstToken: i };
      const words = c.endToken - i;
      let k = candidates.length;
      candidates.push(c);
      for (; k > 0 && (candidates[k - 1] as Candidate<T> & { firstToken: number }).endToken - (candidates[k - 1] as Candidate<T> & { firstToken: number }).firstToken < words; k--) candidates[k] = candidates[k - 1] as Candidate<T> & { firstToken: number };
      candidates[k] = c;
    }
    // A candidate is taken when none of its words is a taken hit's: checked against the hits (a report has a few
    // dozen), not a table of every word (allocating one per text cost more than the check).
    const hits: PhraseHit<T>[] = [];
    for (const c of candidates) {
      let free = true;
      for (let k = 0; k < hits.length && free; k++) free = c.endToken <= (hits[k] as PhraseHit<T>).firstToken || (hits[k] as PhraseHit<T>).endToken <= c.firstToken;
      if (!free) continue;
      // In text order (taken hits never share a word, so no two start alike).
      const hit = { start: c.start, end: c.end, values: c.values, firstToken: c.firstToken, endToken: c.endToken };
      let k = hits.length;
      hits.push(hit);
      for (; k > 0 && (hits[k - 1] as PhraseHit<T>).start > hit.start; k--) hits[k] = hits[k - 1] as PhraseHit<T>;
      hits[k] = hit;
    }
    return hits;
  }

  /**
   * True when one of the forms of word `i` that a walk looks up first starts a name: its key, its lower-case
   * form, its core's, its stem. Remembered by the word as written (its forms follow from it alone), a few
   * hundred words at most. Why: the words this is asked about (those with an apostrophe or outside ASCII,
   * 'Azerbaijan's', 'didn't', 'Ağdam') come back report after report, and their forms (the core split off, the
   * folding) and the look-ups of each in the set of first words, thousands of words that miss the processor's
   * caches, cost a few microseconds a word.
   */
  private mayStartName(tokens: TokenTable, i: number, first: ReadonlySet<string>): boolean {
    const word = tokens.wordAt(i);
    let starts = word !== null ? this.recentStarts.get(word) : undefined;
    if (starts === undefined) {
      const t = tokens.at(i);
      starts = first.has(t.key) || (t.lower !== t.key && first.has(t.lower)) || (t.core !== null && (first.has(t.core.key) || first.has(t.core.lower))) || (t.stem !== null && first.has(t.stem));
      if (word === null || !rememberable(word)) return starts;
      if (this.recentStarts.size >= MAX_RECENT) this.recentStarts.clear();
      this.recentStarts.set(word, starts);
    }
    return starts;
  }

  private startingWords(): Set<string> {
    const words = new Set<string>();
    for (const root of [this.exact, this.upper, this.folded, this.stemmed]) for (const key of root.next?.keys() ?? []) words.add(key);
    return words;
  }

  private longestAt(tokens: TokenTable, i: number): Candidate<T> | null {
    let best = walk(this.exact, tokens, i, 'key');
    const token = tokens.at(i);
    if (token.upper) best = better(best, walk(this.upper, tokens, i, 'key'));
    best = better(best, walk(this.folded, tokens, i, 'lower'));
    if (this.hasStems && token.stem !== null) best = better(best, walk(this.stemmed, tokens, i, 'stem'));
    return best;
  }

  /**
   * {@link longestAt} for a plain ASCII word of hash `h` (no core, no stem): each trie is walked only where its
   * table has the word's bit (a clear bit: no first word of that trie is the word's key or lower-case form).
   */
  private longestPlainAt(tokens: TokenTable, i: number, h: number, roots: readonly [Uint8Array, Uint8Array, Uint8Array]): Candidate<T> | null {
    let best = hasBit(roots[0], h) ? walk(this.exact, tokens, i, 'key') : null;
    if (hasBit(roots[1], h) && tokens.at(i).upper) best = better(best, walk(this.upper, tokens, i, 'key'));
    if (hasBit(roots[2], h)) best = better(best, walk(this.folded, tokens, i, 'lower'));
    return best;
  }
}

/** True when a hash table (see `hashesOf`) has the bit of hash `h`. */
function hasBit(table: Uint8Array, h: number): boolean {
  return (table[(h >>> 3) & (table.length - 1)]! & (1 << (h & 7))) !== 0;
}

/** Most bytes of a first-word hash table (8 bits each): 2^18 bits, a few false hits among ten thousand words. */
const MAX_HASH_BYTES = 1 << 15;
/** Bits of a table per word it holds, below that bound: about one false hit in sixty words. */
const BITS_PER_WORD = 64;

/**
 * The hash table of a set of words: the bit of each ASCII word's {@link asciiHash}; with `lowerFirst`,
 * of those that do not start with an ASCII capital. Its size is a power of two (the mask of an index is
 * its length less one), no larger than its words need.
 *
 * Why: the words that start names with a lower-case letter are a few hundred at most, and every
 * lower-case word of a text (most of them) is looked up in their table. A table of 32 KB per index, read
 * at random between the other stages' work, missed the processor's caches at most words; one of a few
 * hundred bytes stays in them. (A false hit costs only the set look-ups that follow it.)
 */
function hashesOf(words: ReadonlySet<string>, lowerFirst: boolean): Uint8Array {
  const hashes: number[] = [];
  for (const word of words) {
    // Only an ASCII word can equal an ASCII token's key or lower-case form.
    if (!/^[\x00-\x7f]*$/.test(word)) continue;
    const c = word.charCodeAt(0);
    if (lowerFirst && c >= 65 && c <= 90) continue;
    hashes.push(asciiHash(word));
  }
  let bytes = 64;
  while (bytes < MAX_HASH_BYTES && bytes * 8 < hashes.length * BITS_PER_WORD) bytes *= 2;
  const table = new Uint8Array(bytes);
  for (const h of hashes) table[(h >>> 3) & (bytes - 1)]! |= 1 << (h & 7);
  return table;
}

function insert<T>(root: TrieNode<T>, steps: readonly string[], value: T): void {
  let node = root;
  for (const step of steps) {
    node.next ??= new Map();
    let child = node.next.get(step);
    if (child === undefined) {
      child = newNode<T>();
      node.next.set(step, child);
    }
    node = child;
  }
  node.values ??= [];
  if (!node.values.includes(value)) node.values.push(value);
}

/** The first candidate unless the second covers more words (or, on a tie, more text). */
function better<T>(a: Candidate<T> | null, b: Candidate<T> | null): Candidate<T> | null {
  if (a === null) return b;
  if (b === null) return a;
  if (b.endToken !== a.endToken) return b.endToken > a.endToken ? b : a;
  return b.end - b.start > a.end - a.start ? b : a;
}

interface WalkState<T> {
  best: Candidate<T> | null;
}

/** Depth-first walk from token `first`: each word may match as written or by its core (without `'s`, `d'`). */
function walk<T>(root: Root<T>, tokens: TokenTable, first: number, form: Form): Candidate<T> | null {
  if (first >= tokens.length || root.next === null) return null;
  const head = tokens.at(first);
  // The first word's children, looked up once each (most words start no name: then no walk). The walk
  // goes on from them as `visit` would from the root: the word as written, then its core. (A look-up to
  // rule the word out and another to step to its child probed the root, a map of thousands of words,
  // twice per form.)
  const child = childOf(root, formOf(head, form));
  const core = head.core !== null && form !== 'stem' ? head.core : null;
  const coreChild = core !== null ? childOf(root, coreFormOf(core, form as 'key' | 'lower')) : undefined;
  if (child === undefined && coreChild === undefined) return null;
  const state: WalkState<T> = { best: null };
  if (child !== undefined) descend(child, tokens, first, first, head.start, head.end, form, state);
  if (coreChild !== undefined) descend(coreChild, tokens, first, first, core!.start, core!.end, form, state);
  return state.best;
}

function visit<T>(node: TrieNode<T>, tokens: TokenTable, first: number, j: number, start: number, form: Form, state: WalkState<T>): void {
  if (j >= tokens.length || node.next === null || j - first >= MAX_WORDS) return;
  const token = tokens.at(j);
  let prefix = '';
  if (j !== first) {
    if (token.gap === null) return;
    prefix = token.gap;
  }
  step(node, tokens, first, j, start, form, state, prefix, formOf(token, form), token.start, token.end);
  if (token.core !== null && form !== 'stem') step(node, tokens, first, j, start, form, state, prefix, coreFormOf(token.core, form), token.core.start, token.core.end);
}

/** The word as a trie key of this form: a stem when it has one, else its key. */
function formOf(token: Token, form: Form): string {
  // Named reads (a read by a variable name, `token[form]`, of a getter is slow in V8).
  return form === 'key' ? token.key : form === 'lower' ? token.lower : (token.stem ?? token.key);
}

/** The core's form ('key' or 'lower'). */
function coreFormOf(core: NonNullable<Token['core']>, form: 'key' | 'lower'): string {
  return form === 'key' ? core.key : core.lower;
}

function step<T>(node: TrieNode<T>, tokens: TokenTable, first: number, j: number, start: number, form: Form, state: WalkState<T>, prefix: string, key: string, s: number, e: number): void {
  const child = node.next?.get(j === first ? key : prefix + key);
  if (child === undefined) return;
  descend(child, tokens, first, j, j === first ? s : start, e, form, state);
}

/** The walk on from `child`, the node word `j` (spanning from `from` to `e` with the words before it) stepped to. */
function descend<T>(child: TrieNode<T>, tokens: TokenTable, first: number, j: number, from: number, e: number, form: Form, state: WalkState<T>): void {
  if (child.values !== null) state.best = better(state.best, { start: from, end: e, endToken: j + 1, values: child.values });
  visit(child, tokens, first, j + 1, from, form, state);
}
