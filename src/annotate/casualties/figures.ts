import type { CasualtyGroup, NumberAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import { wholeWords, type CasualtyVocabulary } from '../../lexicon/vocabulary.js';
import type { Trigger } from './triggers.js';
import { namesBefore, type NameListRules, type PersonName } from './names.js';
import { EN_ORDINAL_SOURCE, ordinalValue } from '../numbers/cardinals.js';
import { execAll } from '../../lexicon/exec-all.js';
import { passiveAuxiliaryBefore } from '../attribution.js';
import { lastWhere } from './last-where.js';
import { asciiLowerCase } from '../numbers/lexicon.js';

/** A trigger with the count and the people it applies to. */
export interface Figure {
  readonly trigger: Trigger;
  readonly min: number | null;
  readonly max: number | null;
  /** The words that state the figure: count through noun (or the trigger alone). */
  readonly phrase: Span;
  /** The noun phrase naming the people ('four of its soldiers'), used to find their side. */
  readonly np: Span | null;
  readonly group: CasualtyGroup;
  /** The victims' names when the figure counts people named instead of counted ('X and Y died'). */
  readonly names?: readonly string[];
}

/** Word lists of a vocabulary as sets. */
export interface FigureLexicon {
  readonly people: ReadonlyMap<string, CasualtyGroup>;
  readonly peopleStems: readonly (readonly [string, CasualtyGroup])[];
  readonly notPeople: ReadonlySet<string>;
  readonly notPeopleStems: readonly string[];
  readonly skip: ReadonlySet<string>;
  readonly modifier: RegExp | null;
  readonly bare: ReadonlySet<string>;
  readonly onePerson: RegExp | null;
  readonly wordAfterNoun: boolean;
  /** Characters allowed between a status verb and a count that follows it (verb-first languages), or 0. */
  readonly countAfterVerb: number;
  /** 'a soldier was killed': the article or 'one', up to three qualifiers, the person noun (group 1), right before a trigger. */
  readonly singular: RegExp;
  /** The word linking a noun trigger to a count after it ('deaths of eight'). */
  readonly nounOf: RegExp;
  /** After a trigger: '(of) a/one (qualifiers) NOUN' (group 1 the noun), for 'killing a woman', 'the death of a man'. */
  readonly singularAfter: RegExp;
  /** A relative clause ending the text before a trigger ('who was in the car was'), or null. */
  readonly relativeClause: RegExp | null;
  /**
   * The pack's bare words, lower case, when all are ASCII letters (else null): a text that `relativeClause`
   * matches ends, past white space, with one of them as its last word.
   */
  readonly bareWords: ReadonlySet<string> | null;
  /** 'Of the five people killed,': the opening of a breakdown of the people a trigger counts, before it, or null. */
  readonly breakdownHead: RegExp | null;
  /** ' three are Armenian policemen': one part of a breakdown, after its count (the people in group 1), or null. */
  readonly breakdownPart: RegExp | null;
  /** True when the singular article proves the noun singular (English checks the noun's plural 's' as well). */
  readonly articleIsSingular: boolean;
  /** 'a woman and ...': one person (group 1 the noun) and the 'and' or comma that joins it to the next conjunct, at the end. */
  readonly singularConjunct: RegExp;
  /**
   * The words of the language's 'and' when they are plain words ('and', 'և|եւ|ու'), else null: a text that
   * `singularConjunct` matches ends, past white space, with a comma or one of them.
   */
  readonly conjunctionWords: readonly string[] | null;
  /** '... and a': the 'and' and the word for one before a person after a counted noun, at the start. */
  readonly singularConjunctAfter: RegExp;
  /** 'N X, M Y and K Z were killed': what may stand between coordinated figures. */
  readonly coordination: RegExp;
  /** A capitalised word naming people of a place ('Armenians', 'Azerbaycanlı'), the whole word. */
  readonly demonymPerson: RegExp;
  /** An agent's phrase ending the text before a status word (' von einem ... Scharfschützen '), or null. */
  readonly agentPhrase: RegExp | null;
  /** Nouns whose form tells their number ('جنديين' two soldiers), lower case. */
  readonly nounCounts: ReadonlyMap<string, number>;
  /** A status word in a singular form, the whole word ('погиб', 'ранена'), or null. */
  readonly singularStatus: RegExp | null;
  /** 'the number of Azerbaijani civilians', 'Число' right before a status word: a toll whose count follows its verb, or null. */
  readonly numberOf: RegExp | null;
  /** The words between a figure and the new total of the same people (', bringing the total to'), or null. */
  readonly runningTotal: RegExp | null;
  /** The pack's `partitive`, as the end of the text before a status word ('One of the | wounded'). */
  readonly partitive: RegExp | null;
  /** A toll's verb ending the words between a noun trigger and its count, however far ('Число жертв ..., достигло 25'), or null. */
  readonly tollVerb: RegExp | null;
  /** A word after a comma or the language's 'and' (group 1): an item of a list. */
  readonly listItem: RegExp;
  /** Words right before a status word that make it a noun ('there are dead', 'the number of dead'), or null. */
  readonly nounUse: RegExp | null;
  /** Words right after a status word opening its sentence that make it a noun ('Dead and wounded are reported'), or null. */
  readonly nounUseAfter: RegExp | null;
  /** How a list of victims' names before a status verb is read, when the language capitalises names only. */
  readonly nameList: NameListRules | null;
  /** A personal name marked as one ('namens Zahra Gulieva', 'Zehra Guliyeva isimli'), the name in group 1 or 2 (global), or null. */
  readonly markedName: RegExp | null;
}

/** One to four capitalised words: a personal name after a word that marks it as one. */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;

/** 'a|one' -> 'a|A|one|One': the words as written and sentence-initial (the pattern cannot be case-insensitive: it tests capitals). */
function withCapitals(words: string): string {
  return words.split('|').flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join('|');
}

/** Builds the lookup sets once. */
export function compileFigureLexicon(vocab: CasualtyVocabulary): FigureLexicon {
  const nouns = { people: new Map(Object.entries(vocab.people)), peopleStems: Object.entries(vocab.peopleStems ?? {}) };
  return {
    ...nouns,
    notPeople: new Set(vocab.notPeople),
    notPeopleStems: vocab.notPeopleStems ?? [],
    skip: new Set(vocab.modifiers),
    modifier: vocab.modifierPattern ? new RegExp(`^(?:${vocab.modifierPattern})$`, 'iu') : null,
    bare: new Set(vocab.bare),
    wordAfterNoun: vocab.wordAfterNoun ?? false,
    countAfterVerb: vocab.countAfterVerb ?? 0,
    singular: new RegExp(
      `(?<![\\p{L}])(?:${withCapitals(vocab.singular ?? 'a|an|one')}|another)\\s+(?:(?:[\\p{Lu}][\\p{L}-]*|\\d+-year-old|[\\p{L}]+-year-old|young|elderly|local|civilian|military|senior|junior|female|male|woman|ethnic|second|third|fourth|fifth|sixth|seventh|\\p{Ll}+${vocab.modifierPattern ? `|${vocab.modifierPattern}` : ''})\\s+){0,3}?([\\p{L}]+)${vocab.wordAfterNoun ? '(?:\\s+\\p{Ll}+)?' : ''}(?:\\s+(?:${vocab.of ?? 'of'})\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})?(?:\\s+(?:${vocab.bare.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})){0,3}\\s*$`,
      'u',
    ),
    articleIsSingular: vocab.singular !== undefined,
    singularConjunct: new RegExp(
      `(?<![\\p{L}])(?:${withCapitals(vocab.singular ?? 'a|an|one')})\\s+(?:(?:\\d+-year-old|[\\p{L}]+-year-old|young|elderly|local|civilian|military|pregnant)\\s+){0,3}([\\p{Ll}]+)\\s*(?:,\\s*(?:${vocab.conjunction ?? 'and'}\\s+)?|\\s(?:${vocab.conjunction ?? 'and'})\\s+)$`,
      'u',
    ),
    conjunctionWords: /^[\p{L}\p{M}]+(?:\|[\p{L}\p{M}]+)*$/u.test(vocab.conjunction ?? 'and') ? (vocab.conjunction ?? 'and').split('|') : null,
    singularConjunctAfter: new RegExp(`^\\s+(?:${vocab.conjunction ?? 'and'})\\s+(?:${vocab.singular ?? 'a|an|one'})(?=\\s)`, 'u'),
    nounOf: new RegExp(`^\\s*(?:${vocab.of ?? 'of|among'})\\s*$`, 'iu'),
    breakdownHead: vocab.copula ? new RegExp(`^[\\s"“«]*(?:${vocab.of ?? 'of|among'})\\s+(?:\\p{L}+\\s+){0,4}$`, 'iu') : null,
    breakdownPart: vocab.copula ? new RegExp(`^\\s+(?:(?:${vocab.copula})\\s+)([^,;:.()]{2,60}?)(?=\\s*(?:[,;:.)]|$|(?<![\\p{L}])(?:${vocab.conjunction ?? 'and'})\\s))`, 'iu') : null,
    // ' who was in the car' before ' was also injured': up to 40 characters of one clause, before a bare word.
    bareWords: vocab.bare.length && vocab.bare.every((w) => /^[A-Za-z]+$/.test(w)) ? new Set(vocab.bare.map((w) => w.toLowerCase())) : null,
    relativeClause: vocab.relative
      ? new RegExp(`\\s+(?:${vocab.relative})\\s+[^,;.()"“”]{1,40}?(?=(?:\\s+(?:${vocab.bare.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})){1,2}\\s*$)`, 'iu')
      : null,
    singularAfter: new RegExp(
      `^\\s+(?:(?:${vocab.of ?? 'of'})\\s+)?(?:${withCapitals(vocab.singular ?? 'a|an|one')})\\s+(?:(?:\\p{Lu}[\\p{L}-]*|[\\p{L}\\d]+-[\\p{L}-]+|young|elderly|local)\\s+){0,3}([\\p{L}]+)`,
      'u',
    ),
    coordination: new RegExp(`^[^.;]{0,40}(?:,|(?<![\\p{L}])(?:${vocab.conjunction ?? 'and'})(?![\\p{L}]))\\s*$`, 'iu'),
    onePerson: vocab.onePerson ? new RegExp(`^\\s+(?:${vocab.onePerson})(?![\\p{L}])`, 'iu') : null,
    listItem: new RegExp(`(?:,|\\s(?:${vocab.conjunction ?? 'and'}))\\s+([\\p{L}-]+)`, 'giu'),
    demonymPerson: new RegExp(`^(?:${vocab.demonymPerson ?? String.raw`\p{Lu}\p{Ll}+(?:ans|nis|is|ns)`})$`, 'u'),
    agentPhrase: vocab.agentBefore ? new RegExp(`\\s+(?:${vocab.agentBefore})\\s+[^,;:.()"“”]{1,60}?\\s*$`, 'iu') : null,
    nounCounts: new Map(Object.entries(vocab.nounCounts ?? {})),
    singularStatus: vocab.singularStatus ? new RegExp(`^(?:${vocab.singularStatus})$`, 'iu') : null,
    numberOf: vocab.numberOf ? new RegExp(`(?<![\\p{L}])(?:${vocab.numberOf})\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu') : null,
    // (A few words of the figure's own may stand before the comma: '37 more deaths among their fighters, bringing ...'.)
    partitive: vocab.partitive ? new RegExp(`(?<![\\p{L}])(?:${vocab.partitive})\\s+$`, 'iu') : null,
    runningTotal: vocab.runningTotal ? new RegExp(`^(?:[^.;:!?,]{0,40},)?\\s*(?:${vocab.runningTotal})\\s*$`, 'iu') : null,
    tollVerb: vocab.tollVerbs ? new RegExp(`^[^.;]{0,160}?${wholeWords(vocab.tollVerbs)}\\s*$`, 'iu') : null,
    nounUse: vocab.nounUse ? new RegExp(`${wholeWords(vocab.nounUse)}\\s+$`, 'iu') : null,
    nounUseAfter: vocab.nounUseAfter ? new RegExp(`^\\s*(?:${vocab.nounUseAfter})(?![\\p{L}])`, 'iu') : null,
    // Both alternatives always present ('(?!)' for an absent one), so the name is group 1 or group 2.
    markedName: vocab.nameBefore || vocab.nameAfter
      ? new RegExp([
          vocab.nameBefore ? `(?<![\\p{L}])(?:${vocab.nameBefore})\\s+(${NAME_WORDS})` : '(?!)',
          vocab.nameAfter ? `(${NAME_WORDS})\\s+(?:${vocab.nameAfter})(?![\\p{L}])` : '(?!)',
        ].join('|'), 'gu')
      : null,
    nameList: vocab.countNames
      ? {
          separator: new RegExp(`\\s*(?:[,;]|(?<![\\p{L}])(?:${vocab.conjunction ?? 'and'})(?![\\p{L}]))\\s*`, 'giu'),
          apposition: vocab.nameApposition ? new RegExp(`^(?:${vocab.nameApposition})$`, 'iu') : null,
          notName: vocab.notNameWords ? new RegExp(`^(?:${vocab.notNameWords})$`, 'u') : null,
          wordsBeforeVerb: 3,
          isPersonNoun: (word) => personGroup(word, nouns) !== undefined,
        }
      : null,
  };
}

/**
 * `text.slice(start, end).toLowerCase()`: the slice itself when it is ASCII without a capital (most words), by
 * character codes when it is ASCII ({@link asciiLowerCase}), else by `toLowerCase`. Why: V8 lower-cases a slice of
 * a report holding a dash or a curly quote by its general path (see `asciiLowerCase`), and the rules lower-case
 * every word they look up.
 */
export function lowerWord(text: string, start = 0, end = text.length): string {
  let capital = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return text.slice(start, end).toLowerCase();
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital ? asciiLowerCase(text, start, end) : text.slice(start, end);
}

/** The group of people a word names, by the word or its stem; undefined for other words. */
function personGroup(word: string, lex: Pick<FigureLexicon, 'people' | 'peopleStems'>): CasualtyGroup | undefined {
  const group = lex.people.get(word);
  if (group !== undefined) return group;
  // (Loops, not `find` and `some`: they are asked for nearly every word read, and most vocabularies have no stems.)
  const stems = lex.peopleStems;
  for (let i = 0; i < stems.length; i++) if (word.startsWith(stems[i]![0])) return stems[i]![1];
  return undefined;
}

function isThing(word: string, lex: FigureLexicon): boolean {
  if (lex.notPeople.has(word)) return true;
  const stems = lex.notPeopleStems;
  for (let i = 0; i < stems.length; i++) if (word.startsWith(stems[i]!)) return true;
  return false;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A word of {@link WORD}: where it starts and ends. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The next word of {@link WORD} at or after `from` in `text`, or null: what `WORD.exec` gives from
 * `from`, read by the characters' codes while they are ASCII. The figure rules read a few dozen words a
 * report, one `exec` each; at the first character outside ASCII (a letter or digit of another script
 * may start or go on a word, '’' goes on one) the expression itself reads the word from there.
 */
export function nextWord(text: string, from: number): WordSpan | null {
  let i = from;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return wordByPattern(text, i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) break;
  }
  if (i >= n) return null;
  const start = i;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return wordByPattern(text, start);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45)) break;
  }
  return { start, end: i };
}

/** The next word of {@link WORD} at or after `from`, by the expression ({@link nextWord} past ASCII). */
function wordByPattern(text: string, from: number): WordSpan | null {
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  WORD.lastIndex = 0;
  return m === null ? null : { start: m.index, end: m.index + m[0].length };
}
const ANOTHER_BARE = /(?<![\p{L}])another(?:\s+(?:one|person))?\s+(?:was|were|had been|has been)?(?:\s+\p{Ll}+ly)?\s*$/iu;
const AS_MANY = /^\s+as\s+many\b/i;
const TOLL_GAP = /^[^.;]{0,60}?(?:has|had|have)?\s*(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|stands|stood|increased|grew|jumped|went up|exceeded|exceeds|surpassed|passed|topped)?\s*(?:to|at|of|is|was)?\s*$/i;
const MORE_THAN_VERB = /(?:exceeded|exceeds|surpassed|passed|topped)\s*$/i;

interface Head {
  readonly kind: 'person' | 'thing' | 'bare' | 'other';
  readonly group: CasualtyGroup;
  readonly end: number;
}

/** The first meaningful word after `pos`: a person noun, a thing, a verb (bare count) or something else. */
function headAfter(text: string, pos: number, limit: number, lex: FigureLexicon): Head {
  let words = 0;
  for (let span = nextWord(text, pos); span && span.start < limit && words < 6; span = nextWord(text, span.end), words++) {
    const word = text.slice(span.start, span.end);
    // (The tests on characters below read as the patterns in their comments: a few patterns a word, for every word read.)
    const lower = lowerWord(text, span.start, span.end);
    const w = endsWithPossessive(lower) ? lower.slice(0, -2) : lower; // lower.replace(/['’]s$/, '')
    const end = span.end;
    if (holdsClauseEnd(text, pos, span.start)) return { kind: 'bare', group: 'unspecified', end: pos }; // /[.;:!?]/ in the gap
    // 'the toll rose to 170, the ministry said', '170, officials said': a comma right after the count ends its
    // words, and what follows is another phrase, not the people counted.
    if (words === 0 && opensWithComma(text, pos, span.start)) return { kind: 'bare', group: 'unspecified', end: pos };
    const group = personGroup(w, lex);
    if (group) return { kind: 'person', group, end: lex.wordAfterNoun ? wordEndAfter(text, end, limit) : end };
    if (isThing(w, lex)) return { kind: 'thing', group: 'unspecified', end };
    // '32 Armenians', 'two Azerbaijanis', '613 Azerbaycanlının': a capitalised word the pack's `demonymPerson`
    // makes a person right after the count names people.
    if (words === 0 && lex.demonymPerson.test(word)) return { kind: 'person', group: 'unspecified', end };
    if (lex.skip.has(w) || lex.modifier?.test(w) || startsUpper(word) || w.endsWith('year-old') || endsWithPossessive(word)) {
      pos = end;
      continue;
    }
    if (lex.bare.has(w)) return { kind: 'bare', group: 'unspecified', end: span.start };
    // 'three civiliian women', 'two unarmed shepherds': one unknown word before a person noun qualifies it.
    const next = spacedWordAt(text, end, limit);
    const nextGroup = next && !lex.wordAfterNoun ? personGroup(lowerWord(next.word), lex) : undefined;
    if (next && nextGroup && !isThing(w, lex)) return { kind: 'person', group: nextGroup, end: next.end };
    return { kind: 'other', group: 'unspecified', end };
  }
  return { kind: 'bare', group: 'unspecified', end: pos };
}

/** `/['’]s$/.test(word)`, by its last two characters. */
export function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** `/^\p{Lu}/u.test(word)`: by its code for an ASCII first character. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/** `/[.;:!?]/.test(text.slice(from, to))` (`/[.;:!?,]/` with `comma`), by the characters' codes. */
export function holdsClauseEnd(text: string, from: number, to: number, comma = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || (comma && c === 44)) return true;
  }
  return false;
}

/** `/^\s*,/.test(text.slice(from, to))`, by the characters' codes (a character outside ASCII asks `\s`). */
export function opensWithComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[i]!))) continue;
    return false;
  }
  return false;
}

/** The end of the word right after `pos` (an adjective that follows its noun), or `pos`. */
function wordEndAfter(text: string, pos: number, limit: number): number {
  const m = /^\s+([\p{L}\p{M}‌-]+)/u.exec(text.slice(pos, limit));
  return m ? pos + m[0].length : pos;
}

/** How far before a trigger a person noun with no count may end (see {@link personBefore}). */
const PERSON_REACH = 40;

/**
 * The nearest person noun before `pos` within the region `[from, pos)` (for figures with no count: 'Armenian
 * soldiers were killed'): the last word of the region that names people and ends less than 40 characters
 * before `pos`.
 *
 * Only the words from the one that runs across that reach are read (the region may be a whole sentence's
 * start): the search starts after a character no word holds (an ASCII character outside `[A-Za-z0-9'-]`),
 * where the words of the region's search and of the cut one are the same, or at `from`.
 */
export function personBefore(text: string, from: number, pos: number, lex: Pick<FigureLexicon, 'people' | 'peopleStems'>): { start: number; end: number; group: CasualtyGroup } | null {
  let start = Math.max(from, pos - PERSON_REACH);
  while (start > from && !isAsciiWordBreak(text.charCodeAt(start - 1))) start--;
  const region = text.slice(start, pos);
  let found: { start: number; end: number; group: CasualtyGroup } | null = null;
  for (let w = nextWord(region, 0); w; w = nextWord(region, w.end)) {
    const g = personGroup(lowerWord(region, w.start, w.end), lex);
    if (g && pos - (start + w.end) < PERSON_REACH) found = { start: start + w.start, end: start + w.end, group: g };
  }
  return found;
}

/** An ASCII character that no word of {@link WORD} holds (not a letter, digit, `'` or `-`); false for all others. */
function isAsciiWordBreak(c: number): boolean {
  return c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45);
}

/** The group of the first people noun in `[from, to)` ('sergeant' -> soldiers), else unspecified. */
export function groupIn(text: string, from: number, to: number, lex: Pick<FigureLexicon, 'people' | 'peopleStems'>): CasualtyGroup {
  const s = text.slice(from, to);
  for (let w = nextWord(s, 0); w !== null; w = nextWord(s, w.end)) {
    const group = personGroup(lowerWord(s, w.start, w.end), lex);
    if (group) return group;
  }
  return 'unspecified';
}

function countsPeople(head: Head): boolean {
  return head.kind === 'person' || head.kind === 'bare';
}

/**
 * Attaches a count and a group of people to each trigger of one sentence.
 * Returns the figures; a trigger whose nearby number counts things ('two cows') yields none.
 */
export function attachFigures(
  text: string, sentence: Span, triggers: readonly Trigger[], numbers: readonly NumberAnnotation[], lex: FigureLexicon, names: () => readonly PersonName[] = () => [],
  actors: readonly Span[] = [],
): Figure[] {
  const figures: Figure[] = [];
  let counts: NumberAnnotation[] | undefined; // the numbers that are no ages, read once for all triggers
  /** The index of a status word whose figure the one before it has made ('One of the wounded | later died'). */
  let skip = -1;
  // (A loop, not `forEach`: no closure made and called for every status word.)
  for (let i = 0; i < triggers.length; i++) {
    if (i === skip) continue;
    const t = triggers[i]!;
    const lo = i > 0 ? triggers[i - 1]!.end : sentence.start;
    const next = triggers[i + 1];
    // 'One of the wounded soldiers later died': the count is the dead's; the wounded are only whom it is counted among.
    if (lex.partitive && next && !t.none && t.voice === 'passive' && next.status !== t.status && !holdsClauseEnd(text, t.end, next.start, true)) {
      const nums = (counts ??= numbers.filter((x) => !isAge(text, x)));
      const n = lastWhere(nums, (x) => x.end <= t.start && x.start >= lo);
      // (The length first: the pattern, not anchored at the start, would read the whole gap.)
      if (n && t.start - n.end <= 20 && lex.partitive.test(text.slice(n.end, t.start))) {
        const noun = personBefore(text, t.end, next.start, lex);
        figures.push({ trigger: next, min: n.min, max: n.max, phrase: { start: n.start, end: next.end }, np: { start: n.start, end: noun?.end ?? t.end }, group: noun?.group ?? 'unspecified' });
        skip = i + 1;
        continue;
      }
    }
    if (t.none) {
      // 'no soldiers were killed', 'denied losing any soldiers': the people its words name.
      figures.push({ trigger: t, min: 0, max: 0, phrase: { start: t.start, end: t.end }, np: { start: t.start, end: t.end }, group: groupIn(text, t.start, t.end, lex) });
      continue;
    }
    const hi = i + 1 < triggers.length ? triggers[i + 1]!.start : sentence.end;
    // A toll's verb may stand far after its noun ('Число жертв ..., по официальным данным ..., достигло 25').
    const afterLimit = Math.min(hi, t.end + (t.voice === 'noun' && lex.tollVerb ? 160 : 80));
    let made = figureFor(text, t, lo, afterLimit, (counts ??= numbers.filter((n) => !isAge(text, n))), lex, figures, names, actors);
    // 'suffered heavy losses, including 200 dead': a count right before the next status word is that word's.
    if (t.voice === 'noun' && next && made.length === 1 && made[0]!.min !== null && made[0]!.phrase.end > t.end && /^\s*$/.test(text.slice(made[0]!.phrase.end, next.start))) {
      made = [{ trigger: t, min: null, max: null, phrase: { start: t.start, end: t.end }, np: null, group: made[0]!.group }];
    }
    // 'The wounded servicemen were evacuated': people a status word names, moved for care, are not displaced.
    // (Not `triggers[-1]` for the first: V8 reads an index below 0 as a property name, up the prototype chain.)
    const prev = i > 0 ? triggers[i - 1] : undefined;
    if (t.status === 'displaced' && t.voice === 'passive' && prev && !prev.none && prev.status !== 'displaced' && made.every((f) => f.min === null && f.max === null)
      && t.start - prev.end <= 40 && !holdsClauseEnd(text, prev.end, t.start, true) && !numbers.some((n) => n.start >= prev.end && n.end <= t.start)) made = [];
    // 'The bodies of 14 soldiers were handed over': people a noun of the dead has counted are not captives too;
    // 'executed two Armenian prisoners', 'wounded three hostages': nor are those a noun of captives names after a
    // verb that killed or wounded them (the noun tells who they were, the verb what befell them);
    // 'потеряла более 100 человек убитыми': a count an earlier trigger of the same status took is its figure only.
    if (made.length && figures.length) {
      made = made.filter((f) => !f.np || !figures.some((e) => e.np?.start === f.np!.start && e.min === f.min
        && (e.trigger.status === t.status || (t.status === 'captured' && e.trigger.status === 'killed' && e.trigger.voice === 'noun')
          || (t.status === 'captured' && t.voice === 'noun' && (e.trigger.status === 'killed' || e.trigger.status === 'wounded') && e.trigger.end <= f.np!.start))));
    }
    // 'handed over two bodies', 'exchanged 12 bodies': the count a verb of handing over takes right before a noun
    // of the dead counts the dead (the noun's figure, with the verb's count).
    if (t.status === 'captured' && t.voice === 'active' && next && next.status === 'killed' && next.voice === 'noun' && made.length === 1
      && made[0]!.min !== null && made[0]!.phrase.end <= next.start && /^\s*$/.test(text.slice(made[0]!.phrase.end, next.start))) {
      const f = made[0]!;
      made = [{ ...f, trigger: next, phrase: { start: f.phrase.start, end: next.end }, np: { start: f.np?.start ?? f.phrase.start, end: next.end } }];
      skip = i + 1;
    }
    figures.push(...made);
    // 'Of the five people killed, three are Armenian policemen and two are members of the Azerbaijani military.'
    if (i === 0 && made.length === 1) figures.push(...breakdownOf(text, t, made[0]!, sentence, hi, counts ?? [], lex, actors));
    // '37 more military deaths, bringing the total to 710': the new total of the same people is a figure too.
    const lastMade = made.at(-1);
    if (lastMade && lex.runningTotal && lastMade.min !== null) {
      const total = counts!.find((n) => n.start >= lastMade.phrase.end && n.end <= hi);
      if (total && lex.runningTotal.test(text.slice(lastMade.phrase.end, total.start))) {
        figures.push({ ...lastMade, min: total.min, max: total.max, phrase: { start: total.start, end: total.end } });
      }
    }
    // 'one of its soldiers was killed early Saturday, the third in recent days': the running count too.
    const single = made.length === 1 && made[0]!.min === 1 && made[0]!.max === 1 ? made[0]! : null;
    const running = single ? RUNNING_ORDINAL.exec(text.slice(t.end, hi)) : null;
    const nth = running ? ordinalValue(running[1]!) : null;
    if (single && running && nth !== null && nth >= 2 && nth <= 100) {
      const start = t.end + running.index + running[0].indexOf(running[1]!);
      figures.push({ ...single, min: nth, max: nth, phrase: { start, end: t.end + running.index + running[0].length }, np: single.np });
    }
  }
  return figures;
}

/**
 * The parts a sentence opening 'Of the N killed,' breaks its figure into: each count followed by a verb
 * saying what they were ('three are Armenian policemen'), with the status of the figure broken down.
 */
function breakdownOf(text: string, t: Trigger, whole: Figure, sentence: Span, hi: number, numbers: readonly NumberAnnotation[], lex: FigureLexicon, actors: readonly Span[]): Figure[] {
  if (!lex.breakdownHead || !lex.breakdownPart || !lex.breakdownHead.test(text.slice(sentence.start, Math.min(whole.phrase.start, t.start)))) return [];
  const comma = /^\s*,/.exec(text.slice(t.end, hi));
  if (!comma) return [];
  const parts: Figure[] = [];
  for (const n of numbers) {
    if (n.start < t.end + comma[0].length || n.end > hi || n.value === null) continue;
    const m = lex.breakdownPart.exec(text.slice(n.end, hi));
    if (!m) continue;
    const np = { start: n.end + m.index + m[0].indexOf(m[1]!), end: n.end + m[0].length };
    const group = groupIn(text, np.start, np.end, lex);
    parts.push({ trigger: t, min: n.min, max: n.max, phrase: { start: n.start, end: np.end }, np, group: group === 'unspecified' ? whole.group : group });
  }
  // The parts add up to no more than the whole, and an actor tells some part's people apart ('Of the 49 soldiers
  // killed, 17 were conscripts' breaks one side's figure into kinds of people: one entry per side, status and claimant).
  const sum = parts.reduce((a, p) => a + (p.max ?? 0), 0);
  const sided = parts.some((p) => actors.some((a) => a.start >= p.np!.start && a.end <= p.np!.end));
  return parts.length && sided && (whole.max === null || sum <= whole.max) ? parts : [];
}

/** ', the third in recent days', ', the second this week': a running count of the same people. */
const RUNNING_ORDINAL = new RegExp(`^[^.;]{0,40}?,\\s*the\\s+(${EN_ORDINAL_SOURCE})(?:\\s+(?:such\\s+)?(?:death|casualty|fatality|soldier|serviceman|victim))?\\s+(?:in|this|since|over|so far)\\b`, 'i');
/** Between the things and the people of one list ('15 tanks and 200 soldiers', '15 tanks, 200 soldiers'). */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** ', including' right before a count after the trigger. */
/** The words before a count that make it a part of a figure told before it, and those after it ('seven of them'). */
const PART_BEFORE = /(?:including|among them|among whom|of whom)\s*$/i;
const PART_AFTER = /^\s+of\s+(?:them|whom)(?![\p{L}])/iu;
const INCLUDING_TIMED = /^[^.;]{0,80},\s*including\s+$/i;
/** A time right after that count ('four overnight', 'two on Friday'). */
const TIME_AFTER = /^\s+(?:of\s+them\s+)?(?:overnight|today|yesterday|last\s+night|this\s+morning|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|\p{Lu}))/u;
const APPOSITION = /^\s*,[^,.;:]{3,80},\s*(?:(?:has|have|had|was|were|been|being|reportedly)\s+){0,3}$/;
const COORDINATED_AFTER = /^(?:\s+(?:by|from|of|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?\s*(?:,|and)\s*$/u;
const AMONG_THOSE = /(?<![\p{L}])among\s+(?:those|the)\s+$/iu;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|one)\s+$/iu;

/** The pattern {@link spacedWordAt} reads. */
const SPACED_WORD = /^\s+([\p{L}-]+)/u;

/**
 * `SPACED_WORD.exec(text.slice(from, to))` (white space, then a word of letters and hyphens) as the end of
 * the match in `text` and the word, or null: read by the characters' codes while they are ASCII, by the
 * pattern from the first other one. Asked right after most status words and counts.
 */
export function spacedWordAt(text: string, from: number, to: number): { readonly end: number; readonly word: string } | null {
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return spacedWordByPattern(text, from, to);
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
  }
  if (i === from) return null;
  const start = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return spacedWordByPattern(text, from, to);
    const lower = c | 32;
    if (!((lower >= 97 && lower <= 122) || c === 45)) break;
  }
  return i === start ? null : { end: i, word: text.slice(start, i) };
}

function spacedWordByPattern(text: string, from: number, to: number): { readonly end: number; readonly word: string } | null {
  const m = SPACED_WORD.exec(text.slice(from, to));
  return m ? { end: from + m[0].length, word: m[1]! } : null;
}

/** 'two killed soldiers', 'a wounded civilian', 'leaving a killed soldier': a count, the trigger, then a person noun. */
function adjectivalFigure(text: string, t: Trigger, lo: number, hi: number, before: readonly NumberAnnotation[], lex: FigureLexicon): Figure | null {
  if (t.voice !== 'passive') return null;
  const noun = spacedWordAt(text, t.end, hi);
  const group = noun ? personGroup(lowerWord(noun.word), lex) : undefined;
  if (!noun || !group) return null;
  const end = noun.end;
  const n = before.at(-1);
  if (n && /^\s+$/.test(text.slice(n.end, t.start))) {
    return { trigger: t, min: n.min, max: n.max, phrase: { start: n.start, end }, np: { start: n.start, end }, group };
  }
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(lo, t.start - 6), t.start));
  if (article && !/s$/i.test(noun.word)) {
    const start = t.start - article[0].length;
    return { trigger: t, min: 1, max: 1, phrase: { start, end }, np: { start, end }, group };
  }
  return null;
}

const AGE_BEFORE = /\baged?\s+(?:\d+\s*(?:,|and|&)\s*)*$/i;
/** 'Shushan Asatryan, 94, and ...': a number set off by commas right after a capitalised name is an age. */
const AGE_AFTER_NAME = /\p{Lu}\p{Ll}+\s*[,(]\s*$/u;
const POPULATION_BEFORE = /(?:population|inhabitants|residents|home to)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?$/i;
const AGE_AFTER = /^\s*(?:-|\s)?years?[- ]old\b/i;

/** 'two women, aged 94 and 41': ages are not counts. */
function isAge(text: string, n: NumberAnnotation): boolean {
  // (The 30 characters before the number are copied once for the three patterns that read them.)
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  // 'a population of more than 300,000 people' counts residents, not victims.
  if (POPULATION_BEFORE.test(before)) return true;
  return AGE_BEFORE.test(before) || AGE_AFTER.test(text.slice(n.end, n.end + 12))
    // The cheap anchored test first (same result: the tests have no side effects).
    || (/^\s*[,)]/.test(text.slice(n.end, n.end + 3)) && AGE_AFTER_NAME.test(before));
}

/**
 * 'A woman and her two children were killed', 'a child and a woman died': the people named one by one
 * before a figure's count, joined to it by 'and' or a comma, are counted with it. A conjunct that is
 * capitalised past its article ('an Azerbaijani soldier and two Armenian ...') may be of another side
 * and is left out.
 */
function withSingularConjuncts(text: string, lo: number, fig: Figure, lex: FigureLexicon): Figure {
  if (fig.min === null || fig.np === null) return fig;
  let start = fig.np.start;
  let extra = 0;
  for (let guard = 0; guard < 5; guard++) {
    // 'her two children', 'his wife': a possessive or article opening the conjunct that has the count.
    const lead = /(?<![\p{L}])(?:his|her|their|its)\s+$/iu.exec(text.slice(Math.max(lo, start - 8), start));
    const at = lead ? start - lead[0].length : start;
    const window = text.slice(Math.max(lo, at - 80), at);
    const m = mayEndConjunct(window, lex) ? lex.singularConjunct.exec(window) : null;
    if (!m || personGroup(m[1]!, lex) === undefined || /\s\p{Lu}/u.test(m[0])) break;
    extra++;
    start = at - (m[0].length);
  }
  if (!extra) return fig;
  return { ...fig, min: fig.min + extra, max: fig.max === null ? null : fig.max + extra, phrase: { start: Math.min(start, fig.phrase.start), end: fig.phrase.end }, np: { start, end: fig.np.end } };
}

/**
 * False when `window` cannot end as `singularConjunct` matches: it ends, past white space (the `\s` that
 * `trimEnd` removes), with neither a comma nor a word of the language's 'and' (as written: the pattern is
 * case-sensitive). The pattern, tried at each of some 80 positions before most counts, mostly fails there
 * ('... said on Tuesday that ').
 */
export function mayEndConjunct(window: string, lex: Pick<FigureLexicon, 'conjunctionWords'>): boolean {
  const words = lex.conjunctionWords;
  if (words === null) return true;
  const trimmed = window.trimEnd();
  if (trimmed.endsWith(',')) return true;
  for (let i = 0; i < words.length; i++) if (trimmed.endsWith(words[i]!)) return true;
  return false;
}

/**
 * False when `gap` is too long for `coordination` to match: the pattern allows at most 40 characters (code
 * points, under `u`) before its comma or its word for 'and', then only white space. Without this test the
 * pattern, failing, tries each of its 41 lengths at the start of a long gap between two counts. (A
 * conjunction that is a pattern rather than plain words leaves the answer to the pattern.)
 */
export function mayCoordinate(gap: string, lex: Pick<FigureLexicon, 'conjunctionWords'>): boolean {
  const words = lex.conjunctionWords;
  if (words === null) return true;
  // Each character of a word matches one code point (case folding under `u` maps one to one); its length
  // in UTF-16 units is no less than its length in code points.
  let longest = 1;
  for (let i = 0; i < words.length; i++) longest = Math.max(longest, words[i]!.length);
  let end = gap.length;
  for (; end > 0; end--) {
    const c = gap.charCodeAt(end - 1);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/u.test(gap[end - 1]!)))) break;
  }
  if (end <= 40 + longest) return true;
  // Code points before the trailing white space: a low surrogate adds none (a lone one counted as none only
  // makes the test more lenient).
  let points = 0;
  for (let i = 0; i < end; i++) {
    const c = gap.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) points++;
  }
  return points <= 40 + longest;
}

/**
 * False when `tail` cannot end as `relativeClause` matches: its last word (after the last white space,
 * before the white space ending it) is none of the pack's bare words. The pattern's lazy clause tries its
 * look-ahead over the bare words at each of up to 40 characters from every 'who' and 'that'. (A word with a
 * character outside ASCII, which may fold to a letter under `iu`, leaves the answer to the pattern.)
 */
export function mayEndRelative(tail: string, lex: Pick<FigureLexicon, 'bareWords'>): boolean {
  const bare = lex.bareWords;
  if (bare === null) return true;
  const space = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  let end = tail.length;
  while (end > 0 && space(tail.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !space(tail.charCodeAt(start - 1))) {
    if (tail.charCodeAt(start - 1) >= 128) return true;
    start--;
  }
  return bare.has(asciiLowerCase(tail, start, end));
}

/**
 * 'two soldiers and a civilian were killed', 'killing two journalists and a local official': one person
 * joined after a count's people, before `limit`, is added to it (not when an actor names the person's side:
 * 'seven Azerbaijani soldiers and an Armenian civilian').
 */
function withSingularAfter(text: string, fig: Figure, limit: number, lex: FigureLexicon, actors: readonly Span[]): Figure {
  if (fig.min === null || fig.np === null || fig.np.end >= limit) return fig;
  const m = lex.singularConjunctAfter.exec(text.slice(fig.np.end, limit));
  if (!m) return fig;
  const head = headAfter(text, fig.np.end + m[0].length, limit, lex);
  if (head.kind !== 'person' || actors.some((a) => a.start < head.end && a.end > fig.np!.end)) return fig;
  const group = head.group;
  const end = head.end;
  return {
    ...fig, min: fig.min + 1, max: fig.max === null ? null : fig.max + 1, group: group === fig.group ? fig.group : 'unspecified',
    phrase: { start: fig.phrase.start, end: Math.max(fig.phrase.end, end) }, np: { start: fig.np.start, end },
  };
}

/** True when the words of `gap` (one at least) are all modifiers of the pack ('ещё', 'other'). */
function onlyModifiers(gap: string, lex: FigureLexicon): boolean {
  const words = gap.trim();
  return words.length > 0 && words.split(/\s+/u).every((w) => lex.skip.has(lowerWord(w)));
}

const INCLUDING_END = /,?\s*(?:including|among them|among whom|of whom|of them)\s*$/i;

/**
 * False when `text` from `start` to `end` cannot end as {@link INCLUDING_END} matches: its last character
 * before white space (the `\s` that `trimEnd` removes) is no 'g' or 'm', the last letter of each of its
 * words. (Under `i` without `u`, no character outside ASCII folds to an ASCII letter.) The pattern is tried,
 * after a copy and a replacement, on the gap between each two counts before a trigger, and mostly fails.
 */
export function mayEndIncluding(text: string, start: number, end: number): boolean {
  let i = end - 1;
  for (; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[i]!)))) break;
  }
  if (i < start) return false;
  const c = text.charCodeAt(i) | 0x20;
  return c === 0x67 || c === 0x6d;
}

/** `numbers`: the sentence's numbers that are no ages. */
function figureFor(
  text: string, t: Trigger, lo: number, hi: number, numbers: readonly NumberAnnotation[], lex: FigureLexicon, earlier: readonly Figure[], names: () => readonly PersonName[],
  actors: readonly Span[],
): Figure[] {
  const before = numbers.filter((n) => n.start >= lo && n.end <= t.start);
  // 'handed over two soldiers': the trigger's last word is no qualifier of the count after it.
  const after = numbers
    .filter((n) => n.numeral.start >= t.end && n.end <= hi)
    .map((n): NumberAnnotation => (n.start >= t.end ? n : { ...n, start: n.numeral.start, qualifier: 'exact', min: n.value, max: n.value }));
  const out: Figure[] = [];
  // 'killed four of its soldiers and wounded another': one more person.
  const another = lex.onePerson?.exec(text.slice(t.end, hi));
  if (another) {
    const end = t.end + another[0].length;
    return [{ trigger: t, min: 1, max: 1, phrase: { start: t.start, end }, np: { start: t.end, end }, group: earlier.at(-1)?.group ?? 'unspecified' }];
  }
  const fromNumber = (n: NumberAnnotation, head: Head): Figure => ({
    trigger: t, min: n.min, max: n.max,
    phrase: { start: Math.min(n.start, t.start), end: Math.max(head.end, t.end) },
    np: { start: n.start, end: Math.max(head.end, n.end) }, group: head.group,
  });
  // 'two children are among those killed': a part of a toll stated elsewhere, not a figure of its own.
  if (AMONG_THOSE.test(text.slice(Math.max(lo, t.start - 30), t.start))) return [];
  // 0. The trigger used as an adjective between a count and its people: 'two killed soldiers', 'a wounded civilian'.
  const adjective = adjectivalFigure(text, t, lo, hi, before, lex);
  if (adjective) return [adjective];
  // 'killing 12 civilians, two of them children, and injuring more than 40 others': an active verb's own
  // count right after it wins over a count before it.
  const first = after[0];
  // (So has a status word of the passive list used actively, with no auxiliary before it: 'and wounded four others'.)
  // (Read once: the single person's rule below asks the same of a passive status word.)
  const passiveUsedActively = t.voice === 'passive' && !passiveAuxiliaryBefore(text, Math.max(lo, t.start - 12), t.start);
  const activeUse = t.voice === 'active' || passiveUsedActively;
  // (The head of that count is kept: the counts after the trigger are read again below, this one first.)
  const firstHead = activeUse && first !== undefined && /^\s*$/.test(text.slice(t.end, first.start)) ? headAfter(text, first.numeral.end, hi, lex) : undefined;
  const ownCountAfter = firstHead !== undefined && countsPeople(firstHead);
  // 1. A count before the trigger: 'four of its soldiers were killed', 'three dead'.
  if (!ownCountAfter && (t.voice !== 'noun' || !/^death toll$/i.test(text.slice(t.start, t.end)))) {
    for (let k = before.length - 1; k >= 0; k--) {
      let n = before[k]!;
      // '12 people, including two children, were killed': the figure is the total, not the subset.
      const total = k > 0 ? before[k - 1]! : null;
      if (total && mayEndIncluding(text, total.end, n.start) && INCLUDING_END.test(text.slice(total.end, n.start).replace(/^\s*[\p{L}-]+/u, ''))) {
        n = total;
        k--;
      }
      const head = headAfter(text, n.numeral.end, t.start, lex);
      if (!countsPeople(head)) continue;
      // 'up to 75,000 people, or half of the region's population, have been displaced': an apposition may stand between.
      if (t.start - head.end > 45 && !(t.voice === 'passive' && APPOSITION.test(text.slice(head.end, t.start)))) break;
      out.push(withSingularAfter(text, withSingularConjuncts(text, lo, fromNumber(n, head), lex), t.start, lex, actors));
      // '12 of its troops have been killed in the past four days, including four overnight': a part told with its own time is a figure of its own.
      const part = after.find((m) => m.max !== null && (n.min === null || m.max < n.min) && INCLUDING_TIMED.test(text.slice(t.end, m.start)) && TIME_AFTER.test(text.slice(m.end, m.end + 25)));
      if (part) out.push({ trigger: t, min: part.min, max: part.max, phrase: { start: part.start, end: part.end }, np: { start: part.start, end: part.end }, group: head.group });
      // Coordinated subjects: 'three Armenian and two Azerbaijani soldiers were killed'.
      for (let j = k - 1; j >= 0; j--) {
        const m = before[j]!;
        const between = text.slice(m.end, n.start);
        if (!mayCoordinate(between, lex) || !lex.coordination.test(between)) break;
        // 'the toll exceeded ten people, 40 more were injured': a count an earlier trigger took is not coordinated.
        if (earlier.some((f) => f.np && m.start >= f.np.start && m.end <= f.np.end)) break;
        // '32 killed, seven of them civilians, and 200 wounded', 'including seven civilians, and': a part of a figure told before.
        if (PART_BEFORE.test(text.slice(Math.max(lo, m.start - 20), m.start)) || PART_AFTER.test(text.slice(m.numeral.end, m.numeral.end + 12))) break;
        const h2 = headAfter(text, m.numeral.end, n.start, lex);
        if (h2.kind !== 'person' && h2.kind !== 'bare') break;
        // 'two policemen and three soldiers were wounded': with no actor to tell their sides apart, coordinated
        // counts are one figure of their sum (one entry per side, status and claimant).
        const main = out[0]!;
        if (out.length === 1 && main.np && !actors.some((a) => a.start < main.np!.end && a.end > m.start)) {
          out[0] = {
            ...main, min: m.min === null || main.min === null ? null : m.min + main.min, max: m.max === null || main.max === null ? null : m.max + main.max,
            phrase: { start: m.start, end: main.phrase.end }, np: { start: m.start, end: main.np.end }, group: h2.kind === 'person' && h2.group !== main.group ? 'unspecified' : main.group,
          };
          continue;
        }
        // Its own words ('12 Armenian') name its people; the shared noun gives the group.
        out.push({ trigger: t, min: m.min, max: m.max, phrase: { start: m.start, end: t.end }, np: { start: m.start, end: n.start }, group: h2.kind === 'person' ? h2.group : head.group });
      }
      return out;
    }
  }
  // 2. A count after the trigger: 'killing four soldiers', 'the deaths of eight servicemen', 'death toll to 13'.
  // 'The number of civilians killed ... has reached 91': a passive trigger inside a toll takes the toll's count.
  const numberOf = lex.numberOf;
  const tollOfPassive = t.voice === 'passive' && lex.tollVerb !== null && numberOf !== null && numberOf.test(text.slice(Math.max(lo, t.start - 70), t.start));
  /** Where the count's gap starts: the trigger, or the end of things counted before the people ('lost 15 tanks and 200 soldiers'). */
  let from = t.end;
  for (const n of after) {
    if (from !== t.end && !LIST_SEPARATOR.test(text.slice(from, n.start))) break;
    const gap = from === t.end ? text.slice(t.end, n.start) : '';
    if (tollOfPassive) {
      if (!lex.tollVerb!.test(gap)) continue;
      const head = headAfter(text, n.numeral.end, hi, lex);
      if (head.kind === 'thing') break;
      return [{ trigger: t, min: n.min, max: n.max, phrase: { start: Math.max(lo, t.start - 70) + text.slice(Math.max(lo, t.start - 70), t.start).search(numberOf!), end: n.end }, np: { start: Math.max(lo, t.start - 70), end: t.start }, group: groupIn(text, Math.max(lo, t.start - 70), t.start, lex) }];
    }
    if (t.voice === 'noun' && !(TOLL_GAP.test(gap) || lex.nounOf.test(gap) || lex.tollVerb?.test(gap))) {
      // 'Число жертв конфликта двух стран достигло 25': a number before the toll's verb is not its count.
      if (lex.tollVerb && after.some((m) => m.start > n.start && lex.tollVerb!.test(text.slice(t.end, m.start)))) continue;
      break;
    }
    if (t.voice === 'noun' && MORE_THAN_VERB.test(gap) && n.qualifier === 'exact') {
      const head = headAfter(text, n.numeral.end, hi, lex);
      if (!countsPeople(head)) break;
      return [{ ...fromNumber(n, head), max: null }];
    }
    const verbFirst = t.voice === 'passive' && gap.length <= lex.countAfterVerb && !/[.;:!?]/.test(gap);
    // (Words of the pack's modifiers may stand between: 'о гибели ещё 37 военнослужащих'.)
    if (t.voice !== 'noun' && !verbFirst && !/^\s*(?:at least|up to|more than|nearly|about|some|around|over|almost|as many as|an estimated)?\s*$/i.test(gap.replace(/\b(?:a total of|at least|up to)\b/gi, ''))
      && !onlyModifiers(gap, lex)) break;
    const head = n === first && firstHead !== undefined ? firstHead : headAfter(text, n.numeral.end, hi, lex);
    if (verbFirst && head.kind !== 'person') continue;
    if (head.kind === 'thing' && t.voice !== 'noun') {
      from = head.end;
      continue;
    }
    if (!countsPeople(head)) break;
    const made = [withSingularAfter(text, fromNumber(n, head), hi, lex, actors)];
    // 'the release of 32 Armenian servicemen by Azerbaijan and 2 Azerbaijani servicemen by Armenia'.
    for (const m of after.slice(after.indexOf(n) + 1)) {
      if (!COORDINATED_AFTER.test(text.slice(made.at(-1)!.np!.end, m.start))) break;
      const h2 = headAfter(text, m.numeral.end, hi, lex);
      if (h2.kind !== 'person') break;
      made.push({ trigger: t, min: m.min, max: m.max, phrase: { start: m.start, end: h2.end }, np: { start: m.start, end: h2.end }, group: h2.group });
    }
    return made;
  }
  // 3. 'as many' repeats the previous figure's count: 'killing four and wounding as many'.
  if (AS_MANY.test(text.slice(t.end, hi)) && earlier.length) {
    const prev = earlier[earlier.length - 1]!;
    return [{ ...prev, trigger: t, phrase: { start: t.start, end: t.end + 13 } }];
  }
  // 'مقتل جنديين أرمينيين', 'قتل جندي': a noun right after the status word whose form tells its number.
  if (lex.nounCounts.size) {
    const w = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(t.end, hi));
    const n = w ? lex.nounCounts.get(lowerWord(w[1]!)) : undefined;
    if (w && n !== undefined) {
      const end = lex.wordAfterNoun ? wordEndAfter(text, t.end + w[0].length, hi) : t.end + w[0].length;
      return [{ trigger: t, min: n, max: n, phrase: { start: t.start, end }, np: { start: t.end, end }, group: personGroup(lowerWord(w[1]!), lex) ?? 'unspecified' }];
    }
  }
  // 4. A single person: 'a soldier was killed', 'killing a woman', 'another was injured'.
  const beforeText = text.slice(lo, t.start);
  // People marked by name in the clause before a passive status verb, one each: 'die Dorfbewohnerin mit dem
  // Namen X, geboren 1967, und ihr Enkelkind namens Y ... getötet worden', 'X isimli çocuk ve Y isimli bir kadın
  // hayatını kaybetti' (before 'a woman' is read as one person).
  if (lex.markedName && t.voice === 'passive') {
    const clause = Math.max(beforeText.search(/[;:!?][^;:!?]*$/u) + 1, 0);
    const named = execAll(lex.markedName, beforeText.slice(clause));
    if (named.length) {
      const start = lo + clause + named[0]!.index;
      return [{ trigger: t, min: named.length, max: named.length, phrase: { start, end: t.end }, np: { start, end: t.start }, group: groupIn(text, start, t.start, lex), names: named.map((m) => (m[1] ?? m[2])!) }];
    }
  }
  // 'an employee who was in the car was also injured': the person before the relative clause.
  const tail = beforeText.slice(-120);
  const relative = lex.relativeClause && mayEndRelative(tail, lex) ? lex.relativeClause.exec(tail) : null;
  const stripped = relative ? tail.slice(0, relative.index) + tail.slice(relative.index + relative[0].length) : tail;
  let singText = stripped.slice(-80);
  let sing = lex.singular.exec(singText);
  // 'Ein armenischer Soldat wurde von einem aserbaidschanischen Scharfschützen erschossen': the agent's phrase
  // between the person and a final status word is skipped (the pack's `agentBefore`).
  const agent = sing ? null : lex.agentPhrase?.exec(singText);
  if (agent) {
    singText = singText.slice(0, agent.index);
    sing = lex.singular.exec(singText);
  }
  const singAt = sing ? stripped.length - singText.length - (agent ? agent[0].length : 0) + sing.index : -1; // where in `tail` (before the clause, both agree)
  const singGroup = sing && (!relative || singAt < relative.index) ? personGroup(lowerWord(sing[1]!), lex) : undefined;
  if (sing && singGroup && (lex.articleIsSingular || !/s$/.test(sing[1]!))) {
    const start = t.start - tail.length + singAt;
    // (The agent's phrase is not the person's: its actor names the other side.)
    const npEnd = agent ? Math.max(start, t.start - agent[0].length) : t.start;
    return [withSingularConjuncts(text, lo, { trigger: t, min: 1, max: 1, phrase: { start, end: t.end }, np: { start, end: npEnd }, group: singGroup }, lex)];
  }
  if (ANOTHER_BARE.test(beforeText)) {
    const start = t.start - (beforeText.length - beforeText.search(ANOTHER_BARE));
    return [{ trigger: t, min: 1, max: 1, phrase: { start, end: t.end }, np: { start, end: t.start }, group: earlier.at(-1)?.group ?? 'unspecified' }];
  }
  // 'погиб мирный житель', 'военнослужащий ранен': in a language with no article, a status word in a singular
  // form next to a person noun counts one person (the pack's `singularStatus`; a count was looked for first).
  if (lex.singularStatus?.test(text.slice(t.start, t.end))) {
    const h = headAfter(text, t.end, hi, lex);
    if (h.kind === 'person') return [{ trigger: t, min: 1, max: 1, phrase: { start: t.start, end: h.end }, np: { start: t.end, end: h.end }, group: h.group }];
    const person = personBefore(text, lo, t.start, lex);
    if (person && !/[,;:]/.test(text.slice(person.end, t.start))) {
      return [{ trigger: t, min: 1, max: 1, phrase: { start: person.start, end: t.end }, np: { start: person.start, end: t.start }, group: person.group }];
    }
  }
  // 'killing a woman', 'the death of a 76-year-old man', 'het overlijden van een 76-jarige man'.
  // A status word of the passive list used actively ('forces had killed a civilian', 'murió un soldado'): not after 'was'.
  if (t.voice === 'active' || t.voice === 'noun' || passiveUsedActively) {
    const sa = lex.singularAfter.exec(text.slice(t.end, hi));
    const group = sa ? personGroup(lowerWord(sa[1]!), lex) : undefined;
    const linked = sa && (t.voice !== 'noun' || lex.nounOf.test(text.slice(t.end, t.end + sa[0].length).trim().split(/\s+/)[0] ?? ''));
    if (sa && group && linked && (lex.articleIsSingular || !/s$/.test(sa[1]!))) {
      return [{ trigger: t, min: 1, max: 1, phrase: { start: t.start, end: t.end + sa[0].length }, np: { start: t.end, end: t.end + sa[0].length }, group }];
    }
  }
  // 4b. People named instead of counted: 'sergeant Vugar Sadigov and corporal Elshad Mammadov died'.
  // (The sentence's names are read only now, when a figure has found no count: `names` is lazy.)
  if (lex.nameList && t.voice === 'passive' && /\p{Lu}/u.test(text.slice(lo, t.start)) && names().length) {
    const listed = namesBefore(text, lo, t.start, names(), lex.nameList);
    if (listed.length) {
      const start = listed[0]!.start;
      const npStart = Math.max(lo, start - 60);
      return [{ trigger: t, min: listed.length, max: listed.length, phrase: { start, end: t.end }, np: { start: npStart, end: t.start }, group: groupIn(text, npStart, t.start, lex), names: listed.map((n) => n.name) }];
    }
  }
  // 5. No count: a named group of people ('Armenian soldiers were killed') or a noun trigger ('suffered casualties').
  // Not 'their deaths marked an escalation' or 'has not suffered such losses since 1994' (a figure told before) nor 'no excuse for killing civilians' (no happening).
  const lead = text.slice(Math.max(lo, t.start - 12), t.start);
  if ((t.voice === 'noun' && /(?:^|\s)(?:their|his|her|these|those|such)\s+$/i.test(lead)) || (t.voice === 'active' && /(?:^|\s)(?:for|of|against|about)\s+$/i.test(lead))) return [];
  // (Not read for an active verb: its figure never comes from the people before it.)
  const person = t.voice !== 'active' ? personBefore(text, lo, t.start, lex) : null;
  if (person) {
    const npStart = Math.max(lo, person.start - 40);
    return [{ trigger: t, min: null, max: null, phrase: { start: person.start, end: t.end }, np: { start: npStart, end: person.end }, group: person.group }];
  }
  // 'suffered losses', 'понеся потери': a noun of unspecified casualties stands without a count in any language.
  // A heading of one word ('Жертвы', 'Casualties') states no figure.
  // A sentence's one or two words only (after another figure the words may be few: 'deaths and injuries').
  // (At most two words: no word between two runs of white space; `split` would copy every word.)
  const alone = earlier.length === 0 && !/\s\S+\s/.test(text.slice(lo, hi).trim());
  if (t.voice === 'noun' && !alone && (t.status === 'casualties' || /^(?:deaths|fatalities|injuries)$/i.test(text.slice(t.start, t.end)))) {
    const h = headAfter(text, t.end, hi, lex);
    return [{ trigger: t, min: null, max: null, phrase: { start: t.start, end: t.end }, np: null, group: h.kind === 'person' ? h.group : 'unspecified' }];
  }
  if (t.voice === 'active') {
    const h = headAfter(text, t.end, hi, lex);
    if (h.kind === 'person') return [{ trigger: t, min: null, max: null, phrase: { start: t.start, end: h.end }, np: { start: t.end, end: h.end }, group: h.group }];
    // 'destroyed the stronghold, equipment and manpower of an Armenian military unit': people ending the list of what was hit.
    // (The clause may run past `hi`, which stops 80 characters after the trigger: its owner comes last.)
    const clause = /^[^.;:!?\n]*/.exec(text.slice(t.end, t.end + 160))![0];
    for (const m of execAll(lex.listItem, clause)) {
      const group = personGroup(lowerWord(m[1]!), lex);
      if (!group || m.index > 100) continue;
      const end = t.end + m.index + m[0].length;
      return [{ trigger: t, min: null, max: null, phrase: { start: t.start, end }, np: { start: t.end, end: t.end + clause.length }, group }];
    }
  }
  // 'there are dead and wounded', 'the number of dead', 'есть погибшие и раненые': a status word used as a noun.
  if (lex.nounUse && t.voice === 'passive') {
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const previous = earlier.at(-1);
    const coordinated = previous !== undefined && previous.min === null && previous.np === null && previous.trigger.end <= t.start
      // (The length first: it is read without the pattern, which tries each of 41 lengths on a long gap.)
      && t.start - previous.trigger.end < 8 && lex.coordination.test(text.slice(previous.trigger.end, t.start));
    if (coordinated) return [{ trigger: t, min: null, max: null, phrase: { start: previous.phrase.start, end: t.end }, np: { start: previous.phrase.start, end: t.start }, group: 'unspecified' }];
    const opening = lex.nounUseAfter !== null && /^[\s"“«]*$/u.test(text.slice(lo, t.start)) && lex.nounUseAfter.test(text.slice(t.end, t.end + 80));
    if ((lex.nounUse.test(before) && !alone) || opening) return [{ trigger: t, min: null, max: null, phrase: { start: t.start, end: t.end }, np: null, group: 'unspecified' }];
  }
  return [];
}
