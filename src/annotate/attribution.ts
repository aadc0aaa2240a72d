import type { ActorAnnotation, ActorCode, Claimant, SentenceAnnotation } from '../model/annotation.js';
import type { Span } from '../model/span.js';
import { wholeWords, type CasualtyVocabulary } from '../lexicon/vocabulary.js';
import { LETTER, LETTER_OR_DIGIT, TextCheck, WordPattern } from '../lexicon/word-pattern.js';
import { isAsciiLetter, isAsciiSpace } from '../lexicon/chars.js';

/** A cue that attributes what follows or precedes it to someone, found in one sentence. */
export interface AttributionCue extends Span {
  /** The claimant, or null when the cue names a speaker who is no actor (a news agency) or cannot be resolved. */
  readonly claimant: Claimant | null;
  /** 'according' cues govern the clause they open; speech verbs govern both sides of them. */
  readonly kind: 'speech' | 'according';
}

/** Compiled patterns for one vocabulary. */
export interface AttributionPatterns {
  readonly speakerAfterVerb: RegExp;
  readonly speakerNouns: RegExp;
  readonly speakerNounsBefore: RegExp | null;
  readonly speech: WordPattern;
  readonly according: RegExp;
  readonly anaphoraBefore: WordPattern;
  readonly anaphoraAfter: RegExp;
  readonly own: WordPattern;
  readonly properNounBefore: RegExp;
  /** The pack's `reportedClause`: a verb that ends a reported clause before the verb of saying ('-dığını'), or null. */
  readonly reportedClause: RegExp | null;
  /** The pack's `genitive`: the end of a word that makes the actor before it a possessor ('tarafının'), or null. */
  readonly genitive: RegExp | null;
  /** The pack's `ownAccount` ('by its own count', 'nach eigenen Angaben'): the subject speaks; or null. */
  readonly ownAccount: WordPattern | null;
}

/** Compiles the attribution patterns of a vocabulary once (`check`: shared with other patterns that search the same sentences). */
export function compileAttribution(vocab: CasualtyVocabulary, check = new TextCheck()): AttributionPatterns {
  return {
    speakerAfterVerb: new RegExp(vocab.speakerAfterVerb, 'u'),
    speakerNouns: new RegExp(vocab.speakerNouns, 'u'),
    speakerNounsBefore: vocab.speakerNounsBefore ? new RegExp(vocab.speakerNounsBefore, 'u') : null,
    // `wholeWords(vocab.speech)` with `giu`, matched faster.
    speech: new WordPattern(vocab.speech, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }),
    according: new RegExp(`^(?:${vocab.accordingTo})$`, 'iu'),
    // 'it also said', 'он также сообщил', 'elle a également déclaré': up to two small words between.
    // wholeWords(anaphora) + up to two small words to the end, tested (`iu`); the leading guard checked apart (see WordPattern).
    anaphoraBefore: new WordPattern(`(?:${vocab.anaphora})(?![\\p{L}\\p{N}])(?:\\s+\\p{Ll}{1,12}){0,2}\\s*,?\\s*$`, { before: LETTER_OR_DIGIT, after: null, check }),
    anaphoraAfter: new RegExp(`^\\s*${wholeWords(vocab.anaphora)}`, 'iu'),
    own: new WordPattern(vocab.own, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }),
    reportedClause: vocab.reportedClause ? new RegExp(`(?:${vocab.reportedClause})(?![\\p{L}])`, 'iu') : null,
    genitive: vocab.genitive ? new RegExp(`^(?:['’]?\\p{L}*)?(?:${vocab.genitive})(?![\\p{L}])`, 'iu') : null,
    ownAccount: vocab.ownAccount ? new WordPattern(vocab.ownAccount, { before: LETTER, after: LETTER, check }) : null,
    properNounBefore: new RegExp(`(?:^|[^\\p{L}])(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s*){1,4}(?:news agency|agency|newspaper|TV|television|website)?\\s*,?\\s*$`, 'u'),
  };
}

const MAX_SUBJECT_GAP = 90;
/** A verb of saying right after a comma or a closing quote: the speaker, if named, comes after it. */
/** (An auxiliary may stand between the comma and the verb: ', ha annunciato', ', a déclaré', ', hat mitgeteilt'.) */
export const PARENTHETICAL_VERB = /[,]["'”»’]?\s*(?:(?:ha|hanno|han|hat|haben|heeft|hebben|a|ont|has|have|had|è|é|tem|têm)\s+)?$|["”»]\s*,?\s*[-–—]?\s*$/u;

/**
 * False when `PARENTHETICAL_VERB` cannot match `text[from, to)`: each of its matches holds a comma or a closing
 * quotation mark ('"', '”', '»'). Read by the characters' codes: the pattern is tried at each position of the
 * words before every verb of saying, and most hold none of them.
 */
export function mayBeParenthetical(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 0x201d || c === 0xbb) return true;
  }
  return false;
}
/** 'Armenia, however, said': an adverb between commas before the verb leaves its subject before them (English). */
const ADVERB_BETWEEN_COMMAS = /,\s*(?:however|meanwhile|in turn|for its part|for their part|though|too|also|in response|on the other hand|in contrast|instead)\s*,\s*$/i;
/** One short word opening a sentence before its verb of saying ('Как', 'As', 'Wie'). */
const OPENING_WORD = /^\s*\p{L}{1,6}\s+$/u;

/**
 * `OPENING_WORD.test(text.slice(from, to))`, read by the characters' codes while they are ASCII (the pattern
 * from the first other one): asked of the words before every verb of saying, which the pattern copied out
 * of the sentence. White space, one to six letters, then white space to the end.
 */
export function openingWordBefore(text: string, from: number, to: number): boolean {
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return OPENING_WORD.test(text.slice(from, to));
    if (!isAsciiSpace(c)) break;
  }
  const word = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return OPENING_WORD.test(text.slice(from, to));
    if (!isAsciiLetter(c)) break;
  }
  if (i === word || i - word > 6 || i === to) return false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return OPENING_WORD.test(text.slice(from, to));
    if (!isAsciiSpace(c)) return false;
  }
  return true;
}

const HEADLINE_SPEAKER = /^\s*(?:\d{1,2}:\d{2}\s+)?[^:\n.!?]{2,60}:(?=\s)/u;
/** At most this many words name a headline's speaker ("Armenia's Defence Ministry:", 'Минобороны Азербайджана:'). */
const HEADLINE_SPEAKER_WORDS = 5;
const MEDIA_BEFORE = /\b(?:report|reports|media|news|newspapers?|agency|agencies|outlets?|TV|television|channels?|websites?|journalists?|bloggers?|press)\s+(?:\w+\s+){0,2}(?:in|from|of)\s+(?:the\s+)?$/i;
/** A speaker whose head noun is a news outlet ('Azerbaijani television station Leader', 'the Azeri media'): the media speak, not the state. */
const MEDIA_HEAD = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:state\s+|private\s+|pro-government\s+|opposition\s+)?(?:media|TV|television|(?:news\s+)?agency|news\s+outlets?|outlets?|newspapers?|press|broadcasters?|channels?|websites?|station|presse|médias|medien|zeitung\p{L}*|prensa|medios|stampa|imprensa|pers|сми|пресс\p{L}*|basın\p{L}*|medya\p{L}*)(?![\p{L}])/iu;
const MAX_OBJECT_GAP = 70;
/** An auxiliary of the passive right before a verb of saying (English). */
/** A status word right after such a verb ('reported killed', 'reported dead'), English. */
const STATUS_AFTER_SPEECH = /^\s+(?:killed|dead|wounded|injured|missing|captured)(?![\p{L}])/iu;
/** An auxiliary of the passive right before a verb ('were reported', 'was killed'), English; the figure rules share it. */
export const PASSIVE_AUXILIARY = /(?<![\p{L}])(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu;

/**
 * `PASSIVE_AUXILIARY.test(text.slice(from, to))`. Most status words of the passive follow ' were ' or
 * ' was ' (lower case, a space on either side): those endings, read by their characters, match the pattern
 * (no letter before the auxiliary, white space after it); the pattern reads the others. Its look-behind by
 * Unicode property is tried at every position, before most status words.
 */
export function passiveAuxiliaryBefore(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) === 32) {
    // ' were ' (w e r e) and ' was ' (w a s), all inside the range.
    if (to - 6 >= from && text.charCodeAt(to - 6) === 32 && text.charCodeAt(to - 5) === 119 && text.charCodeAt(to - 4) === 101
      && text.charCodeAt(to - 3) === 114 && text.charCodeAt(to - 2) === 101) return true;
    if (to - 5 >= from && text.charCodeAt(to - 5) === 32 && text.charCodeAt(to - 4) === 119 && text.charCodeAt(to - 3) === 97
      && text.charCodeAt(to - 2) === 115) return true;
  }
  return PASSIVE_AUXILIARY.test(text.slice(from, to));
}
const CLAUSE_BREAK = /[;:!?]|\.\s/;
/** An aside between commas on how a speaker spoke, English (', speaking on condition of anonymity,', ', who asked not to be named,'). */
const ASIDE_ON_SPEAKING = /,\s*(?:speaking|who\s+(?:spoke|asked|requested))\s[^,.;]{0,60},/giu;
/** An English present participle ('accusing', 'adding', 'saying'). */
const PARTICIPLE = /^\p{L}+ing$/iu;

/**
 * Finds the attribution cues of one sentence: 'X said', 'according to X', 'it added'
 * (resolved to `previous`, the last claimant named before this sentence).
 */
export function findAttributions(
  text: string,
  sentence: SentenceAnnotation,
  actors: readonly ActorAnnotation[],
  previous: Claimant | null,
  patterns: AttributionPatterns,
  home: ActorCode | null = null,
): AttributionCue[] {
  const s = text.slice(sentence.start, sentence.end);
  const cues: AttributionCue[] = [];
  // 'Azerbaijan: five soldiers killed in clash' — a headline naming its speaker before a colon.
  // No colon, no headline speaker; a clause before the colon ('На границе Армении и Азербайджана происходят бои:') names none.
  let head = s.includes(':') ? HEADLINE_SPEAKER.exec(s) : null;
  if (head && head[0].trim().split(/\s+/).length > HEADLINE_SPEAKER_WORDS) head = null;
  if (head) {
    const colon = sentence.start + head[0].length - 1;
    // ('Armenian Defence Ministry:' names its speaker by a demonym and a speaker noun.)
    const speaker = actors.filter((a) => a.end <= colon && (a.aliasKind !== 'demonym' || patterns.speakerNouns.test(text.slice(a.end, a.end + 30)))).at(-1);
    // '“On the Azerbaijani side, the losses were: ...' is a quoted list, not a speaker's headline.
    // ('Ministry of Defense of Azerbaijan:' is the speaker's name, not a place the headline is about.)
    const governed = speaker && (/^\s*["“«„]/.test(head[0]) || (/(?:^|\s)(?:on|in|from|at|of|with|against|for|to|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, speaker.start - 12), speaker.start))
      && !(patterns.speakerNounsBefore?.test(text.slice(Math.max(sentence.start, speaker.start - 40), speaker.start)) ?? false)));
    if (speaker && !governed) cues.push({ start: colon, end: colon + 1, claimant: { code: speaker.code, span: { start: speaker.start, end: speaker.end } }, kind: 'according' });
  }
  for (const m of patterns.speech.matchAllIn(text, sentence.start, sentence.end)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const according = patterns.according.test(m[0]);
    // 'Eight soldiers were reported killed': a verb of saying in the passive, before the status word, names no speaker
    // ('it was reported that ...', 'it is specified that ...' go on in the last speaker's voice).
    // (The status word first: it is rarer, and the test anchored.)
    if (!according && STATUS_AFTER_SPEECH.test(text.slice(end, end + 14)) && passiveAuxiliaryBefore(text, Math.max(sentence.start, start - 12), start)) continue;
    let claimant: Claimant | null | undefined;
    if (according) claimant = actorAfter(text, end, actors, previous, patterns, false);
    // 'X said they killed 14 soldiers, accusing them of ...': a participle after a comma has the subject of the verb before it.
    else if (cues.length && PARTICIPLE.test(m[0]) && /,\s*(?:and\s+)?$/.test(text.slice(Math.max(sentence.start, start - 6), start))) claimant = cues.at(-1)!.claimant;
    else if ((mayBeParenthetical(text, Math.max(sentence.start, start - 12), start) && PARENTHETICAL_VERB.test(text.slice(Math.max(sentence.start, start - 12), start)) && !ADVERB_BETWEEN_COMMAS.test(text.slice(Math.max(sentence.start, start - 40), start)))
      || openingWordBefore(text, sentence.start, start)) {
      // '..., said Azerbaijan's Defence Ministry', '..., сообщило Минобороны Армении': after a comma the
      // speaker follows the verb; an actor before the comma belongs to the reported clause. So does it after
      // one word opening the sentence ('Как сообщили в Минобороны Азербайджана, ...').
      claimant = actorAfter(text, end, actors, previous, patterns, true);
      if (claimant === undefined) claimant = actorBefore(text, sentence.start, start, actors, previous, patterns);
    } else if (patterns.reportedClause?.test(text.slice(sentence.start, start))) {
      // 'Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun ... saldırdığını ... açıkladı': before a verb of saying
      // that ends the sentence after a reported clause, the speaker is the subject opening the sentence (not a
      // possessor: 'Ermeni tarafının'), else the one referred back to ('Bakanlık, ...').
      claimant = subjectOpening(text, sentence.start, start, actors, patterns) ?? (previous && patterns.anaphoraAfter.test(text.slice(sentence.start, Math.min(start, sentence.start + 40))) ? previous : undefined);
      if (claimant === undefined) claimant = actorBefore(text, sentence.start, start, actors, previous, patterns);
    } else {
      claimant = actorBefore(text, sentence.start, start, actors, previous, patterns);
      // 'said Azerbaijan's Defence Ministry': a speaker named right after the verb.
      if (claimant === undefined) claimant = actorAfter(text, end, actors, previous, patterns, true);
    }
    // 'Defense Ministry confirms ...' in a report from the country's own press: that country's ministry,
    // before any earlier speaker 'the ministry' could refer back to.
    if (home) {
      const own = unnamedInstitution(text, sentence.start, start, end, according, home);
      if (own && !actors.some((a) => a.start >= own.span.start - 25 && a.end <= own.span.end + 25)) claimant = own;
    }
    // 'X said ... and added that ...': a verb with no subject of its own shares the previous one's.
    if (claimant === undefined) claimant = cues.at(-1)?.claimant;
    claimant ??= null;
    cues.push({ start, end, claimant, kind: according ? 'according' : 'speech' });
  }
  // 'Azerbaijan lost seven soldiers, by its own count', 'Nach eigenen Angaben verlor Armenien 15 Soldaten': the
  // subject tells its own figures: the first actor named as a state or body, not by a demonym ('Armenian
  // soldiers'), else the first. It stands for the cue the phrase's own 'according to' made ('its' names no
  // one there); a sentence with another verb of saying has named its speaker already.
  if (patterns.ownAccount) {
    const own = patterns.ownAccount.matchAllIn(text, sentence.start, sentence.end)[0];
    const start = own ? sentence.start + own.index : 0;
    const end = own ? start + own[0].length : 0;
    if (own && cues.every((c) => c.start >= start && c.end <= end)) {
      const outside = actors.filter((a) => a.end <= start || a.start >= end);
      const subject = outside.find((a) => a.aliasKind !== 'demonym') ?? outside[0];
      if (subject) return [{ start, end, claimant: { code: subject.code, span: { start: subject.start, end: subject.end } }, kind: 'according' }];
    }
  }
  return cues;
}

/** The actor that is the subject of a speech verb at `at`: the nearest actor mention before it in the clause. */
function actorBefore(text: string, sentenceStart: number, at: number, actors: readonly ActorAnnotation[], previous: Claimant | null, p: AttributionPatterns): Claimant | null | undefined {
  const windowStart = Math.max(sentenceStart, at - MAX_SUBJECT_GAP);
  // The candidates are the actors inside the window, read back from the last (see `lastActorIn`).
  // '..., the press service of the Defense Ministry stated': a speaker named after the last comma, with no
  // actor of its own, refers back; the actors before the comma belong to the reported clause.
  // (The actors first, then the pattern: the same result, the test has no side effects.)
  const comma = lastComma(text, windowStart, at);
  if (comma >= 0 && lastActorIn(actors, actors.length, windowStart + comma, at) < 0 && p.anaphoraBefore.testIn(text, windowStart + comma + 1, at)) return previous;
  for (let i = lastActorIn(actors, actors.length, windowStart, at); i >= 0; i = lastActorIn(actors, i, windowStart, at)) {
    const a = actors[i]!;
    const gap = text.slice(a.end, at);
    if (CLAUSE_BREAK.test(gap)) break;
    // '"Azerbaijani groups were ambushed," the official said': an actor inside the quote is not its speaker.
    if (/[”»]|",?\s/.test(gap)) break;
    // '... two Azerbaijani officers they said': the pronoun, not the actor, is the speaker.
    if (/\b(?:they|he|she|we|it)\s*$/i.test(gap)) continue;
    // 'A media report in Azerbaijan said', 'News reports from Baku said': the media speak, not the state.
    if (MEDIA_BEFORE.test(text.slice(Math.max(sentenceStart, a.start - 50), a.start))) return null;
    if (MEDIA_HEAD.test(gap)) return null;
    // A clause between the actor and the verb ('X said that Y ... and added'): its subject is not the speaker.
    // Not after a possessive ('Azerbaijan's Defence Ministry said') nor with 'of the Defence ...': these tests
    // come first (the same result, the tests have no side effects): the first is anchored, and the speaker's
    // possessive is common.
    if (!/^['’]s?\s/.test(gap) && !/\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}|[Dd]efen|[Ff]oreign|[Ii]nterior)/u.test(gap)) {
      // 'X on March 5 said', 'X on Monday said': a date between the speaker and the verb is no clause of its own.
      // (No 'on', no date: the pattern is tried only on a gap that has its first word.)
      let bare = !gap.includes('on') ? gap : gap.replace(/(?<![\p{L}])on\s+(?:\p{Lu}\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\p{L}])/gu, ' ');
      // Nor is an aside between commas on how the speaker spoke ('Two officials, speaking on condition of anonymity, said').
      if (bare.includes(',')) bare = bare.replace(ASIDE_ON_SPEAKING, ' ');
      // (The same words in other languages: 'Baku sostiene che le truppe armene ... e riferisce': not the troops.)
      if (/\b(?:that|and|but|while|whereas|of|against|on|at|with|by|from|to|into)\s/i.test(bare) || OTHER_CLAUSE_WORDS.test(bare)) continue;
    }
    // 'Yerevan and Baku accused each other': two speakers joined as one subject; neither speaks for the sentence alone.
    const k = lastActorIn(actors, i, windowStart, at);
    const joined = k >= 0 ? actors[k] : undefined;
    if (joined && joined.code !== a.code && /^\s*(?:and|&)\s*$/i.test(text.slice(joined.end, a.start))) return null;
    return { code: a.code, span: { start: a.start, end: a.end } };
  }
  // The cheap condition first (same result: the tests have no side effects).
  if (previous && p.anaphoraBefore.testIn(text, windowStart, at)) return previous;
  const before = text.slice(windowStart, at);
  if (upperCaseIn(before, Math.max(0, before.length - 40)) && endsWithProperNoun(before, p.properNounBefore)) return null;
  return undefined;
}

/**
 * The index of the last of the actors before index `i` that lies within `[from, to]`, or -1: the actors of a
 * window, read back one by one as `actors.filter(...)` lists them (without the array, made for each verb of saying).
 */
function lastActorIn(actors: readonly ActorAnnotation[], i: number, from: number, to: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.end <= to && a.start >= from) return k;
  }
  return -1;
}

/** `text.slice(from, to).lastIndexOf(',')`, read back from `to` without the call. */
function lastComma(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 44) return i - from;
  return -1;
}

const UPPER_CASE = /\p{Lu}/u;

/**
 * `/\p{Lu}/u.test(s.slice(from))`, read by the characters' codes while they are ASCII (where only 'A' to 'Z' are
 * upper case), the pattern from the first other one on.
 */
export function upperCaseIn(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return UPPER_CASE.test(s.slice(i));
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** The words a news outlet's name may end with in {@link AttributionPatterns.properNounBefore}. */
const MEDIA_WORD_END = /(?:agency|newspaper|TV|television|website)$/;

/**
 * `properNounBefore.test(before)` (up to four capitalised words, maybe an outlet's word, ending `before`),
 * which backtracks over every capitalised word from every position (about 5 us for 90 characters).
 * For an ASCII text it is first ruled out by its last word, then run on the last words only:
 *
 * - the match ends with an outlet's word or with a capitalised word's letters, so the last word (after
 *   white space and a comma) holds a capital or ends with an outlet's word;
 * - the match holds only letters, '.', '&', '-', white space and a comma, and at most eight words between
 *   white space ('the', four capitalised, 'news agency', a lone comma), so it starts after the last other
 *   character and within the last eight words; the text cut there is cut after a non-letter, where the
 *   pattern's `^` reads as its `[^\p{L}]` did.
 */
export function endsWithProperNoun(before: string, properNounBefore: RegExp): boolean {
  if (NON_ASCII.test(before)) return properNounBefore.test(before);
  let end = before.length;
  while (end > 0 && isAsciiSpace(before.charCodeAt(end - 1))) end--;
  if (end > 0 && before.charCodeAt(end - 1) === 44) {
    end--;
    while (end > 0 && isAsciiSpace(before.charCodeAt(end - 1))) end--;
  }
  let start = end;
  let capital = false;
  while (start > 0 && !isAsciiSpace(before.charCodeAt(start - 1))) {
    const c = before.charCodeAt(start - 1);
    if (c >= 65 && c <= 90) capital = true;
    start--;
  }
  if (start === end || (!capital && !MEDIA_WORD_END.test(before.slice(start, end)))) return false;
  return properNounBefore.test(before.slice(lastWordsStart(before)));
}

/** Where the last eight words between white space start, or after the last character no name holds (see {@link endsWithProperNoun}). */
function lastWordsStart(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = s.length; i > 0; i--) {
    const c = s.charCodeAt(i - 1);
    const space = isAsciiSpace(c);
    const named = space || c === 44 || c === 45 || c === 46 || c === 38 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!named) return i;
    if (space) {
      if (inWord && ++words === 8) return i;
      inWord = false;
    } else inWord = true;
  }
  return 0;
}

/**
 * The actor named right after 'according to' (`inverted` false) or after an inverted 'said X'
 * (`inverted` true: the speaker must follow the verb at once, so 'said three Azerbaijani soldiers'
 * names no speaker).
 */
/** The actor opening a sentence (within its first 40 characters, no possessor) whose verb ends it, or undefined. */
function subjectOpening(text: string, sentenceStart: number, verbAt: number, actors: readonly ActorAnnotation[], p: AttributionPatterns): Claimant | undefined {
  const first = actors.find((a) => a.start >= sentenceStart && a.end <= verbAt);
  if (!first || first.start - sentenceStart > 40 || first.aliasKind === 'person') return undefined;
  // ('Ermeni tarafının', "Azerbaycan'ın": the possessor of the reported clause's subject.)
  const next = /^(?:['’]\p{L}+|\s+\p{L}+)/u.exec(text.slice(first.end, first.end + 30));
  if (next && p.genitive?.test(next[0].trim())) return undefined;
  return { code: first.code, span: { start: first.start, end: first.end } };
}

function actorAfter(text: string, at: number, actors: readonly ActorAnnotation[], previous: Claimant | null, p: AttributionPatterns, inverted: boolean): Claimant | null | undefined {
  const after = text.slice(at, at + MAX_OBJECT_GAP);
  // (The cheap condition first: the same result, the test has no side effects.)
  if (previous && p.anaphoraAfter.test(after)) return previous;
  const a = actors.find((x) => {
    if (x.start < at || x.start > at + MAX_OBJECT_GAP) return false;
    const gap = text.slice(at, x.start);
    if (CLAUSE_BREAK.test(gap)) return false;
    if (inverted) {
      // 'announced Friday the Azerbaijani Ministry of Defense': a day between verb and speaker.
      if (!p.speakerAfterVerb.test(gap.replace(DAY_AFTER_VERB, ''))) return false;
      return x.aliasKind !== 'demonym' || p.speakerNouns.test(text.slice(x.end, x.end + 30))
        || (p.speakerNounsBefore?.test(text.slice(Math.max(0, x.start - 30), x.start)) ?? false);
    }
    return !/,/.test(gap.replace(/^\s*\p{Lu}[^,]*,/u, ''));
  });
  if (a && MEDIA_HEAD.test(text.slice(a.end, a.end + 40))) return null;
  return a ? { code: a.code, span: { start: a.start, end: a.end } } : undefined;
}

/** Words that open another clause or join another verb, in languages other than English (see `actorBefore`). */
const OTHER_CLAUSE_WORDS = /(?<![\p{L}])(?:che|que|dass|что|чтобы|e|ed|y|et|und|и|а|ma|mais|pero|aber|но|mentre|tandis|während|пока)\s/iu;
const DAY_AFTER_VERB = /^\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|\p{Lu}\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}+)(?![\p{L}])\s*/u;
const CONTENT_AFTER = /^\s*(?:о|об|про|что|that|about|:)(?![\p{L}])/iu;
const UNNAMED_INSTITUTION = /(?:the\s+)?(?:press[- ]service\s+of\s+the\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|General\s+Staff|Prosecutor\s+General['’]s\s+Office|General\s+Prosecutor['’]s\s+Office)(?![\p{L}])/iu;

/**
 * A ministry named without its country ('Defense Ministry confirms', 'according to the Ministry of
 * Defense') as the speaker of a verb: the ministry of the report's home country (its web address).
 */
function unnamedInstitution(text: string, sentenceStart: number, verbStart: number, verbEnd: number, according: boolean, home: ActorCode): Claimant | null {
  const region = according ? text.slice(verbEnd, verbEnd + 50) : text.slice(Math.max(sentenceStart, verbStart - 60), verbStart);
  const m = UNNAMED_INSTITUTION.exec(region);
  if (!m || (according ? m.index > 6 : !/^\s*$/.test(region.slice(m.index + m[0].length).replace(/^\s*(?:has|had|have|also|further|then|on\s+\p{L}+day)\s*/iu, '')))) return null;
  const start = (according ? verbEnd : Math.max(sentenceStart, verbStart - 60)) + m.index;
  return { code: home, span: { start, end: start + m[0].length } };
}

/**
 * The claimant governing a figure at `at` among a sentence's cues: the nearest cue before it,
 * else the nearest after it. `undefined` means the sentence attributes nothing.
 */
export function claimantFor(cues: readonly AttributionCue[], at: number, text?: string): Claimant | null | undefined {
  let before: AttributionCue | undefined;
  let after: AttributionCue | undefined;
  for (const cue of cues) {
    if (cue.end <= at) before = cue;
    // A trailing 'X said' governs only its own clause: not across ';', ':' or a dash.
    // A verb whose content follows it ('сообщало о пяти раненых', 'said that ...') does not look back.
    // (A verb that opens the figure's own words, 'denied that any of its soldiers had been killed', is its speaker's.)
    else if (cue.start >= at && !after && (cue.start === at || !(text && (/[;:]|\s[-–—]\s/.test(text.slice(at, cue.start)) || CONTENT_AFTER.test(text.slice(cue.end, cue.end + 8)))))) after = cue;
  }
  const chosen = before ?? after;
  return chosen ? chosen.claimant : undefined;
}

/** True when the span's text is first person ('we', 'our'): a statement quoted without its speaker. */
export function isFirstPerson(text: string, span: Span, patterns: AttributionPatterns): boolean {
  return patterns.own.testIn(text, span.start, span.end);
}

export type { ActorCode };
