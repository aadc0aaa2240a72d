import { asciiHash, phraseKeys, phraseStems, type Token } from './tokens.js';

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
  private readonly exact = newNode<T>();
  private readonly upper = newNode<T>();
  private readonly folded = newNode<T>();
  /** Names with Cyrillic words, by their stems (see `cyrillicStem`); filled only for `stems: true`. */
  private readonly stemmed = newNode<T>();
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

  /** Indexes a name; returns false when it has no words or more than {@link MAX_WORDS}. */
  add(name: string, value: T, options: { readonly caseSensitive: boolean; readonly stems?: boolean }): boolean {
    const keys = phraseKeys(name);
    const words = (keys.length + 1) / 2;
    if (keys.length === 0 || words > MAX_WORDS) return false;
    this.firstWords = null;
    this.firstHashes = null;
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
  find(tokens: readonly Token[]): PhraseHit<T>[] {
    const candidates: (Candidate<T> & { firstToken: number })[] = [];
    const first = (this.firstWords ??= this.startingWords());
    const hashes = (this.firstHashes ??= hashesOf(first));
    for (let i = 0; i < tokens.length; i++) {
      // The forms `walk` looks up first: the key (exact, capitals, stems without a stem), the folded
      // lower-case form, the core's key and folded form, the stem. None starting a name: no walk.
      // An ASCII word without a core has only its key and lower-case form, which hash alike: a clear bit rules both out.
      const t = tokens[i] as Token;
      if (t.hash !== -1 && t.core === null && (hashes[(t.hash >>> 3) & HASH_MASK]! & (1 << (t.hash & 7))) === 0) continue;
      if (!first.has(t.key) && (t.lower === t.key || !first.has(t.lower)) && (t.core === null || (!first.has(t.core.key) && !first.has(t.core.lower))) && (t.stem === null || !first.has(t.stem))) continue;
      const best = this.longestAt(tokens, i);
      if (best !== null) candidates.push({ start: best.start, end: best.end, endToken: best.endToken, values: best.values, firstToken: i });
    }
    if (candidates.length > 1) candidates.sort((a, b) => b.endToken - b.firstToken - (a.endToken - a.firstToken) || a.firstToken - b.firstToken);
    // A candidate is taken when none of its words is a taken hit's: checked against the hits (a report has a few
    // dozen), not a table of every word (allocating one per text cost more than the check).
    const hits: PhraseHit<T>[] = [];
    for (const c of candidates) {
      let free = true;
      for (let k = 0; k < hits.length && free; k++) free = c.endToken <= (hits[k] as PhraseHit<T>).firstToken || (hits[k] as PhraseHit<T>).endToken <= c.firstToken;
      if (!free) continue;
      hits.push({ start: c.start, end: c.end, values: c.values, firstToken: c.firstToken, endToken: c.endToken });
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  }

  private startingWords(): Set<string> {
    const words = new Set<string>();
    for (const root of [this.exact, this.upper, this.folded, this.stemmed]) for (const key of root.next?.keys() ?? []) words.add(key);
    return words;
  }

  private longestAt(tokens: readonly Token[], i: number): Candidate<T> | null {
    let best = walk(this.exact, tokens, i, 'key');
    const token = tokens[i];
    if (token?.upper === true) best = better(best, walk(this.upper, tokens, i, 'key'));
    best = better(best, walk(this.folded, tokens, i, 'lower'));
    if (this.hasStems && token?.stem != null) best = better(best, walk(this.stemmed, tokens, i, 'stem'));
    return best;
  }
}

/** Bytes of the first-word hash table (8 bits each): 2^18 bits, a few false hits among ten thousand words. */
const HASH_BYTES = 1 << 15;
const HASH_MASK = HASH_BYTES - 1;

/** The hash table of a set of words: the bit of each ASCII word's {@link asciiHash}. */
function hashesOf(words: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(HASH_BYTES);
  for (const word of words) {
    // Only an ASCII word can equal an ASCII token's key or lower-case form.
    if (!/^[\x00-\x7f]*$/.test(word)) continue;
    const h = asciiHash(word);
    table[(h >>> 3) & HASH_MASK]! |= 1 << (h & 7);
  }
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
function walk<T>(root: TrieNode<T>, tokens: readonly Token[], first: number, form: Form): Candidate<T> | null {
  // Most words start no name: one look-up decides that before any walk.
  const head = tokens[first];
  if (head === undefined || root.next === null) return null;
  if (!root.next.has(formOf(head, form)) && (head.core === null || form === 'stem' || !root.next.has(coreFormOf(head.core, form)))) return null;
  const state: WalkState<T> = { best: null };
  visit(root, tokens, first, first, 0, form, state);
  return state.best;
}

function visit<T>(node: TrieNode<T>, tokens: readonly Token[], first: number, j: number, start: number, form: Form, state: WalkState<T>): void {
  const token = tokens[j];
  if (token === undefined || node.next === null || j - first >= MAX_WORDS) return;
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

function step<T>(node: TrieNode<T>, tokens: readonly Token[], first: number, j: number, start: number, form: Form, state: WalkState<T>, prefix: string, key: string, s: number, e: number): void {
  const child = node.next?.get(j === first ? key : prefix + key);
  if (child === undefined) return;
  const from = j === first ? s : start;
  if (child.values !== null) state.best = better(state.best, { start: from, end: e, endToken: j + 1, values: child.values });
  visit(child, tokens, first, j + 1, from, form, state);
}
