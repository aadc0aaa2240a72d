import type { CasualtyGroup, CasualtyStatus } from '../../model/annotation.js';

/**
 * English trigger vocabulary for casualty figures and attribution. Kept as data (patterns and word
 * lists) so that another language or register can supply its own table without touching the
 * extractors.
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
  /** What may stand between a verb of saying and a speaker named after it ('said Azerbaijan's ministry'). */
  readonly speakerAfterVerb: string;
  /** Nouns that make a demonym a speaker ('Armenian officials'), regex source matched after the demonym. */
  readonly speakerNouns: string;
  /** Nouns right before a demonym that make it a speaker where adjectives follow nouns ('الجانب الأرميني'), regex source matched before the demonym. */
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
  /** The word linking a noun trigger to its count ('the deaths of eight', 'la mort de trois'), regex source; English 'of|among' when absent. */
  readonly of?: string;
  /** Participles of suffering before a noun trigger ('suffering losses'), regex source; English when absent. */
  readonly suffering?: string;
  /** Words for 'a' / 'one' before a single person noun ('bir kadın', 'un soldat'), regex source; English 'a|an|one' when absent. */
  readonly singular?: string;
  /** Words right before an actor that make it the side of what follows ('on the side of'), regex source. */
  readonly sideBefore: string;
  /** Words right after an actor that make it a side ('side' in 'on the Armenian side'), regex source. */
  readonly sideAfter: string;
}

/** Wraps a regex source so that it matches whole words in any script (JavaScript's `\b` knows only ASCII). */
export function wholeWords(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

export const EN_VOCABULARY: CasualtyVocabulary = {
  triggers: [
    { status: 'killed', pattern: 'shot dead|shooting dead|lost (?:their|his|her) li(?:ves|fe)|gave (?:their|his|her) li(?:ves|fe)|killed|died|dead|perished|slain|martyred|fallen', voice: 'passive' },
    { status: 'killed', pattern: 'killing|kills|kill', voice: 'active' },
    { status: 'killed', pattern: 'were lost|was lost|has lost|have lost|had lost|lost', voice: 'passive' },
    { status: 'killed', pattern: 'death toll|deaths?|fatalities|fatality|bodies|body|corpses?', voice: 'noun' },
    { status: 'wounded', pattern: 'wounded|injured|hurt', voice: 'passive' },
    { status: 'wounded', pattern: 'wounding|injuring', voice: 'active' },
    { status: 'wounded', pattern: 'injuries|wounds', voice: 'noun' },
    { status: 'captured', pattern: 'captured|taken prisoner|taken captive|held captive|detained|released from captivity|released|freed', voice: 'passive' },
    { status: 'captured', pattern: 'releases|releasing|frees|freeing|handed over|hands over|handing over|repatriated', voice: 'active' },
    { status: 'captured', pattern: 'prisoners of war|prisoners|POWs|captives|hostages|detainees|release|exchange|repatriation|return', voice: 'noun' },
    { status: 'missing', pattern: 'missing', voice: 'passive' },
    { status: 'displaced', pattern: 'displaced|fled|evacuated|uprooted|forced to flee|forced from their homes', voice: 'passive' },
    { status: 'displaced', pattern: 'refugees|internally displaced persons|IDPs', voice: 'noun' },
    { status: 'casualties', pattern: 'casualties|causalities|casualites|losses|loss', voice: 'noun' },
  ],
  people: {
    soldier: 'soldiers', soldiers: 'soldiers', serviceman: 'soldiers', servicemen: 'soldiers', servicemembers: 'soldiers',
    troops: 'soldiers', troop: 'soldiers', officer: 'soldiers', officers: 'soldiers', conscript: 'soldiers', conscripts: 'soldiers',
    fighter: 'soldiers', fighters: 'soldiers', militants: 'soldiers', militant: 'soldiers', rebels: 'soldiers', separatists: 'soldiers',
    personnel: 'soldiers', military: 'soldiers', guards: 'soldiers', guard: 'soldiers', policemen: 'soldiers',
    policeman: 'soldiers', police: 'soldiers', peacekeepers: 'soldiers', peacekeeper: 'soldiers', sappers: 'soldiers', sapper: 'soldiers',
    crew: 'soldiers', crewmen: 'soldiers', pilots: 'soldiers', pilot: 'soldiers', commanders: 'soldiers', commander: 'soldiers', general: 'soldiers', generals: 'soldiers', colonel: 'soldiers', major: 'soldiers',
    captain: 'soldiers', lieutenant: 'soldiers', sergeant: 'soldiers', private: 'soldiers', contractors: 'soldiers', volunteers: 'soldiers',
    combatants: 'soldiers', snipers: 'soldiers', sniper: 'soldiers',
    civilian: 'civilians', civilians: 'civilians', resident: 'civilians', residents: 'civilians', villager: 'civilians', villagers: 'civilians',
    inhabitants: 'civilians', woman: 'civilians', women: 'civilians', child: 'civilians', children: 'civilians', girl: 'civilians',
    boy: 'civilians', girls: 'civilians', boys: 'civilians', teenager: 'civilians', teenagers: 'civilians', journalist: 'civilians',
    journalists: 'civilians', farmer: 'civilians', farmers: 'civilians', shepherd: 'civilians', shepherds: 'civilians', grandchild: 'civilians',
    elderly: 'civilians', pensioner: 'civilians', pensioners: 'civilians', 'non-combatants': 'civilians', workers: 'civilians',
    people: 'unspecified', persons: 'unspecified', person: 'unspecified', others: 'unspecified', men: 'unspecified', man: 'unspecified',
    individuals: 'unspecified', victims: 'unspecified', citizens: 'civilians', nationals: 'unspecified', prisoners: 'soldiers',
    detainees: 'unspecified', captives: 'unspecified', hostages: 'civilians', troopers: 'soldiers',
  },
  notPeople: [
    'cows', 'cow', 'sheep', 'cattle', 'animals', 'horses', 'dogs', 'livestock', 'tanks', 'tank', 'drones', 'drone', 'aircraft', 'helicopters',
    'helicopter', 'vehicles', 'vehicle', 'houses', 'homes', 'buildings', 'positions', 'villages', 'attempts', 'times', 'days', 'hours', 'years',
    'months', 'weeks', 'minutes', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'shells', 'rockets', 'missiles', 'mines',
    'guns', 'weapons', 'artillery', 'launchers', 'systems', 'points', 'percent', 'per', 'dollars', 'euros', 'manats', 'drams', 'rubles',
    'million', 'billion', 'cars', 'trucks', 'directions', 'sections', 'posts', 'shots', 'rounds', 'occasions', 'districts', 'regions',
    'countries', 'sides', 'towns', 'cities', 'settlements', 'pages', 'articles', 'ceasefire', 'violations', 'incidents', 'decades', 'centuries',
  ],
  none: [
    { status: 'casualties', pattern: "(?:no|without|not (?:suffered|sustained|had|incurred) any|zero) (?:losses|casualties|causalities|loss)" },
    { status: 'casualties', pattern: "(?:have|has|had|suffered|sustained|incurred) no (?:losses|casualties|causalities)" },
    { status: 'killed', pattern: "no (?:one|body|soldiers?|civilians?|people) (?:was|were|has been|have been|had been) killed|no (?:deaths|fatalities|dead)" },
    { status: 'wounded', pattern: "no (?:one|body|soldiers?|civilians?|people) (?:was|were|has been|have been|had been) (?:hurt|injured|wounded)|no (?:injuries|wounded)" },
  ],
  speech: "specified|with reference to|referring to|said|says|say|saying|reported|reports|report|reporting|stating|announcing|telling|adding|insisting|claimed|claims|claim|claiming|alleged|alleges|confirmed|confirms|confirm|confirming|denied|denies|announced|announces|stated|states|added|adds|told|tells|noted|informed|insisted|declared|tweeted|wrote|posted|accused|accuses|accusing|blamed|blames|admitted|admits|acknowledged|acknowledges|put|puts|according to|quoted|quotes|cited|cites|citing|revealed|disclosed|published|released(?=\\s+(?:a|an|its|the|their)\\s+(?:statement|report|video|figures|list|data|footage))|warned|described|asserted|maintained|countered|responded|replied|estimated|estimates",
  accordingTo: "according to|in (?:its|his|her|their) (?:version of events|statement|report)|citing|quoting|cited by|as reported by|with reference to|referring to",
  anaphora: "it|its|they|he|she|the (?:report|statement|ministry|spokesman|spokeswoman|spokesperson|statement|military|army|department|defen[cs]e ministry|ministry of defen[cs]e|official|officials|source|sources|government|press service|agency)",
  enemy: "enemy|enemy's|opponent|opposing side|other side|adversary",
  bothSides: "on both sides|from both sides|on each side|both sides|on either side|on the two sides|from both countries|on both the|in total|in all|combined",
  hypothetical: "could|would|might|may|threaten|threatens|threatened|risk|risks|feared|fear|fears|potential|potentially|likely|if|unless|will",
  attack: "attacked|shelled|fired (?:on|at|upon)|opened fire|struck|bombed|bombarded|targeted|ambushed|raided|shot at|used drones|invaded|assaulted|launched (?:an? )?(?:attack|assault|offensive|strike)",
  own: "our|we|us",
  possessive: "its|their",
  modifiers: ['separatist', 'separatists\'', 'pro-armenian', 'karabakh', 'azeri', 'regular', 'military', 'more', 'other', 'additional', 'further', 'of', 'its', 'their', 'our', 'his', 'her', 'the', 'these', 'those', 'ethnic', 'young', 'local', 'own', 'fellow', 'enemy', 'conscript', 'contract', 'armed', 'security', 'border', 'army', 'special', 'forces', 'side', "side's", 'defence', 'defense', 'frontline', 'front-line', 'senior', 'high-ranking', 'innocent', 'peaceful', 'unarmed', 'armenian-backed', 'all', 'both'],
  bare: ['were', 'was', 'are', 'is', 'have', 'has', 'had', 'and', 'in', 'on', 'at', 'during', 'as', 'from', 'while', 'after', 'including', 'of', 'them', 'whom', 'who', 'died', 'killed', 'dead', 'wounded', 'injured', 'hurt', 'missing', 'more', 'others', 'people', 'later', 'yesterday', 'today', 'overnight', 'being', 'been', 'got', 'received', 'so', 'far', 'total', 'all'],
  speakerAfterVerb: "^\\s*(?:the\\s+|a\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}$",
  onePerson: "another|a third|a fourth|a fifth|one more",
  conjunction: "and",
  sideBefore: "on the side of",
  sideAfter: "side",
  speakerNouns: "^(?:['’]s)?\\s+(?:Defen[cs]e|Foreign|Interior|Ministry|ministry|military|army|Army|officials?|government|authorities|side|spokes(?:man|woman|person)|President|president|Prime|leader|state|State|Armed|armed|border|Border|presidential)",
};
