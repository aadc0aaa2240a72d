import type { Span } from '../../model/span.js';

/**
 * Victims named instead of counted: 'sergeant Vugar Sadigov and corporal Elshad Mammadov died',
 * 'The following servicemen died: - Colonel ...; - Major ...'. The extraction contract counts them
 * ('one entry per side, status and claimant'), so a list of names before a status verb is a count,
 * and the people named across a report are one figure. Only for languages whose pack says personal
 * names are capitalised and other nouns are not (`countNames`).
 */

/** A personal name in a sentence: a run of two or more capitalised words that is no actor or place. */
export interface PersonName extends Span {
  readonly name: string;
}

const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}'’-]+/gu;

/**
 * The personal names of a span of text: runs of at least two capitalised words separated by single
 * spaces ('Major General Polad Hashimov', 'Guliyeva Sahibe Idris'), leaving out any word inside
 * `entities` (actors and places: 'Azerbaijan Army', 'Defense Ministry'), and no run holding a word
 * of `notName` ('Passport and Visa Department').
 */
export function personNames(text: string, from: number, to: number, entities: readonly Span[], notName: RegExp | null = null): PersonName[] {
  const out: PersonName[] = [];
  const region = text.slice(from, to);
  let run: Span[] = [];
  /** The run holds a word no person's name holds ('Visa Department'). */
  let spoiled = false;
  const flush = () => {
    if (run.length >= 2 && !spoiled) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      out.push({ start, end, name: text.slice(start, end) });
    }
    run = [];
    spoiled = false;
  };
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(region); m; m = CAPITALISED.exec(region)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // A capitalised word must begin a word ('McDonald' is one word; 'iPhone' is none), and a
    // hyphenated one must be capitalised after its hyphens ('Jean-Pierre', not 'Two-year-old').
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(region[m.index - 1]!)) continue;
    if (/-\p{Ll}/u.test(m[0]) || /^[-\p{N}]/u.test(region.slice(start - from + m[0].length, start - from + m[0].length + 1))) {
      flush();
      continue;
    }
    if (entities.some((e) => start < e.end && e.start < end)) {
      flush();
      continue;
    }
    const previous = run.at(-1);
    if (previous && !/^ $/.test(text.slice(previous.end, start))) flush();
    run.push({ start, end });
    if (notName?.test(m[0])) spoiled = true;
  }
  flush();
  return out;
}

/** What a list item of names may be besides the name: ranks and titles before it, adverbs and auxiliaries after. */
export interface NameListRules {
  /** Splits a subject into its items: commas, semicolons and the language's 'and'. */
  readonly separator: RegExp;
  /** An apposition between names that is no item of its own ('born in 1967', 'aged 41', '34'). */
  readonly apposition: RegExp | null;
  /** At most this many lower-case words between the last name and the verb ('has also', 'was'). */
  readonly wordsBeforeVerb: number;
  /** Capitalised words that make a run no person's name ('Department'), matched against a whole word, or null. */
  readonly notName: RegExp | null;
  /** True for a word naming people ('soldiers'): such a word between the name and the verb ends the list. */
  readonly isPersonNoun: (word: string) => boolean;
}

/**
 * The names listed as the subject right before a status verb at `verb`, within `[from, verb)`:
 * the items of the subject read backwards from the verb, each holding one name, appositions
 * skipped, up to the first item that holds none. Empty when the words before the verb are not a
 * list of names ('President Ilham Aliyev said soldiers were killed' names the speaker, not a victim).
 * @example namesBefore('Sergeant Vugar Sadigov and corporal Elshad Mammadov died.', 0, 51, names, rules).length // 2
 */
export function namesBefore(text: string, from: number, verb: number, names: readonly PersonName[], rules: NameListRules): PersonName[] {
  const inRegion = names.filter((n) => n.start >= from && n.end <= verb);
  const last = inRegion.at(-1);
  if (!last) return [];
  // Between the last name and the verb: appositions ('born in 2015') and a few lower-case words
  // ('gizi', 'has also'), no other capitalised word, no people noun, no end of a clause.
  // A quotation mark opening the verb itself ('as having been “martyred”') is no break.
  let tail = text.slice(last.end, verb).replace(/["“«‘]$/u, '');
  // ', all police officers of the region's department,' after the list: an apposition set off by
  // commas that names what the people are.
  const set = /^\s*,([^.;:!?]*),/u.exec(tail);
  if (set && (set[1]!.match(/\p{Ll}+/gu) ?? []).some((w) => rules.isPersonNoun(w))) tail = tail.slice(set[0].length);
  if (/[.;:!?()"“”«»]/u.test(tail)) return [];
  for (const piece of tail.split(rules.separator)) {
    const words = piece.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    if (words.length && rules.apposition?.test(piece.trim())) continue;
    if (words.length > rules.wordsBeforeVerb || words.some((w) => /^\p{Lu}/u.test(w) || rules.isPersonNoun(w.toLowerCase()))) return [];
  }
  // Items from the verb backwards: [start, end) of the text between separators.
  const region = text.slice(from, last.end);
  const cuts = [0];
  rules.separator.lastIndex = 0;
  for (let m = rules.separator.exec(region); m; m = rules.separator.exec(region)) {
    if (m[0].length === 0) {
      rules.separator.lastIndex++;
      continue;
    }
    cuts.push(m.index, m.index + m[0].length);
  }
  cuts.push(region.length);
  const found: PersonName[] = [];
  for (let k = cuts.length - 2; k >= 0; k -= 2) {
    const start = from + cuts[k]!;
    const end = from + cuts[k + 1]!;
    const item = text.slice(start, end).trim();
    if (item === '') continue;
    const named = inRegion.filter((n) => n.start >= start && n.end <= end);
    if (named.length === 1) {
      found.unshift(named[0]!);
      continue;
    }
    if (named.length === 0 && rules.apposition?.test(item)) continue;
    break;
  }
  return found;
}

/**
 * The names of a list that follows a sentence ending in a colon ('The following servicemen died:'),
 * one item a line: the leading sentences among `items` that start with a list mark and hold a name.
 */
export function namesListedAfter(text: string, items: readonly Span[], names: (span: Span) => readonly PersonName[]): { names: PersonName[]; end: number } {
  const found: PersonName[] = [];
  let end = -1;
  for (const item of items) {
    if (!/^\s*(?:[-–—•*·]|\d{1,2}[.)])\s*/u.test(text.slice(item.start, item.end))) break;
    const named = names(item);
    if (named.length === 0) break;
    found.push(named[0]!);
    end = item.end;
  }
  return { names: found, end };
}
