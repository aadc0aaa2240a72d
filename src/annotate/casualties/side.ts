import type { ActorAnnotation, ActorCode, Claimant, PlaceAnnotation, Side } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Lexicon } from '../../lexicon/types.js';
import type { Figure } from './figures.js';
import type { WordPattern } from '../../lexicon/word-pattern.js';
import { execAll } from '../../lexicon/exec-all.js';
import { lastWhere } from './last-where.js';
import { perLexicon } from '../../lexicon/per-language.js';
import { isAsciiLetter, isSpaceCode } from '../../lexicon/chars.js';

/** Compiled patterns the side rules use. */
export interface SidePatterns {
  /** An actor preceded by these words ('со стороны') names a side. */
  readonly sideBefore: RegExp;
  /** A participle of suffering right before a noun trigger ('suffering losses', 'понеся потери'): its subject may stand far back. */
  readonly suffering: RegExp;
  /** An actor followed by these words ('side') names a side. */
  readonly sideAfter: RegExp;
  readonly bothSides: WordPattern;
  /** Whole words (`wholeWords(...)`, `iu`), matched faster. */
  readonly enemy: WordPattern;
  readonly own: WordPattern;
  readonly possessive: WordPattern;
  readonly attack: WordPattern;
  /** After a passive status verb, the words up to its agent ('killed in shelling conducted by'), or null. */
  readonly agentBefore: RegExp | null;
  /** After an actor, the words up to a passive status word that make the actor its agent ('güçlerince'), or null. */
  readonly agentAfter: RegExp | null;
  /** A status word that says its subject lost the people counted after it ('had lost', 'потерял'), at the end. */
  readonly lost: RegExp;
  /** Before an actor, the agent's word and up to two more ('von einem', 'by'), at the end, or null. */
  readonly agentLead: RegExp | null;
  /** After an actor following 'in', the attack it made ('in an Azeri attack', 'in Azerbaijani shelling'), or null. */
  readonly attackNoun: RegExp | null;
  /** All that stands between a noun of losses and the actor owning them ('losses of the', 'Verluste der'), or null. */
  readonly ownerAfter: RegExp | null;
}

/** What the side rules read about one sentence. */
export interface SideContext {
  readonly text: string;
  readonly sentence: Span;
  readonly actors: readonly ActorAnnotation[];
  readonly places: readonly PlaceAnnotation[];
  readonly claimant: Claimant | null;
  readonly lexicon: Lexicon;
  readonly patterns: SidePatterns;
  /** True when the sentence is (inside) a quotation of the claimant. */
  readonly quoted?: boolean;
  /** The belligerent whose own press published the report (its web domain), or null. */
  readonly home?: ActorCode | null;
}

/** The opposing camp's first actor, from the lexicon's `sides`; null when the actor is in no camp. */
export function opponentOf(code: ActorCode, lexicon: Lexicon): ActorCode | null {
  const camps = lexicon.sides ?? [];
  const own = campOf(code, lexicon);
  if (own < 0) return null;
  const other = camps.find((_, i) => i !== own);
  return other?.[0] ?? null;
}

/** The index of the camp an actor belongs to, or -1. */
export function campOf(code: ActorCode, lexicon: Lexicon): number {
  // (A loop, not `findIndex`: the side rules ask it of nearly every actor they read.)
  const camps = lexicon.sides ?? [];
  for (let i = 0; i < camps.length; i++) if (camps[i]!.includes(code)) return i;
  return -1;
}

/**
 * How many camps of the lexicon's `sides` the actors name (not as a person): the size of the set of
 * `campOf` of the belligerents among them, counted without building the arrays and the set.
 */
export function campsNamed(actors: readonly ActorAnnotation[], lexicon: Lexicon): number {
  const named: number[] = [];
  for (const a of actors) {
    if (a.aliasKind === 'person') continue;
    // (A belligerent is an actor of some camp: `isBelligerent` is `campOf(..) >= 0`.)
    const camp = campOf(a.code, lexicon);
    if (camp >= 0 && !named.includes(camp)) named.push(camp);
  }
  return named.length;
}

/** True when the actor is one of the conflict's belligerents. */
export function isBelligerent(code: ActorCode, lexicon: Lexicon): boolean {
  return campOf(code, lexicon) >= 0;
}

const AND_SUFFERED = /\b(?:and|but)\s+(?:(?:had|has|have|suffered|sustained|took|incurred|reported)\s+(?:no\s+|heavy\s+|some\s+)?)?$/i;
/** A pronoun subject right before a verb, English ('they had', 'it has also'). */
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:they|it)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?$/iu;
const LEFT_BEHIND = /(?<![\p{L}])(?:leaving|left behind|abandoning|abandoned)(?:\s+(?:behind|up\s+to|about|some|an?|the))?\s+[^.;]{0,20}$/iu;
const KILL_ACTIVE = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot dead|captured|destroyed|eliminated|neutralized|neutralised)\b/i;

/**
 * True when a place lies in a territory an actor holds apart from the country ('Martuni' in Nagorno-Karabakh):
 * its country does not tell whose people were hurt there.
 */
export function inTerritory(placeId: string, lexicon: Lexicon): boolean {
  // (Remembered for the lexicon: the walk up a place's parents asks the gazetteer at each step, and a conflict's
  // reports name the same places again and again.)
  const known = territoryOfPlace(lexicon);
  let found = known.get(placeId);
  if (found !== undefined) return found;
  found = false;
  let p = lexicon.place(placeId);
  for (let steps = 0; p !== undefined && steps < 8; steps++) {
    if (lexicon.actorOfTerritory(p.name) !== null) {
      found = true;
      break;
    }
    p = p.parent === null ? undefined : lexicon.place(p.parent);
  }
  if (known.size < MAX_REMEMBERED_PLACES) known.set(placeId, found);
  return found;
}

/** {@link inTerritory} of the places a lexicon was asked about. */
const territoryOfPlace = perLexicon((): Map<string, boolean> => new Map());
/** How many places a lexicon remembers {@link inTerritory} of (the bound only keeps memory in check). */
const MAX_REMEMBERED_PLACES = 10_000;

/** Whose people a figure counts, by the rules in ARCHITECTURE.md (explicit words first, then roles). */
export function sideOf(fig: Figure, c: SideContext): Side {
  const { text, sentence, patterns } = c;
  // From 40 characters before the figure's words to 40 after them ('killing five soldiers on both sides', 'Число жертв конфликта двух стран достигло 25').
  // (`testIn`: as testing the slice, the ASCII check read from the whole text.)
  const aroundStart = Math.max(sentence.start, Math.min(fig.np?.start ?? fig.trigger.start, fig.trigger.start) - 40);
  const aroundEnd = Math.min(sentence.end, Math.max(fig.np?.end ?? fig.trigger.end, fig.trigger.end) + 40);
  // (The cheap condition first: the same result, the test has no side effects.)
  if (!fig.trigger.none && patterns.bothSides.testIn(text, aroundStart, aroundEnd)) return 'multiple';
  const claimantCode = c.claimant?.code ?? null;
  // How many camps the sentence names: read only by the last rules, which most figures do not reach.
  let camps: number | undefined;
  const campCount = (): number => (camps ??= campsNamed(c.actors, c.lexicon));
  if (fig.np) {
    // The codes of the actors inside, told apart as `[...new Set(codes)]` would (one, several or none) without the arrays and the set.
    let code: ActorCode | null = null;
    let several = false;
    for (const a of c.actors) {
      if (a.start < fig.np.start - 1 || a.end > fig.np.end + 1 || a.aliasKind === 'person') continue;
      if (code === null) code = a.code;
      else if (a.code !== code) several = true;
    }
    if (several) return 'multiple';
    if (code !== null) return code;
    // (The claimant first, here and below: the same result, the tests have no side effects, and many figures have none.)
    if (claimantCode && patterns.enemy.testIn(text, fig.np.start, fig.np.end)) return opponentOf(claimantCode, c.lexicon) ?? 'unknown';
    if (claimantCode && patterns.own.testIn(text, fig.np.start, fig.np.end)) return claimantCode;
    if (patterns.possessive.testIn(text, fig.np.start, fig.np.end)) {
      // 'The enemy's equipment was destroyed, and hundreds of its servicemen were killed': its = the enemy's.
      const enemyAt = claimantCode ? lastMatch(patterns.enemy, text.slice(sentence.start, fig.np.start)) : -1;
      if (enemyAt >= 0 && !c.actors.some((a) => a.start > sentence.start + enemyAt && a.end <= fig.np!.start)) return opponentOf(claimantCode!, c.lexicon) ?? 'unknown';
      return claimantCode ?? subjectBefore(fig.np.start, c) ?? 'unknown';
    }
  }
  // 'on the Armenian side', 'со стороны Азербайджана': a side named just before the figure's clause.
  const marked = sideMarkedBefore(fig.np?.start ?? fig.trigger.start, c) ?? sideMarkedAfter(Math.max(fig.np?.end ?? 0, fig.trigger.end), c);
  if (marked) return marked;
  // 'losses of the Armenian side', 'losses from Armenia': the actor the noun trigger names.
  if (fig.trigger.voice === 'noun') {
    const owner = ownerAfter(fig.trigger.end, c);
    if (owner) return owner;
  }
  // 'Three civilians were killed in shelling conducted by Azeri forces', 'killed in an Azeri attack': the attacker's opponent.
  if (fig.trigger.voice === 'passive') {
    const agent = agentAfter(fig.trigger.end, c) ?? agentBeforeVerb(fig.trigger.start, c);
    // The victims are the claimant's own when it is of the other camp ('Officials in Karabakh said two soldiers died in an Azerbaijani attack').
    if (agent && claimantCode && isBelligerent(claimantCode, c.lexicon) && campOf(claimantCode, c.lexicon) !== campOf(agent, c.lexicon)) return claimantCode;
    if (agent) return opponentOf(agent, c.lexicon) ?? 'unknown';
  }
  // A war's toll in thousands, with nobody's people named, is counted across the sides ('Karabakh had lost 2
  // thousand people' names whose they are: see 'lost' below).
  if (!claimantCode && (fig.min ?? fig.max ?? 0) >= 1000 && fig.group !== 'soldiers' && !(fig.np && c.actors.some((a) => a.start >= fig.np!.start && a.end <= fig.np!.end))
    && !(fig.np && fig.np.start >= fig.trigger.end && patterns.lost.test(text.slice(fig.trigger.start, fig.trigger.end)) && subjectBefore(fig.trigger.start, c, 40))) return 'multiple';
  // 'Five killed in a shootout between X and Y': a total across the sides, when nobody claims it.
  // So is one in a sentence where the two camps accuse 'each other' ('Yerevan and Baku accused each other of starting
  // fighting that left six soldiers dead').
  // (The count first, then the pattern: the same result, the test has no side effects.)
  if (fig.min !== 0 && campCount() >= 2 && /\b(?:between|each other|one another)\b/i.test(text.slice(sentence.start, sentence.end))) return 'multiple';
  const leadStart = Math.max(sentence.start, fig.trigger.start - 60);
  const lead = text.slice(leadStart, fig.trigger.start);
  // 'its own units had no losses', 'we have no losses': the claimant's own people.
  if (fig.trigger.none && claimantCode && (/\b(?:its|their|our)\s+own\b|\b(?:we|our|us)\b|\b(?:it|they)\s+(?:had|has|have|suffered|sustained|took)\b/i.test(lead) || patterns.own.testIn(text, leadStart, fig.trigger.end))) return claimantCode;
  // '... and ensuring not to have suffered any loss on their side': the speaker's side.
  if (fig.trigger.none && claimantCode && !c.quoted && /^\s+on\s+(?:their|its|our)\s+(?:own\s+)?side\b/i.test(text.slice(fig.trigger.end, fig.trigger.end + 25))) return claimantCode;
  if (fig.trigger.voice === 'noun' || fig.trigger.none) {
    if (claimantCode && patterns.enemy.testOf(lead + text.slice(fig.trigger.end, fig.trigger.end + 30), text)) return opponentOf(claimantCode, c.lexicon) ?? 'unknown';
    // 'X killed several Y and suffered no casualties': the subject of the first verb.
    // '... and took no losses themselves': the speaker's own.
    if (claimantCode && /^\s*(?:themselves|itself|ourselves)\b/i.test(text.slice(fig.trigger.end, fig.trigger.end + 15))) return claimantCode;
    const coordinated = AND_SUFFERED.test(lead) ? clauseSubject(fig.trigger.start, c) : null;
    if (coordinated) return coordinated;
    // 'the Armenian forces retreated as a result of the fighting, suffering losses': a participle reaches further back.
    const subject = subjectBefore(fig.trigger.start, c, patterns.suffering.test(lead) ? 250 : 70);
    if (subject) return subject;
    if (claimantCode && (/\b(?:we|our|us)\b/i.test(lead) || patterns.own.testIn(text, leadStart, fig.trigger.start))) return claimantCode;
    // Inside a side's quoted statement 'they' are the others ('"They have 14 dead," the official said').
    if (c.quoted && claimantCode && /\b(?:they|their|them)\b/i.test(lead)) return opponentOf(claimantCode, c.lexicon) ?? claimantCode;
    // (Not an organisation that only tells of them: 'the Red Cross said it had facilitated the transfer of 17 bodies'.)
    if (claimantCode && /\b(?:it|its|they|their)\b/i.test(lead) && isBelligerent(claimantCode, c.lexicon)) return claimantCode;
  }
  // 'the enemy retreated, leaving a killed soldier': what the enemy leaves behind is its own.
  if (claimantCode && LEFT_BEHIND.test(lead) && patterns.enemy.test(lead.replace(LEFT_BEHIND, ''))) return opponentOf(claimantCode, c.lexicon) ?? 'unknown';
  // 'Ermeni güçleri 3 kişiyi öldürdü': where the people killed stand before an active verb, the belligerent
  // right before them (at most two words between) is the killer.
  if (fig.np && fig.np.end <= fig.trigger.start && fig.trigger.voice === 'active' && !fig.trigger.none) {
    const killer = lastWhere(c.actors, (a) => a.end <= fig.np!.start && fig.np!.start - a.end <= 30 && a.aliasKind !== 'person' && isBelligerent(a.code, c.lexicon));
    if (killer && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(killer.end, fig.np.start))) return opponentOf(killer.code, c.lexicon) ?? 'unknown';
  }
  // 'shooting down a Russian military helicopter, killing two crew members': the people of what was hit.
  if (fig.trigger.voice === 'active') {
    const target = targetBefore(fig.trigger.start, c);
    if (target) return target;
  }
  // 'the Azeris had lost 14 troops': whoever lost them.
  if (fig.np && fig.np.start >= fig.trigger.end && patterns.lost.test(text.slice(fig.trigger.start, fig.trigger.end))) {
    // '... that Azerbaijani groups had tried to break into Armenia and that they had lost 14 troops': a pronoun
    // is the subject of the clause it continues, not the place or people named last.
    const loser = PRONOUN_SUBJECT.test(text.slice(Math.max(sentence.start, fig.trigger.start - 30), fig.trigger.start))
      ? (antecedentOfAndThat(fig.trigger.start, c) ?? clauseSubject(fig.trigger.start, c)) : subjectBefore(fig.trigger.start, c, 40);
    if (loser) return loser;
  }
  // 'Armenien hat 15 Soldaten verloren': a verb closing its clause (German) has the people before it, and whoever
  // lost them before those. (The verb alone: 'were lost' has no subject that lost anyone.)
  if (fig.np && fig.np.end <= fig.trigger.start && !/\s/.test(text.slice(fig.trigger.start, fig.trigger.end)) && patterns.lost.test(text.slice(fig.trigger.start, fig.trigger.end))) {
    const loser = subjectBefore(fig.np.start, c, 40);
    if (loser) return loser;
  }
  // 'Azerbaijani forces killed 200 soldiers': the people a belligerent kills, named after the verb, are the other camp's.
  if (fig.np && fig.np.start >= fig.trigger.end && !fig.trigger.none && !patterns.lost.test(text.slice(fig.trigger.start, fig.trigger.end))) {
    const killer = subjectOfVerb(fig.trigger.start, c);
    if (killer) return opponentOf(killer, c.lexicon) ?? 'unknown';
  }
  const attacker = attackerBefore(fig.trigger.start, c)
    ?? (fig.trigger.voice !== 'active' ? attackerInClauseAfter(fig.trigger.end, c) ?? attackerByNounBefore(Math.min(fig.np?.start ?? fig.trigger.start, fig.trigger.start), c) : null);
  if (attacker) {
    // As for an agent: the victims are the claimant's own when it is of the other camp ('Karabakh's ombudsman says 200 were wounded since Azerbaijan began its operation').
    if (claimantCode && isBelligerent(claimantCode, c.lexicon) && campOf(claimantCode, c.lexicon) !== campOf(attacker, c.lexicon)) return claimantCode;
    return opponentOf(attacker, c.lexicon) ?? 'unknown';
  }
  if (c.quoted && claimantCode && /\b(?:they|their)\s+(?:have|had|has|suffered|lost|sustained)\b/i.test(lead)) return opponentOf(claimantCode, c.lexicon) ?? claimantCode;
  // 'both sides accusing each other of launching attacks that have killed more than 14 soldiers this year',
  // '270 military personnel lost their lives in the worst-ever breach of a treaty between the sides': people of
  // no side told in a clause about both sides are counted across them, whoever tells it.
  if (!fig.trigger.none) {
    // The clause before the trigger starts after the last ';' or ':' of the sentence before it (`.split(/[;:]/).at(-1)`);
    // the one after it ends at the first of ';:.!?' (`/^[^;:.!?]*/`). Read by their characters: no slices, no pattern.
    let from = fig.trigger.start;
    while (from > sentence.start && !isClauseBreak(text.charCodeAt(from - 1), false)) from--;
    let to = fig.trigger.end;
    while (to < sentence.end && !isClauseBreak(text.charCodeAt(to), true)) to++;
    if (patterns.bothSides.testIn(text, from, fig.trigger.start) || patterns.bothSides.testIn(text, fig.trigger.end, to)) return 'multiple';
  }
  if (claimantCode && isBelligerent(claimantCode, c.lexicon)) {
    const killerIsClaimant = KILL_ACTIVE.test(text.slice(fig.trigger.start, fig.trigger.end)) && fig.np && fig.np.start > fig.trigger.start
      && /\b(?:we|it|our forces|our units)\b/i.test(lead);
    return killerIsClaimant ? opponentOf(claimantCode, c.lexicon) ?? 'unknown' : claimantCode;
  }
  // People hurt in a place of one side's country, or in a sentence naming only one camp, are that side's.
  if (fig.group !== 'soldiers') {
    // ('killed in Tartar': also a place right after the status word, in its clause.)
    const place = c.places.find((p) => (p.start < fig.trigger.start || (p.start - fig.trigger.end <= 40 && !/[,;:.!?]/.test(text.slice(fig.trigger.end, p.start))))
      && p.country && p.placeType !== 'country' && p.placeType !== 'region' && c.lexicon.actorForCountry(p.country) && !inTerritory(p.placeId, c.lexicon));
    if (place) return c.lexicon.actorForCountry(place.country!) ?? 'unknown';
  }
  if (campCount() === 1) {
    const only = c.actors.find((a) => a.aliasKind !== 'person' && isBelligerent(a.code, c.lexicon));
    if (only) return only.code;
  }
  // 'the list of 9 servicemen killed last night' in a country's own press, with no side named: its own.
  if (c.home && !claimantCode && campCount() === 0 && fig.group === 'soldiers') return c.home;
  return 'unknown';
}

/**
 * A belligerent marked as a side right after a figure, words only between ('three soldiers were killed on the
 * Armenian side and two on the Azerbaijani side'); not the agent of a passive verb ('wounded by the Armenian side').
 */
function sideMarkedAfter(at: number, c: SideContext): ActorCode | null {
  const a = c.actors.find((x) => x.start >= at);
  if (!a || a.start - at > 24 || a.end > c.sentence.end || !isBelligerent(a.code, c.lexicon)) return null;
  const gap = c.text.slice(at, a.start);
  // At most two words between ('on the', 'с'), none of an attack: more may name an attack ('в результате обстрела
  // азербайджанской стороны', 'при обстреле азербайджанской стороны').
  if (/[^\p{L}\s]/u.test(gap) || wordsIn(gap) > 2 || c.patterns.agentBefore?.test(gap) || c.patterns.attack.testIn(c.text, at, a.start)) return null;
  // Only the word for 'side' after the actor marks it here: a preposition before it may name a border ('на границе с').
  // (The actor's alias may hold the word itself: 'Armenian side'.)
  const lastWord = a.start + c.text.slice(a.start, a.end).search(/\s\S*$/u);
  return c.patterns.sideAfter.test(c.text.slice(a.end, Math.min(c.sentence.end, a.end + 16)))
    || (lastWord > a.start && c.patterns.sideAfter.test(c.text.slice(lastWord, a.end + 1))) ? a.code : null;
}

/** ';' or ':' (and, with `sentenceEnd`, '.', '!' or '?'): where a clause ends, for `sideOf`. */
function isClauseBreak(c: number, sentenceEnd: boolean): boolean {
  return c === 59 || c === 58 || (sentenceEnd && (c === 46 || c === 33 || c === 63));
}

/**
 * How many words a text of letters and white space holds: `text.trim().split(/\s+/u).length` for such a
 * text (one for none), without the array and its strings.
 */
export function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(words, 1);
}

/**
 * False when `text[from, to)` cannot end with one of `words` (lower-case ASCII letters) and white space after
 * it, the word standing after a character that is no letter or at `from`: the last run of ASCII letters
 * before the white space is not one of them. With `ignoreCase`, as a pattern with the flags `iu` reads them.
 * Read back from `to` by the characters' codes; before a character outside ASCII the caller's pattern decides
 * (a letter there may match by its case folding: 'ſ' as 's'). For the patterns that end so, which are tried
 * at every position of the text before a trigger or an actor.
 */
export function mayEndWithWord(text: string, from: number, to: number, words: readonly string[], ignoreCase: boolean): boolean {
  let i = to;
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === to) return false;
  const end = i;
  while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (i > from && text.charCodeAt(i - 1) >= 128) return true;
  // (The letters compared by their codes, lower case with `ignoreCase`, without a string made of them.)
  for (const word of words) {
    if (word.length !== end - i) continue;
    let k = 0;
    while (k < word.length && (ignoreCase ? text.charCodeAt(i + k) | 32 : text.charCodeAt(i + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** A belligerent marked as a side ('on the Armenian side') at most 50 characters before `at`, in the same clause. */
function sideMarkedBefore(at: number, c: SideContext): ActorCode | null {
  for (let i = c.actors.length - 1; i >= 0; i--) {
    const a = c.actors[i]!;
    if (a.end > at || at - a.end > 50 || !isBelligerent(a.code, c.lexicon)) continue;
    if (/[;:.]/.test(c.text.slice(a.end, at))) return null;
    const before = c.text.slice(Math.max(c.sentence.start, a.start - 16), a.start);
    const after = c.text.slice(a.end, Math.min(c.sentence.end, a.end + 16));
    if (c.patterns.sideBefore.test(before) || c.patterns.sideAfter.test(after)) {
      // 'В результате обстрела со стороны Азербайджана погиб мирный житель': the side an attack came from
      // is the attacker; the people hurt are of the other camp.
      return c.patterns.attack.testIn(c.text, Math.max(c.sentence.start, a.start - 30), a.start) ? opponentOf(a.code, c.lexicon) : a.code;
    }
  }
  return null;
}

/** The nearest belligerent named (not as a person) before `at` in the sentence, within `max` chars. */
function subjectBefore(at: number, c: SideContext, max = 120): ActorCode | null {
  for (let i = c.actors.length - 1; i >= 0; i--) {
    const a = c.actors[i]!;
    if (a.end > at || at - a.end > max) continue;
    if (a.aliasKind === 'person' || !isBelligerent(a.code, c.lexicon)) continue;
    if (/[;:]/.test(c.text.slice(a.end, at))) return null;
    return a.code;
  }
  return null;
}

/**
 * 'Azerbaijani servicemen fired on a car with Karabakh police. ... Three people were killed': the side
 * of people a sentence names no belligerent for, when the sentence before tells who attacked.
 */
export function sideFromAttackBefore(previous: Span, c: SideContext): ActorCode | null {
  const attacker = attackerBefore(previous.end, { ...c, sentence: previous });
  return attacker ? opponentOf(attacker, c.lexicon) : null;
}

/** A belligerent right before a verb at `verbAt` with only the words naming it between ('Azerbaijani forces (have) killed'). */
function subjectOfVerb(verbAt: number, c: SideContext): ActorCode | null {
  const subject = lastWhere(c.actors, (a) => a.end <= verbAt && verbAt - a.end < 40 && isBelligerent(a.code, c.lexicon) && !/\b(?:on|against|at|into|of|by|from|with)\s*$/i.test(c.text.slice(Math.max(0, a.start - 12), a.start)));
  return subject && (SUBJECT_WORDS.test(c.text.slice(subject.end, verbAt)) || attackNounUpTo(subject.end, verbAt, c)) ? subject.code : null;
}

/** True when the words from `from` to `to` are an attack the actor before them made ('Armenian shelling', 'drone strikes'). */
function attackNounUpTo(from: number, to: number, c: SideContext): boolean {
  const between = c.text.slice(from, to);
  const m = c.patterns.attackNoun?.exec(between);
  return m !== null && m !== undefined && /^\s*$/.test(between.slice(m[0].length));
}

/**
 * The belligerent whose attack, named by a noun of the pack's `attackNouns` at most three words after it,
 * stands before `at` in the clause: 'Ermənistan silahlı qüvvələrinin atəşi nəticəsində ... yaralanıb',
 * 'Ադրբեջանական կողմի կրակոցից վիրավորվել է'; or null.
 */
function attackerByNounBefore(at: number, c: SideContext): ActorCode | null {
  if (!c.patterns.attackNoun) return null;
  for (let i = c.actors.length - 1; i >= 0; i--) {
    const a = c.actors[i]!;
    if (a.end > at || a.start < c.sentence.start) continue;
    if (at - a.end > 80) break;
    if (a.aliasKind === 'person' || !isBelligerent(a.code, c.lexicon)) continue;
    const m = c.patterns.attackNoun.exec(c.text.slice(a.end, at));
    if (m && !/[,;:]/.test(m[0])) return a.code;
  }
  return null;
}

/** What may stand between a belligerent and its verb: the words naming it ('forces', 'Defence Ministry') and auxiliaries. */
const SUBJECT_WORDS = /^(?:['’]s)?(?:\s+(?:armed|military|army|forces|troops|units|soldiers|servicemen|fighters|side|artillery|Defen[cs]e|Army|Armed|Forces|sabotage|group|reconnaissance|drones?|have|has|had|reportedly|allegedly|again|also))*\s*$/;

/** A clause opened after a figure that tells how the people were hurt ('... was killed when ...'), English. */
const HOW_CLAUSE = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:when|as|after|since)\s+$/u;
/** The words `HOW_CLAUSE` ends with (see `mayEndWithWord`). */
const HOW_WORDS: readonly string[] = ['when', 'as', 'after', 'since'];

/**
 * The attacker of a clause that tells how the figure's people were hurt, right after it: 'A civilian was killed
 * when Azerbaijani forces shelled the village' (the subject of the first attack verb after `at`), or null.
 */
function attackerInClauseAfter(at: number, c: SideContext): ActorCode | null {
  const subject = c.actors.find((a) => a.start >= at && a.end <= c.sentence.end && a.start - at <= 50);
  if (!subject || subject.aliasKind === 'person' || !isBelligerent(subject.code, c.lexicon) || !mayEndWithWord(c.text, at, subject.start, HOW_WORDS, false)
    || !HOW_CLAUSE.test(c.text.slice(at, subject.start))) return null;
  // (A search of these 40 characters alone: the search of the whole text that serves its slices costs more than
  // the few slices a report asks here.)
  const verb = c.patterns.attack.matchAll(c.text.slice(subject.end, Math.min(c.sentence.end, subject.end + 40)))[0];
  return verb && SUBJECT_WORDS.test(c.text.slice(subject.end, subject.end + verb.index)) ? subject.code : null;
}

/** The actor that attacks ('Azeri forces shelled ...') before `at`, when a belligerent is the subject of an attack verb. */
function attackerBefore(at: number, c: SideContext): ActorCode | null {
  let found: ActorCode | null = null;
  // No verb in the text before: the whole text is not searched for the sake of this slice (most slices asked hold none).
  if (!c.patterns.attack.testIn(c.text, c.sentence.start, at)) return null;
  // The verbs of `text.slice(sentence.start, at)`, read from the search of the whole text (see WordPattern.matchAllIn).
  for (const m of c.patterns.attack.matchAllIn(c.text, c.sentence.start, at)) {
    const verbAt = c.sentence.start + m.index;
    const subject = lastWhere(c.actors, (a) => a.end <= verbAt && verbAt - a.end < 40 && isBelligerent(a.code, c.lexicon) && !/\b(?:on|against|at|into|of|by|from|with)\s*$/i.test(c.text.slice(Math.max(0, a.start - 12), a.start)));
    // Only the words naming the subject may stand between it and the verb ('Azerbaijani forces shelled').
    const between = subject ? c.text.slice(subject.end, verbAt) : '';
    if (subject && SUBJECT_WORDS.test(between)) found = subject.code;
  }
  return found;
}

/**
 * The actor named as the thing hit right before an active trigger: 'shelled an Armenian village,
 * killing two', 'shooting down a Russian helicopter, killing its crew'. Only an actor introduced by an
 * article, right before a noun, in the same clause as the trigger and after an attack verb or 'down'.
 */
function targetBefore(at: number, c: SideContext): ActorCode | null {
  const clauseStart = Math.max(c.sentence.start, at - 90);
  for (let i = c.actors.length - 1; i >= 0; i--) {
    const a = c.actors[i]!;
    if (a.end > at) continue;
    if (a.start < clauseStart || a.aliasKind === 'person') return null;
    // 'over Armenia', 'in Tavush': where it happened, not what was hit.
    if (/(?:over|in|near|at|inside|into)\s+$/i.test(c.text.slice(Math.max(0, a.start - 8), a.start))) continue;
    const between = c.text.slice(a.end, at);
    if (/[;:.]/.test(between) || !/^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:over|in|near|at|inside)\s+\p{Lu}[\p{L}-]*)?\s*,\s*$/u.test(between)) return null;
    const lead = c.text.slice(Math.max(c.sentence.start, a.start - 40), a.start);
    if (!/(?:down|at|on|struck|hit|shelled|shelling|bombed|targeted|targeting|attacked|attacking)\s+(?:an?|the)\s+$/i.test(lead)) return null;
    return a.code;
  }
  return null;
}

/** The belligerent a noun trigger belongs to: 'losses of the Armenian side', 'losses from Armenia'. */
function ownerAfter(at: number, c: SideContext): ActorCode | null {
  const a = c.actors.find((x) => x.start >= at && x.start - at <= 25 && x.aliasKind !== 'person');
  if (!a || !isBelligerent(a.code, c.lexicon)) return null;
  const gap = c.text.slice(at, a.start);
  if (c.patterns.ownerAfter?.test(gap)) return a.code;
  // 'Menschenverluste auch auf der armenischen Seite': an actor marked as a side, in the noun's clause.
  return !/[^\p{L}\p{N}\s'’-]/u.test(gap) && c.patterns.sideAfter.test(c.text.slice(a.end, a.end + 16)) ? a.code : null;
}

/**
 * The belligerent that did the harm told by a passive status verb ending at `at`: named as its
 * agent ('killed by Azerbaijani fire', 'injured in shelling conducted by Azeri forces') or as the
 * maker of an attack ('killed in an Azeri attack'), in the same clause and within 80 characters.
 */
function agentAfter(at: number, c: SideContext): ActorCode | null {
  const { agentBefore, attackNoun } = c.patterns;
  if (!agentBefore && !attackNoun) return null;
  const a = c.actors.find((x) => x.start >= at && x.start - at <= 80 && x.aliasKind !== 'person');
  if (!a || !isBelligerent(a.code, c.lexicon)) return null;
  const between = c.text.slice(at, a.start);
  if (/[.;:,]/.test(between)) return null;
  if (agentBefore?.test(between)) return a.code;
  if (attackNoun && /(?:^|\s)in\s+(?:an?\s+|the\s+)?$/i.test(between) && attackNoun.test(c.text.slice(a.end, a.end + 40))) return a.code;
  return null;
}

/**
 * The belligerent named as the agent of the passive status word that follows: by a marker after it, in a
 * language that puts the agent first (Turkish 'Ermeni güçlerince katledilen', 'Ermeni askerleri tarafından
 * öldürülen'), or by the agent's word before it ('von aserbaidschanischen Truppen getötet'); or null.
 */
function agentBeforeVerb(at: number, c: SideContext): ActorCode | null {
  const { agentAfter: marker, agentLead } = c.patterns;
  if (!marker && !agentLead) return null;
  let a: ActorAnnotation | undefined;
  for (let i = c.actors.length - 1; i >= 0 && !a; i--) if (c.actors[i]!.end <= at) a = c.actors[i];
  if (!a || at - a.end > 40 || a.aliasKind === 'person' || !isBelligerent(a.code, c.lexicon) || a.start < c.sentence.start) return null;
  const between = c.text.slice(a.end, at);
  if (marker?.test(between)) return a.code;
  // 'von aserbaidschanischen Truppen getötet', 'hit by Armenian sniper fire died': the agent's word before the
  // actor, at most two words between it and the status word.
  return agentLead && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(between) && agentLead.test(c.text.slice(Math.max(c.sentence.start, a.start - 40), a.start)) ? a.code : null;
}

/** A verb of saying or 'that' opening a clause. */
const SAYING = /\b(?:that|said|saying|says|say)\b/gi;

/** The first belligerent of the clause holding `at` (after the last 'that', 'said' or comma), named as no person. */
function clauseSubject(at: number, c: SideContext): ActorCode | null {
  const before = c.text.slice(c.sentence.start, at);
  // 'says its troops stopped ..., killed two Azerbaijani servicemen and took no losses': the verbs of a
  // list share the subject after the verb of saying, commas or not.
  let from = 0;
  for (const m of execAll(SAYING, before)) from = (m.index ?? 0) + m[0].length;
  if (/^\s*(?:its|their|our|we|they)\b/i.test(before.slice(from))) return c.claimant?.code ?? null;
  const start = c.sentence.start + from;
  const a = c.actors.find((x) => x.start >= start && x.end <= at && x.aliasKind !== 'person' && isBelligerent(x.code, c.lexicon));
  return a?.code ?? null;
}

/**
 * '... said that X had tried to break into Armenia and that they had lost ...': the belligerent first named in
 * the 'that' clause an 'and that' clause (ending at `at`) continues, or null when there is none.
 */
function antecedentOfAndThat(at: number, c: SideContext): ActorCode | null {
  const before = c.text.slice(c.sentence.start, at);
  const thats = [...execAll(SAYING, before)].filter((m) => m[0].toLowerCase() === 'that');
  const last = thats.at(-1);
  const previous = thats.at(-2);
  if (!last || !previous || !/(?<![\p{L}])and\s*$/iu.test(before.slice(0, last.index))) return null;
  const start = c.sentence.start + previous.index! + previous[0].length;
  const end = c.sentence.start + last.index!;
  return c.actors.find((a) => a.start >= start && a.end <= end && a.aliasKind !== 'person' && isBelligerent(a.code, c.lexicon))?.code ?? null;
}

/** The index of the last match of a pattern in a string, or -1. */
function lastMatch(pattern: WordPattern, s: string): number {
  return pattern.matchAll(s).at(-1)?.index ?? -1;
}
