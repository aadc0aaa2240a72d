import type { CasualtyStatus } from '../../model/annotation.js';
import { rememberable } from '../../lexicon/tokens.js';
import type { CasualtyVocabulary } from '../../lexicon/vocabulary.js';
import { LETTER, LETTER_OR_DIGIT, TextCheck, WordPattern, WordPatternSet } from '../../lexicon/word-pattern.js';
import { startsUpper } from './figures.js';
import { isAsciiSpace } from '../../lexicon/chars.js';

/** A status word found in a sentence. Offsets are absolute (into doc.text). */
export interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly status: CasualtyStatus;
  readonly voice: 'passive' | 'active' | 'noun';
  /** True for a claim of none ('no losses'); the figure is then 0/0. */
  readonly none: boolean;
}

/** Compiled trigger patterns of a vocabulary. */
export interface TriggerPatterns {
  /** Each trigger's pattern, whole (`re`) and as a sticky search in the sentence (`at`: for a pattern that looks around its words). */
  readonly kinds: readonly { status: CasualtyStatus; voice: Trigger['voice']; re: RegExp; at: RegExp }[];
  readonly none: readonly { status: CasualtyStatus; re: WordPattern }[];
  /** The words of every trigger (one pattern for all `kinds`). */
  readonly any: WordPattern;
  /** The claims of none searched in one pass over a sentence (in the order of `none`). */
  readonly noneSet: WordPatternSet;
  /**
   * The claims of none, then `any`, searched in one pass over a sentence: one search of the report's text for all
   * of them rather than two (each a scan of the whole report). Null unless `any` is plain ASCII (`asciiCaseless`,
   * as English's words): a set searches the slices of a text together only when each of its patterns has a plain
   * ASCII search (see `WordPatternSet`), and else searches each on its own, the claims of none too, which
   * `noneSet` may search together.
   */
  readonly all: WordPatternSet | null;
  /**
   * The words before a trigger that state no figure: a hypothetical ('could cause casualties': the pack's
   * `hypothetical`, then up to three words) or talk about figures in other languages ('данные о потерях').
   */
  readonly noFigureBefore: WordPattern;
  /** The index in `kinds` of the first whose whole pattern (`re`) reads a trigger's words, by the words (-1: none); see `kindOfWords`. */
  readonly kindByWords: Map<string, number>;
}

/** Compiles a vocabulary's triggers once (`check`: shared with other patterns that search the same sentences). */
export function compileTriggers(vocab: CasualtyVocabulary, check = new TextCheck()): TriggerPatterns {
  const kinds = vocab.triggers.map((t) => ({ status: t.status, voice: t.voice, re: new RegExp(`^(?:${t.pattern})$`, 'iu'), at: new RegExp(`(?:${t.pattern})`, 'iuy') }));
  // As `(?<![\p{L}])(?:...)(?![\p{L}])` and `(?<![\p{L}\p{N}])(?:...)(?![\p{L}\p{N}])` with `giu`, matched faster.
  const none = vocab.none.map((n) => ({ status: n.status, re: new WordPattern(n.pattern, { before: LETTER, after: LETTER, check }) }));
  const any = new WordPattern(vocab.triggers.map((t) => t.pattern).join('|'), { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check });
  return {
    kinds,
    none,
    any,
    noneSet: new WordPatternSet(none.map((n) => n.re)),
    all: any.asciiCaseless ? new WordPatternSet([...none.map((n) => n.re), any]) : null,
    // wholeWords(hypothetical) + up to three words to the end ('poderiam causar centenas de'), or ABOUT_FIGURES, tested
    // (`iu`); the leading guard checked apart (no letter, and no digit before the hypothetical).
    // (One pattern for both: the two tests of the same text before each trigger cost a search each.)
    // (With the shared check: a report's text is checked once for all the patterns.)
    noFigureBefore: new WordPattern(`(?<![\\p{N}])(?:${vocab.hypothetical})(?![\\p{L}\\p{N}])(?:\\s+\\p{L}+){0,3}\\s*$|${ABOUT_FIGURES}`, { before: LETTER, after: null, check }),
    kindByWords: new Map(),
  };
}

// 'dead end', 'killed time', 'body of water', 'loss of territory' are not casualties.
const FALSE_FRIENDS = /^(?:dead(?:\s+end|line|lock|ly)|body\s+of|bod(?:y|ies)\s+(?:politic|armou?r)|loss\s+of\s+(?:territory|control|land|power|face|life)|losses\s+of\s+(?:territory|land)|killed\s+time|return(?:ed|s|ing)?\s+fire|released?\s+(?:a|an|the|its|their)\s+(?:statement|video|report|footage|list|names?|photos?|images?|data|figures?|information))/i;
const INSTITUTION_NAME = /\p{Lu}\p{L}+\s+(?:on|of|for)\s+(?:the\s+)?$/u;
/** 'данные о потерях': compiled per vocabulary (see `compileTriggers`). */
export const ABOUT_FIGURES = String.raw`(?:информаци\p{L}*|данны\p{L}*|сведени\p{L}*|Angaben|Informationen|informations?|información|informações|informazioni|gegevens|informatie)\s+(?:[\p{L}-]+\s+){0,3}?(?:о|об|про|über|zu|sur|sobre|su|sulle|over)\s+(?:[\p{L}-]+\s+){0,4}$`;
// ('reports' only before an auxiliary: 'Azerbaijan reports losses' states a figure.)
export const NOT_PEOPLE_BEFORE = /(?:cows?|cattle|sheep|livestock|animals?|horses?|dogs?|tanks?|vehicles?|drones?|helicopters?|aircraft|houses?|buildings?|positions?|equipment|statements?|videos?|report|footage|documents?|communiqu[eé]s?|photos?|images?)\s+(?:were|was|had been|have been)?\s*$|reports\s+(?:were|had been|have been)\s*$/i;

/**
 * `NOT_PEOPLE_BEFORE.test(before)`, tried on the last three words only: a match (no look-behind, no `\b`)
 * holds a noun, white space and at most an auxiliary of two words, then white space to the end, so it starts
 * inside the third word from the end at the earliest. (A word with a character outside ASCII, which may be
 * white space, leaves the whole text to the pattern.) Tried on the 40 characters before every status word, the pattern spent most of
 * its time at positions that could not start a match.
 */
export function thingsBefore(before: string): boolean {
  let i = before.length;
  for (let words = 0; words < 3 && i > 0; words++) {
    while (i > 0 && isAsciiSpace(before.charCodeAt(i - 1))) i--;
    while (i > 0 && !isAsciiSpace(before.charCodeAt(i - 1))) {
      if (before.charCodeAt(i - 1) >= 128) return NOT_PEOPLE_BEFORE.test(before);
      i--;
    }
  }
  return NOT_PEOPLE_BEFORE.test(i === 0 ? before : before.slice(i));
}

/** A count or one person right after a verb (English): its object, so the thing before it is its subject. */
const OBJECT_AFTER = /^\s+(?:\d|an?\s|one\s|two|three|four|five|six|seven|eight|nine|ten|several|dozens|at least|more than|up to)/i;

/** How many trigger words a vocabulary remembers the kind of (a report repeats a few; the bound only keeps memory in check). */
const MAX_REMEMBERED_WORDS = 10_000;

/**
 * The first kind whose whole pattern reads `words`: a function of the words alone, remembered per
 * vocabulary, since up to a dozen patterns are tried for each trigger of a report and the same few words
 * come back in every report.
 */
function kindOfWords(p: TriggerPatterns, words: string): TriggerPatterns['kinds'][number] | undefined {
  let k = p.kindByWords.get(words);
  if (k === undefined) {
    k = p.kinds.findIndex((kind) => kind.re.test(words));
    if (p.kindByWords.size < MAX_REMEMBERED_WORDS && rememberable(words)) p.kindByWords.set(words, k);
  }
  return k >= 0 ? p.kinds[k] : undefined;
}

/** Finds every status trigger and claim of none in `text[start, end)`. */
export function findTriggers(text: string, start: number, end: number, p: TriggerPatterns): Trigger[] {
  const s = text.slice(start, end);
  const out: Trigger[] = [];
  const noneSpans: [number, number][] = [];
  const all = p.all?.matchAllIn(text, start, end);
  const matches = all ?? p.noneSet.matchAllIn(text, start, end);
  for (let k = 0; k < p.none.length; k++) {
    const n = p.none[k]!;
    for (const m of matches[k]!) {
      const [a, b] = [m.index, m.index + m[0].length];
      // 'suffered no casualties' and 'no casualties' are one claim of none: the longer reading wins.
      const overlap = noneSpans.findIndex(([x, y]) => a < y && x < b);
      if (overlap >= 0) {
        const [x, y] = noneSpans[overlap]!;
        if (y - x >= b - a) continue;
        noneSpans.splice(overlap, 1);
        out.splice(out.findIndex((t) => t.start === start + x && t.end === start + y), 1);
      }
      noneSpans.push([a, b]);
      out.push({ start: start + m.index, end: start + m.index + m[0].length, status: n.status, voice: 'noun', none: true });
    }
  }
  for (const m of all ? all[p.none.length]! : p.any.matchAllIn(text, start, end)) {
    const a = m.index;
    const b = a + m[0].length;
    if (noneSpans.some(([x, y]) => a < y && x < b)) continue;
    if (FALSE_FRIENDS.test(s.slice(a, a + 30))) continue;
    const before = s.slice(Math.max(0, a - 40), a);
    // (`testIn`: the same as testing `before`, the ASCII check read from the whole text.)
    const beforeStart = start + Math.max(0, a - 40);
    // 'could cause casualties'; 'contradictory information about the losses', 'данные о потерях': talk about figures in other languages.
    if (p.noFigureBefore.testIn(text, beforeStart, start + a)) continue;
    // 'no comment on the casualties', 'details of the losses' talk about figures without stating one.
    if (/\b(?:comment|comments|commented|commenting|details|information|data|word|figures?|questions?)\b[^.;]{0,25}?\b(?:on|about|of|regarding)\s+(?:the\s+|any\s+|its\s+|their\s+)?(?:\w+\s+)?$/i.test(before)) continue;
    // 'has not admitted incurring any casualties', 'did not confirm the deaths', 'did not say whether any of its
    // soldiers had been wounded' assert nothing.
    // (Read over 70 characters: 'not say whether any of its soldiers had been' is longer than `before`.)
    if (/\b(?:not|never)\s+(?:\w+\s+){0,2}(?:admit(?:ted)?|confirm(?:ed)?|report(?:ed)?|disclos(?:e|ed)|specif(?:y|ied)|say\s+(?:whether|if))\b[^.;]{0,40}$/i.test(s.slice(Math.max(0, a - 70), a))) continue;
    // 'two tanks destroyed' are things; 'a drone killed two soldiers' is a verb whose object follows.
    if (thingsBefore(before) && !OBJECT_AFTER.test(s.slice(b, b + 20))) continue;
    // 'the State Commission on Prisoners of War': a noun inside an institution's name.
    if (startsUpper(m[0]) && INSTITUTION_NAME.test(before)) continue; // the cheap test first
    // A pattern that looks around its words ('(?<=claimed\s+\d+\s+)lives') is told by where it stands.
    const kind = kindOfWords(p, m[0]) ?? p.kinds.find((k) => {
      k.at.lastIndex = a;
      return k.at.exec(s)?.[0].length === m![0].length;
    });
    if (!kind) continue;
    out.push({ start: start + a, end: start + b, status: kind.status, voice: kind.voice, none: false });
  }
  // (Most sentences hold no trigger or one, and the claims of none that come first are rare: the triggers are
  // then in order already, and a sort, stable, would keep them so at the cost of a call and a copy.)
  return inOrder(out) ? out : out.sort((x, y) => x.start - y.start);
}

/** True when each trigger starts no earlier than the one before. */
function inOrder(triggers: readonly Trigger[]): boolean {
  for (let i = 1; i < triggers.length; i++) if (triggers[i]!.start < triggers[i - 1]!.start) return false;
  return true;
}
