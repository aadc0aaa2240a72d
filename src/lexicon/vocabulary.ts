import type { CasualtyGroup, CasualtyStatus } from '../model/annotation.js';

/**
 * The words of a language that casualty figures and attribution are read with. Kept as data in language
 * packs (`packs/languages/<code>.json`, `languages` of `pack.json`) so that another language or register
 * can supply its own table without touching the extractors; this type is what a pack's `casualties`
 * entry is validated against at load.
 */
export interface CasualtyVocabulary {
  /** Status triggers: each regex source matches one trigger phrase (case-insensitive, whole words). */
  readonly triggers: readonly { readonly status: CasualtyStatus; readonly pattern: string; readonly voice: 'passive' | 'active' | 'noun' }[];
  /** Nouns for people, with the group they belong to (singular and plural forms). */
  readonly people: Readonly<Record<string, CasualtyGroup>>;
  /** Words after a numeral that show the number does not count people. */
  readonly notPeople: readonly string[];
  /** Claims of none: regex sources with the status they deny. */
  readonly none: readonly { readonly status: CasualtyStatus; readonly pattern: string }[];
  /** Verbs of saying, regex source. */
  readonly speech: string;
  /** Phrases placing the claimant after them ('according to'), regex source. */
  readonly accordingTo: string;
  /** Pronouns and nouns that refer back to an earlier claimant ('it', 'the ministry'), regex source. */
  readonly anaphora: string;
  /** Words meaning "the other side" inside a side's statement. */
  readonly enemy: string;
  /** Phrases meaning the figure counts both sides. */
  readonly bothSides: string;
  /** Words that make the harm hypothetical or future. */
  readonly hypothetical: string;
  /** Attack verbs: an actor before them is the attacker, so unmarked victims are its opponent's. */
  readonly attack: string;
  /** First-person possessives inside quotes or statements ('our'). */
  readonly own: string;
  /** Third-person possessives that refer to the claimant or the subject ('its', 'their'). */
  readonly possessive: string;
  /** People nouns given by their stem (inflected languages): a word starting with the stem is one. */
  readonly peopleStems?: Readonly<Record<string, CasualtyGroup>>;
  /** Stems of words that show a number counts things. */
  readonly notPeopleStems?: readonly string[];
  /** Words between a numeral and its noun that only qualify it ('more', 'Armenian'), besides capitalised words. */
  readonly modifiers: readonly string[];
  /** A regex source matching inflected modifier words (adjective endings) to skip the same way. */
  readonly modifierPattern?: string;
  /** Words after a numeral that show it stands alone as the subject ('three were killed'). */
  readonly bare: readonly string[];
  /**
   * Words opening a relative clause between a person and the verb ('an employee who was in the car was
   * injured'), regex source: the clause is skipped when a single person is counted. Absent: none skipped.
   */
  readonly relative?: string;
  /**
   * Verbs that say what counted people were, for a breakdown ('Of the five people killed, three are
   * policemen and two are soldiers'), regex source. Absent: breakdowns are not read.
   */
  readonly copula?: string;
  /** What may stand between a verb of saying and a speaker named after it ('said Azerbaijan's ministry'). */
  readonly speakerAfterVerb: string;
  /** Nouns that make a demonym a speaker ('Armenian officials'), regex source matched after the demonym. */
  readonly speakerNouns: string;
  /**
   * Nouns right before an actor or a territory that make it a speaker ('الجانب الأرميني', 'les autorités du
   * Karabakh'), regex source matched against the text before it (ending in its white space).
   */
  readonly speakerNounsBefore?: string;
  /** The word for 'and' that joins coordinated figures ('three Armenian and two Azerbaijani soldiers'). */
  readonly conjunction?: string;
  /** Adjectives follow their noun ('سرباز ارمنی', 'soldier Armenian'): the word after the people noun belongs to it. */
  readonly wordAfterNoun?: boolean;
  /** Words after a trigger that count one more person ('wounded another', 'injuring a third'), regex source. */
  readonly onePerson?: string;
  /**
   * Verb-first languages ('hukkus ... vähemalt 13 tsiviilelanikku'): how many characters may stand
   * between a status verb and the count of its subject that follows it. Absent: only a qualifier may.
   */
  readonly countAfterVerb?: number;
  /** The opening of a sentence naming the speaker of the sentence before ('This was announced by', 'Lo ha reso noto'), regex source. */
  readonly announced?: string;
  /**
   * The opening of a sentence that tells the outcome of what the sentence before reported ('As a result of
   * this provocation,', 'Infolge dieses Verbrechens'): it goes on in that sentence's speaker's voice, regex source.
   */
  readonly consequence?: string;
  /** The word linking a noun trigger to its count ('the deaths of eight', 'la mort de trois'), regex source; English 'of|among' when absent. */
  readonly of?: string;
  /** Participles of suffering before a noun trigger ('suffering losses'), regex source; English when absent. */
  readonly suffering?: string;
  /** Words for 'a' / 'one' before a single person noun ('bir kadın', 'un soldat'), regex source; English 'a|an|one' when absent. */
  readonly singular?: string;
  /**
   * Personal names are capitalised and other nouns are not: a list of names before a status verb
   * ('sergeant Vugar Sadigov and corporal Elshad Mammadov died') counts the people it names.
   */
  readonly countNames?: boolean;
  /** What may stand between listed names without being one ('born in 1967', 'aged 41'), regex source matched against a whole item. */
  readonly nameApposition?: string;
  /**
   * Words right before a personal name that say it is one ('namens', 'mit dem Namen', 'по имени'), regex source:
   * for languages that capitalise other nouns too, victims named so before a status verb are counted
   * ('die Dorfbewohnerin namens Sahiba Guliyeva ... getötet worden' is one killed).
   */
  readonly nameBefore?: string;
  /** The same, right after the name ('Zehra Guliyeva isimli çocuk', Turkish), regex source. */
  readonly nameAfter?: string;
  /** Capitalised words that make a run of capitalised words a name of no person ('Visa Department', 'Defence Ministry'), regex source matched against a whole word. */
  readonly notNameWords?: string;
  /** Verbs of a toll reaching its count ('rose to', 'достигло'): a noun trigger's count may follow them at any distance in the clause, regex source. */
  readonly tollVerbs?: string;
  /** Words right before a status word that make it a noun with no count ('there are dead and wounded', 'есть погибшие'), regex source. */
  readonly nounUse?: string;
  /** Words right after a status word opening a sentence that make it a noun with no count ('Dead and wounded are reported'), regex source. */
  readonly nounUseAfter?: string;
  /**
   * After an actor, the word that makes it the agent of a passive status word right after it (and at most one
   * word before that one), for languages that put the agent first: Turkish 'tarafından', '-ince' ('Ermeni
   * güçlerince katledilen 613 kişi' are the other camp's people). Regex source.
   */
  readonly agentAfter?: string;
  /** The word introducing the agent of a passive verb ('by' in 'killed by Azerbaijani fire'), regex source. */
  readonly agentBefore?: string;
  /** Nouns of attacks ('attack', 'shelling'): 'killed in an Azeri attack' names the attacker, regex source. */
  readonly attackNouns?: string;
  /**
   * What stands between a noun of losses and the actor whose losses they are ('losses of the Azerbaijani army':
   * 'of the'; 'Verluste der'), regex source matched against the whole gap; may match nothing where the owner
   * follows bare ('потери азербайджанской армии').
   */
  readonly ownerAfter?: string;
  /**
   * A capitalised word that names people of a place (regex source matched against the whole word, case
   * sensitive): right after a count it is the people counted ('32 Armenians', '613 Azerbaycan’lının'). English
   * plurals ('-ans', '-nis', '-is', '-ns') when absent.
   */
  readonly demonymPerson?: string;
  /**
   * Nouns whose form tells how many people they name, for a language that counts one or two by the noun alone
   * (Arabic 'جندي' one soldier, 'جنديين' two soldiers): right after a status word with no count, the figure's
   * count. Lower-case word -> count.
   */
  readonly nounCounts?: Readonly<Record<string, number>>;
  /**
   * The status words that say their subject lost the people counted after them (regex source matched at the
   * end of a trigger): 'Azerbaijan had lost 2,783 soldiers', 'Азербайджан потерял 2783 военнослужащих' are
   * the subject's people. English 'lost' when absent.
   */
  readonly lost?: string;
  /**
   * Status words in a singular form, for a language with no article (regex source matched against a whole
   * trigger): next to a person noun in its clause, with no count, such a word counts one person ('погиб мирный
   * житель', 'военнослужащий ранен'). Predicates only: an attributive participle ('погибший генерал') names
   * someone already told of.
   */
  readonly singularStatus?: string;
  /**
   * The words opening a toll right before a status word and up to three words of its people ('the number of',
   * 'число'), regex source: 'The number of civilians killed ... has reached 91' counts the people by the toll's
   * verb (`tollVerbs`) and the count after it.
   */
  readonly numberOf?: string;
  /**
   * Words between a figure and a count that is the new total of the same people ('37 more deaths, bringing the
   * total to 710'), regex source matched against the whole gap after an optional comma.
   */
  readonly runningTotal?: string;
  /**
   * The words between a count and a status word that name the people counted among ('One of the wounded
   * soldiers later died', 'Один из раненых ... скончался'), regex source matched against the whole gap: the
   * status word is then a group the count is taken from, and the count is the next status word's.
   */
  readonly partitive?: string;
  /**
   * The words of a figure that count more people of those told just before ('two others', 'otros dos',
   * 'weitere drei'), regex source: such people are of the same side.
   */
  readonly others?: string;
  /**
   * A verb form that ends a reported clause before a verb of saying at the end of the sentence (Turkish
   * '-dığını', '-acağını'), regex source: the speaker is then the subject opening the sentence.
   */
  readonly reportedClause?: string;
  /** The end of a word in the genitive ('-nın', "'ın"), regex source: the actor before such a word is a possessor, not a subject. */
  readonly genitive?: string;
  /**
   * Words saying that the sentence's subject tells its own figures ('by its own count', 'according to its own
   * figures', 'nach eigenen Angaben', 'по собственным данным'), regex source: the subject is then the speaker.
   */
  readonly ownAccount?: string;
  /**
   * Words between a figure and one it includes ('losses, including 200 dead', 'в том числе', 'darunter'),
   * regex source.
   */
  readonly including?: string;
  /**
   * Words that add a figure to the ones told just before ('also', 'auch', 'также'), regex source: 'There are also
   * wounded servicemen' after a list of a side's dead is of that side and told by the same speaker.
   */
  readonly also?: string;
  /** Words right before an actor that make it the side of what follows ('on the side of'), regex source. */
  readonly sideBefore: string;
  /** Words right after an actor that make it a side ('side' in 'on the Armenian side'), regex source. */
  readonly sideAfter: string;
}

/** Wraps a regex source so that it matches whole words in any script (JavaScript's `\b` knows only ASCII). */
export function wholeWords(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

/**
 * A cue for an event type of `spec/taxonomy.md` (ACLED sub-event types plus Diplomacy, Political and
 * Analysis): a regex source matched case-insensitively on whole words; `weight` says how strongly one
 * match points to the type.
 */
export interface EventTypeCue {
  readonly label: string;
  readonly pattern: string;
  readonly weight: number;
}

/** What one pack says about one language: a (possibly partial) casualty vocabulary, event-type cues and number words. */
export interface PackLanguage {
  /** Absent when the pack gives no casualty words; partial when it extends a language an earlier pack declared. */
  readonly casualties: Partial<CasualtyVocabulary> | null;
  readonly eventTypes: readonly EventTypeCue[];
  /** Number words (lower case) and their values ('drei': 3); English number words are code (`numbers/cardinals.ts`). */
  readonly numbers: Readonly<Record<string, number>>;
}

/** How a field of {@link CasualtyVocabulary} is written in JSON. */
type FieldKind = 'pattern' | 'count' | 'flag' | 'words' | 'groups' | 'counts' | 'triggers' | 'none';
type KindOf<T> = T extends string
  ? 'pattern'
  : T extends number
    ? 'count'
    : T extends boolean
      ? 'flag'
      : T extends readonly string[]
        ? 'words'
        : T extends readonly { readonly voice: string }[]
          ? 'triggers'
          : T extends readonly { readonly pattern: string }[]
            ? 'none'
            : T extends Readonly<Record<string, CasualtyGroup>>
              ? 'groups'
              : T extends Readonly<Record<string, number>>
                ? 'counts'
                : never;
type IsRequired<K extends keyof CasualtyVocabulary> = {} extends Pick<CasualtyVocabulary, K> ? false : true;

/**
 * Every field of {@link CasualtyVocabulary}, how it is written and whether it is required. Typed against the
 * interface: adding a field there without adding it here (or with the wrong kind or optionality) does not compile.
 */
const FIELDS: { readonly [K in keyof CasualtyVocabulary]-?: { readonly kind: KindOf<NonNullable<CasualtyVocabulary[K]>>; readonly required: IsRequired<K> } } = {
  triggers: { kind: 'triggers', required: true },
  people: { kind: 'groups', required: true },
  notPeople: { kind: 'words', required: true },
  none: { kind: 'none', required: true },
  speech: { kind: 'pattern', required: true },
  accordingTo: { kind: 'pattern', required: true },
  anaphora: { kind: 'pattern', required: true },
  enemy: { kind: 'pattern', required: true },
  bothSides: { kind: 'pattern', required: true },
  hypothetical: { kind: 'pattern', required: true },
  attack: { kind: 'pattern', required: true },
  own: { kind: 'pattern', required: true },
  possessive: { kind: 'pattern', required: true },
  peopleStems: { kind: 'groups', required: false },
  notPeopleStems: { kind: 'words', required: false },
  modifiers: { kind: 'words', required: true },
  modifierPattern: { kind: 'pattern', required: false },
  bare: { kind: 'words', required: true },
  relative: { kind: 'pattern', required: false },
  copula: { kind: 'pattern', required: false },
  speakerAfterVerb: { kind: 'pattern', required: true },
  speakerNouns: { kind: 'pattern', required: true },
  speakerNounsBefore: { kind: 'pattern', required: false },
  conjunction: { kind: 'pattern', required: false },
  wordAfterNoun: { kind: 'flag', required: false },
  onePerson: { kind: 'pattern', required: false },
  countAfterVerb: { kind: 'count', required: false },
  announced: { kind: 'pattern', required: false },
  consequence: { kind: 'pattern', required: false },
  of: { kind: 'pattern', required: false },
  suffering: { kind: 'pattern', required: false },
  singular: { kind: 'pattern', required: false },
  countNames: { kind: 'flag', required: false },
  nounUse: { kind: 'pattern', required: false },
  nounUseAfter: { kind: 'pattern', required: false },
  tollVerbs: { kind: 'pattern', required: false },
  agentBefore: { kind: 'pattern', required: false },
  agentAfter: { kind: 'pattern', required: false },
  attackNouns: { kind: 'pattern', required: false },
  nameApposition: { kind: 'pattern', required: false },
  notNameWords: { kind: 'pattern', required: false },
  nameBefore: { kind: 'pattern', required: false },
  nameAfter: { kind: 'pattern', required: false },
  also: { kind: 'pattern', required: false },
  including: { kind: 'pattern', required: false },
  runningTotal: { kind: 'pattern', required: false },
  partitive: { kind: 'pattern', required: false },
  others: { kind: 'pattern', required: false },
  reportedClause: { kind: 'pattern', required: false },
  genitive: { kind: 'pattern', required: false },
  ownAccount: { kind: 'pattern', required: false },
  numberOf: { kind: 'pattern', required: false },
  singularStatus: { kind: 'pattern', required: false },
  demonymPerson: { kind: 'pattern', required: false },
  lost: { kind: 'pattern', required: false },
  nounCounts: { kind: 'counts', required: false },
  ownerAfter: { kind: 'pattern', required: false },
  sideBefore: { kind: 'pattern', required: true },
  sideAfter: { kind: 'pattern', required: true },
};
const FIELD_NAMES = Object.keys(FIELDS) as (keyof CasualtyVocabulary)[];
const STATUSES: readonly CasualtyStatus[] = ['killed', 'wounded', 'captured', 'missing', 'displaced', 'casualties'];
const GROUPS: readonly CasualtyGroup[] = ['soldiers', 'civilians', 'unspecified'];
const VOICES = ['passive', 'active', 'noun'] as const;
const LANGUAGE_KEYS = ['casualties', 'eventTypes', 'numbers'];

type Json = Record<string, unknown>;

/**
 * Validates what a pack says about `language` (the parsed content of its language file or inline entry).
 * `fail` throws the pack's error; the messages name the language and the field
 * (`language "sv": casualties.triggers[0].status must be one of killed, ...`).
 */
export function parseLanguage(raw: unknown, language: string, fail: (detail: string) => never): PackLanguage {
  const bad = (where: string, problem: string): never => fail(`language "${language}": ${where} ${problem}`);
  const object = (value: unknown, where: string): Json =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : bad(where, 'must be an object');
  const keysOf = (value: Json, where: string, allowed: readonly string[]): void => {
    const unknown = Object.keys(value).find((k) => !allowed.includes(k));
    if (unknown !== undefined) bad(where, `has an unknown field "${unknown}" (allowed: ${allowed.join(', ')})`);
  };
  const pattern = (value: unknown, where: string): string => {
    if (typeof value !== 'string' || value === '') return bad(where, 'must be a non-empty string (a regular expression source)');
    try {
      new RegExp(value, 'iu');
    } catch (error) {
      bad(where, `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
    }
    return value;
  };
  const word = (value: unknown, where: string): string => (typeof value === 'string' && value.trim() !== '' ? value : bad(where, 'must be a non-empty string'));
  const array = (value: unknown, where: string): unknown[] => (Array.isArray(value) ? value : bad(where, 'must be an array'));
  const oneOf = <V extends string>(value: unknown, where: string, allowed: readonly V[]): V =>
    allowed.includes(value as V) ? (value as V) : bad(where, `must be one of ${allowed.join(', ')}`);

  const field = (kind: FieldKind, value: unknown, where: string): unknown => {
    switch (kind) {
      case 'pattern':
        return pattern(value, where);
      case 'count':
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : bad(where, 'must be a whole number from 0');
      case 'flag':
        return typeof value === 'boolean' ? value : bad(where, 'must be true or false');
      case 'words':
        return array(value, where).map((w, i) => word(w, `${where}[${i}]`));
      case 'groups':
        return Object.fromEntries(Object.entries(object(value, where)).map(([k, g]) => [k, oneOf(g, `${where}.${k}`, GROUPS)]));
      case 'counts':
        return Object.fromEntries(Object.entries(object(value, where)).map(([k, n]) => [k, typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : bad(`${where}.${k}`, 'must be a whole number from 0')]));
      case 'triggers':
        return array(value, where).map((t, i) => {
          const at = `${where}[${i}]`;
          const o = object(t, at);
          keysOf(o, at, ['status', 'pattern', 'voice']);
          return { status: oneOf(o.status, `${at}.status`, STATUSES), pattern: pattern(o.pattern, `${at}.pattern`), voice: oneOf(o.voice, `${at}.voice`, VOICES) };
        });
      case 'none':
        return array(value, where).map((t, i) => {
          const at = `${where}[${i}]`;
          const o = object(t, at);
          keysOf(o, at, ['status', 'pattern']);
          return { status: oneOf(o.status, `${at}.status`, STATUSES), pattern: pattern(o.pattern, `${at}.pattern`) };
        });
    }
  };

  const entry = object(raw, 'the entry');
  keysOf(entry, 'the entry', LANGUAGE_KEYS);
  let casualties: Partial<CasualtyVocabulary> | null = null;
  if (entry.casualties !== undefined) {
    const c = object(entry.casualties, 'casualties');
    keysOf(c, 'casualties', FIELD_NAMES);
    casualties = Object.fromEntries(FIELD_NAMES.filter((k) => c[k] !== undefined).map((k) => [k, field(FIELDS[k].kind, c[k], `casualties.${k}`)])) as Partial<CasualtyVocabulary>;
  }
  const eventTypes = entry.eventTypes === undefined ? [] : array(entry.eventTypes, 'eventTypes').map((v, i): EventTypeCue => {
    const at = `eventTypes[${i}]`;
    const o = object(v, at);
    keysOf(o, at, ['label', 'pattern', 'weight']);
    const weight = typeof o.weight === 'number' && Number.isFinite(o.weight) && o.weight > 0 ? o.weight : bad(`${at}.weight`, 'must be a number above 0');
    return { label: word(o.label, `${at}.label`), pattern: pattern(o.pattern, `${at}.pattern`), weight };
  });
  const numbers = entry.numbers === undefined ? {} : Object.fromEntries(Object.entries(object(entry.numbers, 'numbers')).map(([w, v]) => {
    if (w.trim() === '' || w !== w.toLowerCase()) bad(`numbers."${w}"`, 'must be a word written in lower case');
    return [w, typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : bad(`numbers.${w}`, 'must be a whole number from 0')];
  }));
  return { casualties, eventTypes, numbers };
}

/** The required fields of a casualty vocabulary that `vocabulary` lacks. */
export function missingFields(vocabulary: Partial<CasualtyVocabulary>): string[] {
  return FIELD_NAMES.filter((k) => FIELDS[k].required && vocabulary[k] === undefined);
}

/**
 * A vocabulary extended by a later pack's entry for the same language: lists are appended, word maps merged
 * (the later pack's group wins for a word both give), patterns joined as alternatives (`a|b`), numbers and
 * flags replaced.
 */
export function extendVocabulary(base: CasualtyVocabulary, more: Partial<CasualtyVocabulary>): CasualtyVocabulary {
  const out: Record<string, unknown> = { ...base };
  for (const k of FIELD_NAMES) {
    const value = more[k];
    const known = base[k];
    if (value === undefined) continue;
    if (known === undefined) {
      out[k] = value;
      continue;
    }
    switch (FIELDS[k].kind) {
      case 'pattern':
        out[k] = `${known as string}|${value as string}`;
        break;
      case 'words':
      case 'triggers':
      case 'none':
        out[k] = [...(known as readonly unknown[]), ...(value as readonly unknown[])];
        break;
      case 'groups':
      case 'counts':
        out[k] = { ...(known as object), ...(value as object) };
        break;
      default:
        out[k] = value;
    }
  }
  return out as unknown as CasualtyVocabulary;
}
