import { annotationsOf, withAnnotations } from '../../model/document.js';
import type { NumberAnnotation, NumberQualifier, SentenceAnnotation } from '../../model/annotation.js';
import { defineStage } from '../../pipeline/stage.js';
import { isMasked, maskedSpansOf } from '../masks.js';
import { perLanguage, perLexicon, textCheckOf } from '../../lexicon/per-language.js';
import { numberPatterns } from './lexicon.js';
import { compileNumberWords, extractNumbers } from './extract.js';

export { compileNumberWords, extractNumbers, wordsValue, type NumberWords } from './extract.js';
export type { FoundNumber } from './extract.js';

const STAGE_ID = 'numbers.v1';

/** The number words of a language, from the lexicon's packs, compiled once per lexicon. */
const numberWords = perLanguage((lexicon, language) => compileNumberWords(lexicon.numberWords(language)));

/** The searches for numerals, one set per lexicon (the engine's): their ASCII check remembers the last text. */
const patternsOf = perLexicon((lexicon) => numberPatterns(textCheckOf(lexicon)));

/** Contract bounds for a value and its qualifier: 'at least 13' -> 13/null, 'up to 75,000' -> null/75000. */
export function boundsOf(value: number | null, qualifier: NumberQualifier): { min: number | null; max: number | null } {
  if (value === null || qualifier === 'vague') return { min: null, max: null };
  if (qualifier === 'at-least' || qualifier === 'more-than') return { min: value, max: null };
  if (qualifier === 'up-to' || qualifier === 'less-than') return { min: null, max: value };
  return { min: value, max: value };
}

/**
 * `numbers.v1`: counts in digits and words, with their qualifiers ('at least', 'up to', 'nearly')
 * and contract bounds. Years, times, dates, ordinals, percentages, money, measures, labels
 * ('Update 5'), model names ('Mi-24'), and numbers in URLs, handles or hashtags are not counts;
 * 'one' counts only before a noun or as an object ('killing one'), never in 'one of' or 'no one'.
 */
export const numbers = defineStage({
  id: STAGE_ID,
  requires: ['sentence'],
  assigns: ['number'],
  run(doc, ctx) {
    const words = doc.language ? numberWords(ctx.lexicon, doc.language) : null;
    const masks = maskedSpansOf(doc);
    const sentences = annotationsOf(doc, 'sentence').sort((a, b) => a.start - b.start);
    const found: NumberAnnotation[] = [];
    // One pass over the whole text is twice as fast as one per sentence; numbers outside every sentence are dropped.
    let i = 0;
    for (const n of extractNumbers(doc.text, doc.language, undefined, words, patternsOf(ctx.lexicon))) {
      while (i < sentences.length && (sentences[i] as SentenceAnnotation).end <= n.start) i++;
      const sentence = sentences[i];
      if (!sentence || n.start < sentence.start || n.end > sentence.end || isMasked(masks, n.numeral.start, n.numeral.end)) continue;
      const { start, end, value, qualifier, numeral } = n;
      // (The bounds named, not spread into the literal: V8 builds a literal with a spread inside by a slow path.)
      const { min, max } = boundsOf(value, qualifier);
      found.push({ kind: 'number', by: STAGE_ID, start, end, value, qualifier, min, max, numeral });
    }
    return withAnnotations(doc, found);
  },
});
