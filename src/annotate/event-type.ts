import type { EventTypeAnnotation } from '../model/annotation.js';
import { annotationsOf, withAnnotations } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { perLanguage, textCheckOf } from '../lexicon/per-language.js';
import type { Lexicon } from '../lexicon/types.js';
import type { EventTypeCue } from '../lexicon/vocabulary.js';
import { LETTER, TextCheck, WordPattern, WordPatternSet } from '../lexicon/word-pattern.js';

const ID = 'event-type.v1';

interface CompiledCue {
  readonly label: string;
  readonly re: WordPattern;
  readonly weight: number;
}

/**
 * A cue is matched on whole words: no letter right before it, none right after it. The guards are
 * checked by {@link WordPattern} (a leading look-behind makes the engine try it at every position of
 * the text, and most cues are ASCII words that need no Unicode case folding).
 */
function compile(cues: readonly EventTypeCue[], prefix = '', check = new TextCheck()): CompiledCues {
  // (`check`: the cues search the same text in turn, and other stages the same report.)
  const list = cues.map((c) => ({ label: c.label, weight: c.weight, re: new WordPattern(prefix ? `${prefix}(?:${c.pattern})` : c.pattern, { before: LETTER, after: LETTER, check }) }));
  return { list, all: new WordPatternSet(list.map((c) => c.re)) };
}

/** A language's cues, and all of them searched over a text in one pass. */
interface CompiledCues {
  readonly list: readonly CompiledCue[];
  readonly all: WordPatternSet;
}

/**
 * What a language writes onto the front of a word: Arabic joins the article (ال) and one-letter proclitics
 * (و and, ف so, ب by, ل for, ك as) to the word ('الاتفاق', 'والاتفاق'), so its cues allow them.
 */
const WORD_PREFIXES: Readonly<Record<string, string>> = { ar: '(?:[وفبلك]?ال|[وفبلك])?' };

/** The sentence that holds `[start, end)` whole (sentences sorted by start), or undefined. */
function sentenceOf<S extends { start: number; end: number }>(sentences: readonly S[], start: number, end: number): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as S;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return end <= s.end ? s : undefined;
  }
  return undefined;
}

/** The compiled cues of a language, from the lexicon's packs. */
const compiledCues = perLanguage((lexicon, language) => compile(lexicon.eventCues(language), WORD_PREFIXES[language], textCheckOf(lexicon)));
/** Labels whose cues tell of talk, not of a concrete happening. */
const TALK = new Set(['Diplomacy', 'Political', 'Analysis', 'Other']);

/**
 * True when `sentence` holds a cue of a concrete happening (fighting, shelling, a strike, an agreement,
 * arrests...) in the cue table of `language`; false for languages without cues. Talk does not count.
 * @example tellsOfHappening('Ночью продолжались обстрелы.', 'ru', ctx.lexicon) // true
 */
export function tellsOfHappening(sentence: string, language: string | null, lexicon: Lexicon): boolean {
  // (Whether a cue occurs: its search stops at the first match.)
  return compiledCues(lexicon, language ?? 'en').list.some((cue) => !TALK.has(cue.label) && cue.re.test(sentence));
}

/** Sentences at the top of a report (title, lead) say what it is about: their cues weigh more. */
const LEAD_SENTENCES = 4;
const LEAD_WEIGHT = 3;

/**
 * Scores the event types of the taxonomy on trigger words, weighting the title and lead,
 * and records the best label as an annotation on its strongest trigger (the evidence).
 * Reports in languages without cues get no type here (the event step then falls back).
 */
export const eventType = defineStage({
  id: ID,
  requires: ['sentence'],
  assigns: ['event-type'],
  run(doc, ctx) {
    const { list: cues, all } = compiledCues(ctx.lexicon, doc.language ?? 'en');
    if (!cues.length) return doc;
    const scores = new Map<string, { score: number; start: number; end: number }>();
    // (`annotationsOf` gives a new array: sorted in place.)
    const sentences = annotationsOf(doc, 'sentence').sort((a, b) => a.start - b.start);
    // Every cue's matches over the whole text (one pass for all); a match counts in the sentence that holds it whole.
    const matches = all.matchAll(doc.text);
    // In the cues' order, as before, passing over those without a match (most of a language's hundred).
    for (let k = 0; k < cues.length; k++) {
      const found = matches[k];
      if (found === undefined || found.length === 0) continue;
      const cue = cues[k] as CompiledCue;
      for (const m of found) {
        const start = m.index;
        const sentence = sentenceOf(sentences, start, start + m[0].length);
        if (sentence === undefined) continue;
        const weight = sentence.index < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
        const prev = scores.get(cue.label);
        // The evidence is the cue's first match in text order.
        const first = prev === undefined || start < prev.start;
        scores.set(cue.label, { score: (prev?.score ?? 0) + cue.weight * weight, start: first ? start : prev.start, end: first ? start + m[0].length : prev.end });
      }
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
    const out: EventTypeAnnotation[] = ranked.map(([label, v]) => ({ kind: 'event-type', by: ID, start: v.start, end: v.end, label, score: v.score }));
    return withAnnotations(doc, out);
  },
});
