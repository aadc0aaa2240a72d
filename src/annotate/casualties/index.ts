import type { ActorAnnotation, CasualtyAnnotation, Claimant, DateAnnotation, NumberAnnotation, PlaceAnnotation, SentenceAnnotation } from '../../model/annotation.js';
import { withAnnotations, type Document } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { wholeWords, type CasualtyVocabulary } from '../../lexicon/vocabulary.js';
import { perLanguage, textCheckOf } from '../../lexicon/per-language.js';
import { LETTER, LETTER_OR_DIGIT, TextCheck, WordPattern } from '../../lexicon/word-pattern.js';
import { claimantFor, compileAttribution, findAttributions, isFirstPerson, type AttributionCue, type AttributionPatterns } from '../attribution.js';
import { attachFigures, compileFigureLexicon, type FigureLexicon } from './figures.js';
import { dateOfRepeat } from './merge.js';
import { namesListedAfter, personNames, type PersonName } from './names.js';
import { campOf, inTerritory, isBelligerent, mayEndWithWord, sideFromAttackBefore, sideOf, type SidePatterns } from './side.js';
import type { Lexicon } from '../../lexicon/types.js';
import type { ActorCode } from '../../model/annotation.js';
import { compileTriggers, findTriggers, type TriggerPatterns } from './triggers.js';
import { lastWhere } from './last-where.js';
import { firstAtOrAfter } from '../../lexicon/sorted.js';

const ID = 'casualties.v1';

interface Compiled {
  readonly triggers: TriggerPatterns;
  readonly figures: FigureLexicon;
  readonly attribution: AttributionPatterns;
  readonly side: SidePatterns;
  /** The opening of a sentence naming the speaker of the ones before ('This was announced by'), or null. */
  readonly announced: RegExp | null;
  /** The opening of a sentence telling the outcome of what the sentence before reported ('As a result of this provocation,'), or null. */
  readonly consequence: RegExp | null;
  /** The end of the text before a word that opens a clause: the start, punctuation or a conjunction. */
  readonly clauseStart: RegExp;
  /** The words of a figure that count one more person ('a third'), or null. */
  readonly onePerson: RegExp | null;
  /** The words of a figure that count more people of those told before ('two others'), or null. */
  readonly others: RegExp | null;
  /** Those words right before a figure's count ('otros dos', 'weitere drei'), when `others` is set. */
  readonly othersBefore: RegExp | null;
  /** A word adding a figure to those told before ('also'), or null. */
  readonly also: WordPattern | null;
  /** All that stands between a figure and one it includes ('losses, including 200 dead'). */
  readonly including: RegExp | null;
  /** 'a war which killed': the words before a trigger that make its figure a war's toll (see `run`). */
  readonly warToll: WordPattern;
  /** Words referring back to the fighting told before (see `backgroundDate`). */
  readonly backReference: WordPattern;
  /** Words of a war told earlier in the report (see `warDate`). */
  readonly yearsOfWar: WordPattern;
}

function compile(vocab: CasualtyVocabulary, check = new TextCheck()): Compiled {
  // (`check`: the trigger and attribution patterns search the same sentences, other stages the same report.)
  return {
    triggers: compileTriggers(vocab, check),
    figures: compileFigureLexicon(vocab),
    attribution: compileAttribution(vocab, check),
    // wholeWords(...) with `iu`, matched faster (a leading look-behind by Unicode property is tried at every position of the sentence).
    also: vocab.also ? new WordPattern(vocab.also, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }) : null,
    others: vocab.others ? new RegExp(`(?<![\\p{L}])(?:${vocab.others})(?![\\p{L}])(?!\\s+than)`, 'iu') : null,
    othersBefore: vocab.others ? new RegExp(`(?<![\\p{L}])(?:${vocab.others})\\s+$`, 'iu') : null,
    // The owner of the first figure may stand between ('losses of the Azerbaijani army, including 200 dead').
    including: vocab.including ? new RegExp(`^(?:[^.;:!?,]{0,60},)?\\s*,?\\s*(?:${vocab.including})\\s*:?\\s*$`, 'iu') : null,
    onePerson: vocab.onePerson ? new RegExp(`^\\s*(?:${vocab.onePerson})(?![\\p{L}])`, 'iu') : null,
    announced: vocab.announced ? new RegExp(`^\\s*(?:${vocab.announced})(?![\\p{L}])`, 'iu') : null,
    clauseStart: new RegExp(`(?:^|[.!?;:,"“«\\n]|(?<![\\p{L}])(?:${vocab.conjunction ?? 'and'}))\\s*$`, 'iu'),
    consequence: vocab.consequence ? new RegExp(`^[\\s"“«„]*(?:${vocab.consequence})(?![\\p{L}])`, 'iu') : null,
    // (The report-wide patterns share the check too: a report's text is checked once for all.)
    warToll: new WordPattern(WAR_TOLL, { before: LETTER, after: null, check }),
    backReference: new WordPattern(BACK_REFERENCE, { before: LETTER, after: LETTER, check }),
    yearsOfWar: new WordPattern(YEARS_OF_WAR, { before: LETTER, after: LETTER, check }),
    side: {
      bothSides: new WordPattern(vocab.bothSides, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }), // wholeWords, matched faster
      // wholeWords(...) with `iu`, matched faster (a leading look-behind by Unicode property is tried at every position).
      enemy: new WordPattern(vocab.enemy, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }),
      own: new WordPattern(vocab.own, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }),
      possessive: new WordPattern(vocab.possessive, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }),
      suffering: new RegExp(`${wholeWords(vocab.suffering ?? 'suffering|sustaining|incurring')}\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu'),
      sideBefore: new RegExp(`${wholeWords(vocab.sideBefore)}\\s*(?:the\\s+)?$`, 'iu'),
      sideAfter: new RegExp(`^(?:['’]s)?\\s*${wholeWords(vocab.sideAfter)}`, 'iu'),
      attack: new WordPattern(vocab.attack, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }), // wholeWords, matched faster
      agentBefore: vocab.agentBefore ? new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,10}?${wholeWords(vocab.agentBefore)}\\s+(?:the\\s+|an?\\s+)?$`, 'iu') : null,
      ownerAfter: vocab.ownerAfter ? new RegExp(`^\\s*(?:${vocab.ownerAfter})\\s*$`, 'iu') : null,
      agentAfter: vocab.agentAfter ? new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(?:${vocab.agentAfter})\\s+$`, 'iu') : null,
      lost: new RegExp(`(?:^|\\s)(?:${vocab.lost ?? 'lost'})$`, 'iu'),
      agentLead: vocab.agentBefore ? new RegExp(`${wholeWords(vocab.agentBefore)}\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu') : null,
      attackNoun: vocab.attackNouns ? new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?${wholeWords(vocab.attackNouns)}`, 'iu') : null,
    },
  };
}

/** The compiled vocabulary of a language, from the lexicon's packs; other languages get no figures rather than invented ones. */
const compiledVocabulary = perLanguage((lexicon, language): Compiled | null => {
  const vocab = lexicon.vocabulary(language);
  return vocab ? compile(vocab, textCheckOf(lexicon)) : null;
});

/** The items that lie within `span` (`items.filter(...)` as a loop: it runs a few times for every sentence). */
function inside<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i] as T;
    if (x.start >= span.start && x.end <= span.end) out.push(x);
  }
  return out;
}

/**
 * `(span) => inside(items, span)` for the spans of many sentences: items in order of their starts (checked
 * once, each ending at or after its start) are read from the first that starts in the span, found by a
 * binary search, up to the first that starts after it, instead of all of them for every span.
 */
export function insideOf<T extends Span>(items: readonly T[]): (span: Span) => T[] {
  let ordered = true;
  for (let i = 0; i < items.length && ordered; i++) {
    const x = items[i] as T;
    ordered = x.end >= x.start && (i === 0 || (items[i - 1] as T).start <= x.start);
  }
  if (!ordered) return (span) => inside(items, span);
  return (span) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((items[mid] as T).start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let k = lo; k < items.length && (items[k] as T).start <= span.end; k++) if ((items[k] as T).end <= span.end) out.push(items[k] as T);
    return out;
  };
}

/**
 * True when two figures tell the same: the same side, status, count, claimant and date, as their keys
 * `${side}|${status}|${min ?? ''}|${max ?? ''}|${claimant?.code ?? '-'}|${date?.value ?? '-'}` are equal
 * (none of the values holds '|', a code or a date is never '-', and a count that is no number reads as
 * itself: NaN as NaN).
 */
function sameStatement(a: CasualtyAnnotation, b: CasualtyAnnotation): boolean {
  return a.side === b.side && a.status === b.status && sameCount(a.min, b.min) && sameCount(a.max, b.max)
    && (a.claimant?.code ?? '-') === (b.claimant?.code ?? '-') && (a.date?.value ?? '-') === (b.date?.value ?? '-');
}

/** Two counts (or nulls) as their strings compare: NaN equals NaN, and a missing count equals null. */
function sameCount(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  return x === y || (x !== x && y !== y);
}

/** 'a 1991-94 war which killed': compiled per vocabulary (see `compile`). */
export const WAR_TOLL = String.raw`(?:war|wars|conflict)\s*,?\s+(?:which|that)\s+(?:has\s+|had\s+|have\s+)?$`;
/** The words that may stand last in a match of `WAR_TOLL`, before its white space (see `mayEndWithWord`). */
export const WAR_TOLL_LAST: readonly string[] = ['which', 'that', 'has', 'had', 'have'];
const OPEN_QUOTE = /^[\s]*["“«]/;
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

/** How many sentences may stand between a figure and one that 'also' adds to it. */
const ALSO_REACH = 2;

/** How many sentences stand between the end of a figure's evidence (`end`) and sentence `si`. */
function sentencesSince(sentences: readonly SentenceAnnotation[], si: number, end: number): number {
  let k = si;
  while (k > 0 && sentences[k - 1]!.start >= end) k--;
  return si - k;
}

/** How many sentences on, within its paragraph, a 'This was announced by X' sentence may name the speaker of a figure. */
const ANNOUNCED_REACH = 4;

/**
 * The actor named in a 'This was announced by X' sentence following a figure's sentence (`si`) in its
 * paragraph, if it is one: the sentences between, none with a verb of saying of its own, are X's too
 * ('... getötet worden. ... Die Ärzte konnten ihr Leben retten. Das erklärte der Pressesprecher ...').
 */
function announcedAfter(text: string, sentences: readonly SentenceAnnotation[], si: number, actors: readonly ActorAnnotation[], announced: RegExp, speech: AttributionPatterns['speech']): Claimant | undefined {
  const paragraph = sentences[si]!.paragraph;
  for (let j = si + 1; j <= si + ANNOUNCED_REACH && j < sentences.length; j++) {
    const next = sentences[j]!;
    if (next.paragraph !== paragraph) return undefined;
    const s = text.slice(next.start, next.end);
    if (announced.test(s)) {
      // (The sentence was just tested with the pattern that `announcerOf` would test it with again.)
      const a = firstActorIn(next, actors);
      return a ? { code: a.code, span: { start: a.start, end: a.end } } : undefined;
    }
    // (Read from the search of the whole report that found the verbs of saying of the sentences before: see
    // `findAttributions`. The sentence is not searched again.)
    if (speech.matchAllIn(text, next.start, next.end).length > 0) return undefined;
  }
  return undefined;
}

/** The speaker a 'This was announced by X' sentence names: its first actor, when the sentence is one. */
function announcerOf(text: string, sentence: Span, actors: readonly ActorAnnotation[], announced: RegExp | null): ActorAnnotation | undefined {
  if (!announced?.test(text.slice(sentence.start, sentence.end))) return undefined;
  return firstActorIn(sentence, actors);
}

/** The first of the actors inside the sentence. */
function firstActorIn(sentence: Span, actors: readonly ActorAnnotation[]): ActorAnnotation | undefined {
  return actors.find((x) => x.start >= sentence.start && x.end <= sentence.end);
}
/** Words after an actor that make it a speaker: 'Armenia's Defence Ministry', 'In Armenia, a high-ranking defence ministry official'. */
const SPEAKER_NOUN = /^(?:['’]s)?(?:,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:official|spokes(?:man|woman|person)|representative)|\s+(?:Defen[cs]e Ministry|Foreign Ministry|Ministry of|ministry|military|army|officials|government|authorities|spokes(?:man|woman|person)|(?:(?:senior|high-ranking|military|defen[cs]e|government)\s+){1,2}officials?))(?![\p{L}])/iu;

/** The annotations the stage reads, each kind in the order it was added. */
interface AnnotationsRead {
  readonly sentences: SentenceAnnotation[];
  readonly numbers: NumberAnnotation[];
  readonly places: PlaceAnnotation[];
  readonly actors: ActorAnnotation[];
  readonly dates: DateAnnotation[];
}

/**
 * `annotationsOf` of each kind the stage reads, in one pass over the report's annotations rather than one
 * for each of the five kinds.
 */
function annotationsRead(doc: Document): AnnotationsRead {
  const out: AnnotationsRead = { sentences: [], numbers: [], places: [], actors: [], dates: [] };
  for (const a of doc.annotations) {
    if (a.kind === 'sentence') out.sentences.push(a);
    else if (a.kind === 'number') out.numbers.push(a);
    else if (a.kind === 'place') out.places.push(a);
    else if (a.kind === 'actor') out.actors.push(a);
    else if (a.kind === 'date') out.dates.push(a);
  }
  return out;
}

/**
 * Casualty figures with side, status, group, count, claimant and date, one per figure stated
 * (a figure repeated with the same values in one report is kept once). Evidence is the sentence.
 */
export const casualties = defineStage({
  id: ID,
  requires: ['sentence', 'number', 'actor', 'place', 'date'],
  assigns: ['casualty'],
  run(doc, ctx) {
    const compiled = compiledVocabulary(ctx.lexicon, doc.language ?? 'en');
    if (!compiled) return doc;
    const text = doc.text;
    const { sentences, numbers, places, actors: named, dates } = annotationsRead(doc);
    // The triggers of every sentence, found first: the sentences after the last that holds one are skipped.
    // What a sentence leaves to those after it (the last speaker, the quotation it opens, the speaker of its
    // outcome) is read only by a later sentence's figures, so past the last figure it changes nothing
    // (about a third of a report's sentences, each searched for its speakers and quotations).
    const triggersOf = sentences.map((s) => findTriggers(text, s.start, s.end, compiled.triggers));
    let end = sentences.length;
    while (end > 0 && triggersOf[end - 1]!.length === 0) end--;
    // A report without a trigger has no figures: its actors, quotations and speakers are not read at all.
    if (end === 0) return withAnnotations(doc, []);
    const actors = withTerritorySpeakers(text, named, places, ctx.lexicon, compiled);
    // The actors and numbers of each sentence (read for every sentence).
    const actorsIn = insideOf(actors);
    const numbersIn = insideOf(numbers);
    const out: CasualtyAnnotation[] = [];
    /** The figures kept once for their side, status, count, claimant and date (see `sameStatement`). */
    const kept: CasualtyAnnotation[] = [];
    /** Figures that count people by their names, with the names. */
    const namedFigures = new Map<CasualtyAnnotation, readonly string[]>();
    // A one-word place right before another capitalised word may be a first name ('Ararat Gasparyan').
    // (Read only when a sentence's names are: most reports have none read.)
    let entities: Span[] | undefined;
    const entitiesOf = (): Span[] => [...actors, ...places.filter((p) => !NAME_AFTER.test(text.slice(p.end, p.end + 3)) || /\s/.test(text.slice(p.start, p.end)))];
    const namesIn = (span: Span): PersonName[] => personNames(text, span.start, span.end, inside((entities ??= entitiesOf()), span), compiled.figures.nameList?.notName ?? null);
    const home = homeActor(doc.report.url, ctx.lexicon);
    // (The quotation marks up to the end of the sentences read: no rule reads one after it.)
    let readEnd = 0;
    for (let si = 0; si < end; si++) readEnd = Math.max(readEnd, sentences[si]!.end);
    const marks = quoteMarks(text, readEnd);
    let last: Claimant | null = null;
    let inQuote: Claimant | null | undefined;
    /** The speaker the sentence before was attributed to as a whole (its last cue), or null. */
    let reported: Claimant | null = null;
    /** Where the figures of the current live-blog update start in `out` (the rules that read the figure before stop there). */
    let entryFigures = 0;
    for (let si = 0; si < end; si++) {
      const sentence = sentences[si]!;
      // A quotation runs on into a new paragraph only when the paragraph opens with a quotation mark (a stray
      // or unmatched mark does not make the rest of the report a quote).
      if (inQuote !== undefined && si > 0 && sentence.paragraph !== sentences[si - 1]!.paragraph && !OPEN_QUOTE.test(text.slice(sentence.start, sentence.start + 3))) inQuote = undefined;
      // A live blog's update is told on its own: its speaker, quotation and figures do not carry into the next one.
      const entryStart = si > 0 && sentence.section !== null && sentence.section !== sentences[si - 1]!.section;
      if (entryStart) {
        last = null;
        reported = null;
        inQuote = undefined;
        entryFigures = out.length;
      }
      const sActors = actorsIn(sentence);
      const cues = findAttributions(text, sentence, sActors, last, compiled.attribution, home);
      const triggers = triggersOf[si]!;
      const quoteState = quoteBalance(text, marks, sentence.start, sentence.end);
      // A sentence without a speaker of its own that tells the outcome of the one before goes on in its speaker's voice.
      const continues = reported !== null && !cues.length && compiled.consequence !== null && compiled.consequence.test(text.slice(sentence.start, sentence.end));
      if (triggers.length) {
        let names: PersonName[] | undefined;
        const namesOfSentence = () => (names ??= compiled.figures.nameList ? namesIn(sentence) : []);
        const figures = attachFigures(text, sentence, triggers, numbersIn(sentence), compiled.figures, namesOfSentence, sActors);
        // The sentence's places and dates, read once for all its figures.
        let sPlaces: PlaceAnnotation[] | undefined;
        let sDatesAll: DateAnnotation[] | undefined;
        // Read once for the sentence: the rules that look at the sentence before apply when it names no belligerent.
        const namesNoBelligerent = !sActors.some((a) => isBelligerent(a.code, ctx.lexicon));
        // (Not `sentences[-1]` for the first: V8 reads an index below 0 as a property name, up the prototype chain.)
        const prevSentence = entryStart || si === 0 ? undefined : sentences[si - 1];
        // What the rules below read of the sentence and the one before, the same for each of its figures: read
        // for the first figure that asks (the speaker of figures no cue governs, the side of the attack told in
        // the sentence before, the side of the place it names, the date of the sentences before).
        let unattributed: { readonly claimant: Claimant | null } | undefined;
        let attackBefore: { readonly side: ActorCode | null } | undefined;
        let placeBefore: { readonly side: ActorCode | null } | undefined;
        let earlierDate: { readonly date: DateAnnotation | null } | undefined;
        for (let fig of figures) {
          // 'The following servicemen died:' and a list of names, one a line.
          let evidenceEnd = sentence.end;
          if (compiled.figures.nameList && fig.min === null && fig.max === null && fig.trigger.voice === 'passive' && /:\s*$/.test(text.slice(sentence.start, sentence.end))) {
            const listed = namesListedAfter(text, sentences.slice(si + 1, si + 60), namesIn);
            if (listed.names.length) {
              fig = { ...fig, min: listed.names.length, max: listed.names.length, names: listed.names.map((n) => n.name) };
              evidenceEnd = listed.end;
            }
          }
          let claimant = claimantFor(cues, fig.trigger.start, text);
          if (claimant === undefined && unattributed === undefined) {
            const sentenceText = text.slice(sentence.start, sentence.end);
            // A quotation opened here and closed a few sentences on names its speaker there ('“... losses. ...,” the ministry said').
            const opened = inQuote === undefined && OPEN_QUOTE.test(sentenceText) && quoteState !== 'balanced'
              ? speakerAfterQuote(text, sentences, si, actors, last, compiled.attribution, home) : undefined;
            // A sentence in a side's own voice ('we', 'the enemy') without a speaker, or one opening a quotation, continues
            // the last statement. (Searched for its voice only when there is a last speaker, and after the cheap test: the
            // same result, the tests have no side effects.)
            let voice = opened ?? (inQuote !== undefined ? inQuote
              : last !== null && (OPEN_QUOTE.test(sentenceText) || isFirstPerson(text, sentence, compiled.attribution) || compiled.side.enemy.testIn(text, sentence.start, sentence.end)) ? last : null);
            // 'This was announced by X.' in a sentence after it names the speaker of this one.
            if (voice === null && compiled.announced) voice = announcedAfter(text, sentences, si, actors, compiled.announced, compiled.attribution.speech) ?? null;
            // 'According to the report, X shelled the village. As a result of this provocation, two residents died.'
            if (voice === null && continues) voice = reported;
            unattributed = { claimant: voice };
          }
          if (claimant === undefined) claimant = unattributed!.claimant;
          const quoted = inQuote !== undefined || quoteOpenBefore(text, marks, sentence.start, fig.trigger.start);
          let side = sideOf(fig, { text, sentence, actors: sActors, places: (sPlaces ??= inside(places, sentence)), claimant, lexicon: ctx.lexicon, patterns: compiled.side, quoted, home });
          // 'three Armenian civilians were killed and two others wounded': the others are of the same side.
          const previous = out.length > entryFigures ? out.at(-1) : undefined;
          // So are 'Four other residents were also wounded' in the sentence after.
          // ('Four Azerbaijani soldiers were killed and two others wounded, Yerevan said': in the same sentence, the
          // others are of the same side before the speaker's own people are.)
          // (Where the figures stand and their sides are read before the words: most figures end there. Nor are
          // they read when the figure has the side already, here and in the rules below that give only a side.)
          if (fig.np && previous && side !== previous.side && compiled.others
            && (side === 'unknown' ? sentence.index - previous.sentence <= 1 : previous.sentence === sentence.index && side === claimant?.code && previous.side !== 'unknown' && previous.side !== 'multiple')
            && !sActors.some((a) => a.start >= fig.np!.start && a.end <= fig.np!.end)
            && (compiled.others.test(text.slice(fig.np.start, fig.np.end)) || compiled.othersBefore!.test(text.slice(Math.max(sentence.start, fig.np.start - 16), fig.np.start)))) side = previous.side;
          // 'The following servicemen of the Azerbaijan Army also died: ... There are also wounded servicemen.': a figure
          // added to the ones just told, in a sentence naming no belligerent, is of their side and in their speaker's voice.
          if (side === 'unknown' && previous && namesNoBelligerent && isBelligerent(previous.side, ctx.lexicon) && sentencesSince(sentences, si, previous.evidence.end) <= ALSO_REACH
            && compiled.also?.testIn(text, sentence.start, sentence.end)) {
            side = previous.side;
            claimant ??= previous.claimant;
          }
          // 'X fired on a car ... Three people were killed': a sentence naming no belligerent follows the attack told before.
          // (The attacker is read from the sentence before alone: not from the figure or its claimant.)
          if (side === 'unknown' && prevSentence && namesNoBelligerent) {
            attackBefore ??= { side: sideFromAttackBefore(prevSentence, { text, sentence, actors: inside(actors, prevSentence), places: [], claimant, lexicon: ctx.lexicon, patterns: compiled.side }) };
            if (attackBefore.side) side = attackBefore.side;
          }
          // 'X and Y died. Z received a fragmentation wound.': a victim named or told one by one in the sentence
          // after a figure, in a sentence naming no belligerent, is of the same side.
          if (side === 'unknown' && (fig.names || (fig.min === 1 && fig.max === 1)) && previous && sentence.index - previous.sentence === 1 && previous.side !== 'unknown' && previous.side !== 'multiple'
            && namesNoBelligerent) side = previous.side;
          // ... and told by the same speaker, when the sentence names none.
          if (claimant === null && (fig.names || (fig.min === 1 && fig.max === 1)) && previous?.claimant && sentence.index - previous.sentence === 1 && namesNoBelligerent) claimant = previous.claimant;
          // 'The incident occurred in villages of Tavush region of Armenia. Two other civilians have been wounded.':
          // civilians hurt in a sentence naming no belligerent, right after one naming a place of a side's country.
          if (side === 'unknown' && fig.group !== 'soldiers' && prevSentence && namesNoBelligerent) {
            if (placeBefore === undefined) {
              const place = lastWhere(inside(places, prevSentence), (p) => !!p.country && p.placeType !== 'country' && p.placeType !== 'region' && p.placeType !== 'feature' && !inTerritory(p.placeId, ctx.lexicon));
              const actor = place ? ctx.lexicon.actorForCountry(place.country!) : null;
              placeBefore = { side: actor && isBelligerent(actor, ctx.lexicon) ? actor : null };
            }
            if (placeBefore.side) side = placeBefore.side;
          }
          // 'Azerbaijani forces suffered heavy losses, including 200 dead': the people a figure includes are its side's.
          // (The actors first, then the words: the same result, the test has no side effects.)
          if (previous && side !== previous.side && previous.sentence === sentence.index && previous.side !== 'unknown' && !(fig.np && sActors.some((a) => a.start >= fig.np!.start && a.end <= fig.np!.end))
            && compiled.including?.test(text.slice(previous.end, fig.phrase.start))) side = previous.side;
          // 'killing two crew members and injuring a third': one more of the same people.
          if (fig.np && previous?.sentence === sentence.index && side !== previous.side && compiled.onePerson?.test(text.slice(fig.np.start, fig.np.end))) side = previous.side;
          // 'a 1991-94 war which killed an estimated 30,000 people': a war's toll, across the sides and in nobody's voice.
          const tollFrom = Math.max(sentence.start, fig.trigger.start - 40);
          // (The pattern is tried at each of those characters: the words it must end with are read first.)
          if (mayEndWithWord(text, tollFrom, fig.trigger.start, WAR_TOLL_LAST, true) && compiled.warToll.testIn(text, tollFrom, fig.trigger.start)) {
            side = 'multiple';
            claimant = null;
          }
          // Dates inside a list of names are births ('Guliyeva Zakhra, born in 2015, died'), not the day of the figure.
          const named = fig.names ? { start: fig.phrase.start, end: fig.trigger.start } : null;
          sDatesAll ??= inside(dates, sentence);
          // (Read only: without names, all of them.)
          const sDates = named ? sDatesAll.filter((d) => d.end <= named.start || d.start >= named.end) : sDatesAll;
          // 'On Feb. 27, the ministries confirmed that ... were killed over the weekend': a date of the statement
          // yields to one the reported clause gives.
          const told = sDates.filter((d) => !statementDate(d, cues, fig.phrase.start));
          const date = dateAfter(text, sDates, fig.trigger.end) ?? nearestDate(told.length ? told : sDates, fig.trigger.start)
            ?? (earlierDate ??= { date: backgroundDate(text, sentence, prevSentence, dates, compiled.backReference) ?? warDate(text, sentence, sentences.slice(Math.max(0, si - 8), si), dates, compiled.yearsOfWar) }).date;
          let claim: CasualtyAnnotation = {
            kind: 'casualty', by: ID, start: fig.phrase.start, end: fig.phrase.end,
            side, status: fig.trigger.status, group: fig.group, min: fig.min, max: fig.max,
            claimant, date: date?.date ?? ((fig.max ?? fig.min) !== null ? dateOfFigureBefore(text, sentence, previous) : null), evidence: { start: sentence.start, end: evidenceEnd }, sentence: sentence.index,
          };
          // 'On Feb. 27, the ministry confirmed the five deaths': dated only by its statement, a count told
          // before with a date of its own is that count again.
          if (date && !told.length) {
            const before = dateOfRepeat(claim, out);
            if (before) claim = { ...claim, date: before };
          }
          if (fig.names) {
            // Named people are each of one side: 'both sides' near them is about the fighting. A side that
            // names its dead by name names its own ('the press service said ... Ensign X was killed').
            if (claim.side === 'multiple') claim = { ...claim, side: claimant && isBelligerent(claimant.code, ctx.lexicon) ? claimant.code : 'unknown' };
            namedFigures.set(claim, fig.names);
            out.push(claim);
            continue;
          }
          // A figure repeated with the same values is kept once. (A look through the few kept, not a set of
          // string keys: each key was a string built and hashed for every figure.)
          if (kept.some((k) => sameStatement(k, claim))) continue;
          kept.push(claim);
          out.push(claim);
        }
        totalBeforeBreakdown(text, out, sentence.index, ctx.lexicon, namedFigures);
      }
      // The last speaker named: a claimant of this sentence, or an institution introduced as the
      // subject ('Armenia's Defence Ministry presented the day's events the other way round.').
      // 'This was announced by X.' names X as the speaker, whatever its verb's reading.
      // (The announcer is read only for a sentence whose cues name no speaker in it.)
      let explicit: { readonly claimant: Claimant | null } | undefined = lastWhere(cues, (c) => c.claimant !== null && c.claimant.span.start >= sentence.start);
      if (!explicit) {
        const announcer = announcerOf(text, sentence, sActors, compiled.announced);
        explicit = announcer ? { claimant: { code: announcer.code, span: { start: announcer.start, end: announcer.end } } } : undefined;
      }
      // The institution introduced is the last of the sentence's actors that is one; it counts only when it opens the
      // sentence (in its first 20 characters) after the explicit speaker, if any. When no actor stands there, the last
      // one found stands elsewhere, or none is found: the sentence's actors are not tested with SPEAKER_NOUN at all.
      const after = explicit?.claimant ? explicit.claimant.span.start : sentence.start - 1;
      const introduced = sActors.some((a) => a.start > after && a.start - sentence.start < 20)
        ? lastWhere(sActors, (a) => a.aliasKind === 'institution' || SPEAKER_NOUN.test(text.slice(a.end, a.end + 70)))
        : undefined;
      if (explicit?.claimant && (!introduced || explicit.claimant.span.start >= introduced.start)) last = explicit.claimant;
      else if (introduced && sentence.start <= introduced.start && introduced.start - sentence.start < 20) last = { code: introduced.code, span: { start: introduced.start, end: introduced.end } };
      else if (explicit?.claimant) last = explicit.claimant;
      if (!continues) reported = claimantFor(cues, sentence.end) ?? null;
      if (inQuote === undefined && quoteState !== 'balanced') inQuote = claimantFor(cues, sentence.end) ?? last;
      else if (inQuote !== undefined && quoteState !== 'balanced') inQuote = undefined;
    }
    totalOfParts(out, actors, ctx.lexicon, namedFigures);
    return withAnnotations(doc, namedFigures.size > 1 ? sumNamed(out, namedFigures) : out);
  },
});

/**
 * 'Their victims were 20 servicemen: on the Azerbaijani side 11 dead and four wounded, Armenia reported five
 * wounded': a figure of no side followed by a colon and a breakdown whose figures are of both camps counts
 * people across the sides. Rewrites the sentence's figures in `out` (and their keys in `named`) in place.
 */
function totalBeforeBreakdown(text: string, out: CasualtyAnnotation[], sentence: number, lexicon: Lexicon, named: Map<CasualtyAnnotation, readonly string[]>): void {
  for (let i = out.length - 1; i >= 0 && out[i]!.sentence === sentence; i--) {
    const total = out[i]!;
    if (total.side !== 'unknown' || (total.min ?? total.max) === null) continue;
    const colon = /^[^.;:!?]{0,40}:/u.exec(text.slice(total.end, total.evidence.end));
    if (!colon) continue;
    const at = total.end + colon[0].length;
    const camps = new Set(out.filter((c) => c.sentence === sentence && c.start >= at && isBelligerent(c.side, lexicon)).map((c) => campOf(c.side, lexicon)));
    if (camps.size < 2) continue;
    out[i] = { ...total, side: 'multiple' };
    const names = named.get(total);
    if (names) {
      named.delete(total);
      named.set(out[i]!, names);
    }
  }
}

/**
 * 'Azerbaijan: five soldiers killed in Karabakh battle' over 'Azerbaijan says three Armenian and two Azerbaijani
 * soldiers were killed': a count whose words name no actor, equal to the sum of the counts one sentence gives of
 * the same status and speaker for both camps, counts people across the sides. Rewrites `out` in place.
 */
function totalOfParts(out: CasualtyAnnotation[], actors: readonly ActorAnnotation[], lexicon: Lexicon, named: ReadonlyMap<CasualtyAnnotation, readonly string[]>): void {
  for (const [i, total] of out.entries()) {
    if (named.has(total) || total.side === 'multiple' || total.min === null || total.min !== total.max || total.min < 2) continue;
    if (actors.some((a) => a.start >= total.start && a.end <= total.end)) continue;
    const claimant = total.claimant?.code ?? null;
    const bySentence = new Map<number, CasualtyAnnotation[]>();
    for (const c of out) {
      if (c === total || c.sentence === total.sentence || c.status !== total.status || (c.claimant?.code ?? null) !== claimant) continue;
      // (Added to the sentence's list, not copied into a new one for each figure.)
      const parts = bySentence.get(c.sentence);
      if (parts) parts.push(c);
      else bySentence.set(c.sentence, [c]);
    }
    for (const parts of bySentence.values()) {
      if (parts.length < 2 || parts.some((p) => p.min === null || p.min !== p.max || !isBelligerent(p.side, lexicon))) continue;
      if (new Set(parts.map((p) => campOf(p.side, lexicon))).size < 2 || parts.reduce((n, p) => n + p.min!, 0) !== total.min) continue;
      out[i] = { ...total, side: 'multiple' };
      break;
    }
  }
}

/**
 * The actor mentions of a report with the places that stand for the actor holding them: a territory name
 * (an alias of kind `territory`) right before a verb of saying, or opening its clause before a status verb,
 * at most two small words between ('Nagorno-Karabakh states that it has lost five troops', 'Nagorno-Karabakh had lost almost
 * 2 thousand people'), or right after a speaker noun of the pack ('les autorités du Karabakh'). Elsewhere the name
 * stays a place.
 */
function withTerritorySpeakers(text: string, actors: readonly ActorAnnotation[], places: readonly PlaceAnnotation[], lexicon: Lexicon, compiled: Compiled): readonly ActorAnnotation[] {
  const added: ActorAnnotation[] = [];
  for (const p of places) {
    const code = lexicon.actorOfTerritory(text.slice(p.start, p.end));
    if (!code || actors.some((a) => a.start < p.end && p.start < a.end)) continue;
    // 'les autorités du Karabakh', 'Behörden in Berg-Karabach': a speaker noun of the pack right before it.
    const speakerBefore = compiled.attribution.speakerNounsBefore;
    if (speakerBefore && speakerBefore.test(text.slice(Math.max(0, p.start - 40), p.start))) {
      added.push({ kind: 'actor', by: 'casualties.territory', start: p.start, end: p.end, code, aliasKind: 'territory' });
      continue;
    }
    // ("Karabakh's health ministry said": the possessive is the place's.)
    const possessive = /^['’]s/.exec(text.slice(p.end, p.end + 2));
    for (let at = p.end + (possessive ? 2 : 0), words = 0; words <= 3; words++) {
      const m = /^\s+/.exec(text.slice(at, at + 20));
      if (!m) break;
      const verb = at + m[0].length;
      const speaks = compiled.attribution.speech.matchAt(text, verb) !== null;
      // A status verb only when the place opens its clause ('Nagorno-Karabakh had lost', not 'three soldiers in Karabakh died').
      const loses = !speaks && compiled.clauseStart.test(text.slice(Math.max(0, p.start - 12), p.start))
        && findTriggers(text, verb, Math.min(text.length, verb + 30), compiled.triggers).some((t) => t.start === verb);
      if (speaks || loses) {
        added.push({ kind: 'actor', by: 'casualties.territory', start: p.start, end: p.end, code, aliasKind: 'territory' });
        break;
      }
      const word = /^\p{Ll}+/u.exec(text.slice(verb, verb + 20));
      if (!word) break;
      at = verb + word[0].length;
    }
  }
  return added.length ? [...actors, ...added].sort((a, b) => a.start - b.start) : actors;
}

/**
 * The people a report names across its sentences are one figure per side, status and date
 * ('sergeant X and corporal Y died ... soldier Z has also died' is three killed): the named
 * figures of one status become one per side and date, counting each name once, with the claimant
 * one of them names, and the sentences from the first to the last as evidence. A named figure of
 * unknown side joins the one side the others name, one with no date the one date they give;
 * figures whose claimants differ stay apart.
 */
function sumNamed(claims: readonly CasualtyAnnotation[], named: ReadonlyMap<CasualtyAnnotation, readonly string[]>): CasualtyAnnotation[] {
  const byStatus = new Map<string, CasualtyAnnotation[]>();
  for (const c of claims) if (named.has(c)) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c]);
  const replaced = new Map<CasualtyAnnotation, CasualtyAnnotation | null>();
  for (const sameStatus of byStatus.values()) {
    const sideOf = joinUnknown(sameStatus.map((c) => c.side), 'unknown');
    const dateOf = joinUnknown(sameStatus.map((c) => c.date?.value ?? null), null);
    const groups = new Map<string, CasualtyAnnotation[]>();
    sameStatus.forEach((c, i) => {
      const key = `${sideOf[i]}|${dateOf[i]}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    });
    for (const members of groups.values()) {
      const claimants = new Set(members.map((c) => c.claimant?.code).filter((code) => code !== undefined));
      if (members.length < 2 || claimants.size > 1) continue;
      const people = new Set(members.flatMap((c) => named.get(c)!.map((n) => n.toLowerCase())));
      const first = members[0]!;
      const total: CasualtyAnnotation = {
        ...first, min: people.size, max: people.size,
        side: members.find((c) => c.side !== 'unknown')?.side ?? first.side,
        date: members.find((c) => c.date)?.date ?? null,
        claimant: members.find((c) => c.claimant)?.claimant ?? null,
        group: members.every((c) => c.group === first.group) ? first.group : 'unspecified',
        evidence: { start: Math.min(...members.map((c) => c.evidence.start)), end: Math.max(...members.map((c) => c.evidence.end)) },
      };
      members.forEach((c, k) => replaced.set(c, k === 0 ? total : null));
    }
  }
  // (A loop, not `flatMap` with an array per claim: this runs for every report.)
  const out: CasualtyAnnotation[] = [];
  for (const c of claims) {
    const r = replaced.get(c);
    if (r !== null) out.push(r ?? c);
  }
  return out;
}

/** Each value, with `unknown` replaced by the one other value the list holds (left as it is when there are several or none). */
function joinUnknown<T>(values: readonly T[], unknown: T): T[] {
  const known = [...new Set(values.filter((v) => v !== unknown))];
  return values.map((v) => (v === unknown && known.length === 1 ? known[0]! : v));
}


/**
 * The speaker named right after the quotation that opens in sentence `si` closes, within three
 * sentences ('“Following a firefight they were forced back, suffering losses. ...,” the ministry said.').
 */
function speakerAfterQuote(
  text: string, sentences: readonly SentenceAnnotation[], si: number, actors: readonly ActorAnnotation[],
  last: Claimant | null, patterns: AttributionPatterns, home: ActorCode | null,
): Claimant | null | undefined {
  for (let k = si + 1; k < Math.min(sentences.length, si + 4); k++) {
    const s = sentences[k]!;
    const body = text.slice(s.start, s.end);
    const close = body.search(/[”»"“]/);
    if (close < 0) continue;
    const cues = findAttributions(text, s, inside(actors, s), last, patterns, home);
    const cue = cues.find((c) => c.start >= s.start + close && c.start - (s.start + close) < 40);
    return cue?.claimant ?? undefined;
  }
  return undefined;
}

/** The belligerent whose press published the report: by a pack's list of outlets ('asbarez.com' -> ARM), else by the country of its web domain ('turan.az' -> AZE); or null. */
function homeActor(url: string | null | undefined, lexicon: Lexicon): ActorCode | null {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url ?? '')?.[1];
  const outlet = host ? lexicon.outletActor(host) : null;
  if (outlet) return isBelligerent(outlet, lexicon) ? outlet : null;
  const tld = host?.split('.').at(-1);
  if (!tld || tld.length !== 2) return null;
  const country = lexicon.countryOfIso2(tld);
  const actor = country ? lexicon.actorForCountry(country) : null;
  return actor && isBelligerent(actor, lexicon) ? actor : null;
}

/** Quotation marks: straight ('"'), opening ('“', '«') and closing ('”', '»'). */
const QUOTE_MARK = /["“«”»]/g;

/**
 * Where the quotation marks of a text stand before `end`, in order: found once per report (most sentences hold
 * none). The ranges read with them (see `quoteBalance`, `quoteOpenBefore`) end at or before `end`.
 */
export function quoteMarks(text: string, end = text.length): number[] {
  const out: number[] = [];
  // (The text after `end` is not searched.)
  const read = end < text.length ? text.slice(0, end) : text;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(read); m !== null; m = QUOTE_MARK.exec(read)) out.push(m.index);
  return out;
}

/**
 * Whether a quotation opened in `text[start, end)` is still open at `end` (an opening mark with no closing one
 * after it: `/["“«][^"”»]*$/` on the slice), read from the report's {@link quoteMarks}: the last mark in the
 * slice opens one ('"', '“', '«').
 */
export function quoteOpenBefore(text: string, marks: readonly number[], start: number, end: number): boolean {
  // The first mark at or after `end`; the one before it is the slice's last, when it is inside.
  const lo = firstAtOrAfter(marks, end);
  const last = lo > 0 ? (marks[lo - 1] as number) : -1;
  if (last < start) return false;
  const c = text.charCodeAt(last);
  return c === 0x22 || c === 0x201c || c === 0xab;
}

/**
 * Whether `text[start, end)` (a sentence) toggles the quotation state (an odd number of straight quotes, or
 * unbalanced curly ones), read from the report's {@link quoteMarks} rather than from each of its characters.
 */
export function quoteBalance(text: string, marks: readonly number[], start: number, end: number): 'toggles' | 'balanced' {
  const lo = firstAtOrAfter(marks, start);
  let straight = 0;
  let open = 0;
  let close = 0;
  for (let k = lo; k < marks.length && (marks[k] as number) < end; k++) {
    const c = text.charCodeAt(marks[k] as number);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0xab) open++;
    else close++;
  }
  return straight % 2 === 1 || open !== close ? 'toggles' : 'balanced';
}

/**
 * A date right after the trigger, in its clause ('captured in Karabakh in September', 'killed on
 * Friday'): it dates this figure rather than a date of the clause before ('captured in 2020-2023 and
 * one serviceman captured in September').
 */
function dateAfter(text: string, dates: readonly DateAnnotation[], at: number): DateAnnotation | null {
  const d = dates.find((x) => x.start >= at && x.start - at <= 45);
  if (!d || /[;.!?]|\s[-–—]\s/.test(text.slice(at, d.start)) || d.role !== 'body') return null;
  // Not past a comma ending the figure's clause when a date before it dates the figure: 'The 2016 clashes, which
  // killed about 200 people, were the worst since 1994'.
  return text.slice(at, d.start).includes(',') && dates.some((x) => x.end <= at && x.role === 'body') ? null : d;
}

/** Words referring back to the fighting told before: compiled per vocabulary (see `compile`). */
const BACK_REFERENCE = String.raw`(?:the|that|this)\s+(?:fighting|war|conflict|hostilities)|(?:days|weeks|months|years)\s+of\s+(?:fighting|war|conflict)|had\s+(?:been\s+)?(?:killed|died|wounded|injured|displaced|forced|fled)`;

/**
 * 'During a six-week war in 2020, ... More than 6,500 people died in the fighting', 'By the time a
 * ceasefire took effect in May 1994, ... Some 30,000 people had been killed': an undated figure that
 * refers back to 'the fighting' or 'the war', or is told in the past perfect, takes the last date of
 * the sentence before. Any undated figure takes the last day named by the sentence before it in
 * its paragraph.
 */
const WEEKEND_WORD = /weekend/i;

function backgroundDate(text: string, sentence: SentenceAnnotation, previous: SentenceAnnotation | undefined, dates: readonly DateAnnotation[], backReference: WordPattern): DateAnnotation | null {
  if (!previous) return null;
  const datesBefore = inside(dates, previous);
  // 'Starting from noon on July 12, Armenian units opened fire. ... forced the Armenian army to retreat, suffering losses.':
  // an undated figure right after a sentence of its paragraph that names a day happened on that day.
  if (!/\n\s*\n/.test(text.slice(previous.end, sentence.start))) {
    // Not a weekend: a span of days, dated by its first only for want of a better day.
    const day = lastWhere(datesBefore, (x) => x.role === 'body' && x.date.precision === 'day' && !WEEKEND_WORD.test(text.slice(x.start, x.end)));
    if (day) return day;
  }
  // The date first, then the words (the same result, the test has no side effects): without a date there is no
  // need to search the sentence.
  const stated = lastWhere(datesBefore, (x) => x.role === 'body' && x.certainty === 'stated');
  return stated !== undefined && backReference.testIn(text, sentence.start, sentence.end) ? stated : null;
}

/**
 * '2895 Azerbaijani soldiers were killed last autumn. Losses from Armenia amounted to 3.5 thousand.':
 * an undated count in the sentence right after a dated one, in its paragraph, is of the same time.
 */
function dateOfFigureBefore(text: string, sentence: SentenceAnnotation, previous: CasualtyAnnotation | undefined): CasualtyAnnotation['date'] {
  if (!previous?.date || previous.sentence !== sentence.index - 1 || (previous.max ?? previous.min) === null) return null;
  return /\n\s*\n/.test(text.slice(previous.evidence.end, sentence.start)) ? null : previous.date;
}

// As `/(?<![\p{L}])(?:...)(?![\p{L}])/iu`, matched faster (a leading look-behind is tried at every position).
const YEARS_OF_WAR = String.raw`(?:several|many|two|three|four|five|six|years|decades)\s+(?:years\s+)?of\s+(?:fighting|war|conflict)|the\s+(?:war|conflict)(?![\p{L}\s]*(?:began|started))`;

/**
 * 'Some 30,000 people were killed during several years of fighting': an undated toll of a war told
 * earlier in the report takes the last year named in the eight sentences before it ('a ceasefire
 * agreed in 1994'), not the day of the sentence before.
 */
function warDate(text: string, sentence: SentenceAnnotation, before: readonly SentenceAnnotation[], dates: readonly DateAnnotation[], yearsOfWar: WordPattern): DateAnnotation | null {
  if (before.length === 0) return null;
  // The year first, then the words (the same result, the test has no side effects): without a year there is no
  // need to search the sentence.
  const year = lastWhere(dates, (d) => d.start >= before[0]!.start && d.end <= sentence.start && d.role === 'body' && d.date.precision === 'year');
  return year !== undefined && yearsOfWar.testIn(text, sentence.start, sentence.end) ? year : null;
}

/**
 * Whether a date before a figure (at `figure`) dates the statement that reports it: it stands before a
 * verb of saying that precedes the figure ('On Feb. 27, X confirmed that'), or right after one ('said on Monday that').
 */
function statementDate(d: DateAnnotation, cues: readonly AttributionCue[], figure: number): boolean {
  return d.end <= figure && cues.some((c) => c.kind === 'speech' && c.end <= figure && (d.end <= c.start || (d.start >= c.end && d.start - c.end <= 12)));
}

/** The date mention nearest to a position within the sentence (body dates before datelines). */
function nearestDate(dates: readonly DateAnnotation[], at: number): DateAnnotation | null {
  let best: DateAnnotation | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = Math.min(Math.abs(d.start - at), Math.abs(d.end - at));
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

export type { ActorAnnotation, NumberAnnotation, PlaceAnnotation, SentenceAnnotation };
