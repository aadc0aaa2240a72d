import type { Lexicon } from './types.js';
import { TextCheck } from './word-pattern.js';

/**
 * Memoises what a stage compiles from a lexicon's words for one language (regular expressions from a
 * vocabulary), once per lexicon object and language. The cache belongs to the lexicon (a `WeakMap` keyed
 * by it): no state outlives the lexicon, and two lexicons never share their compiled words.
 *
 * @example
 * const compiledCues = perLanguage((lexicon, language) => lexicon.eventCues(language).map(compileCue));
 * compiledCues(ctx.lexicon, 'en'); // compiled on the first call, then reused
 */
export function perLanguage<T>(build: (lexicon: Lexicon, language: string) => T): (lexicon: Lexicon, language: string) => T {
  const cache = new WeakMap<Lexicon, Map<string, T>>();
  return (lexicon, language) => {
    let byLanguage = cache.get(lexicon);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      cache.set(lexicon, byLanguage);
    }
    if (!byLanguage.has(language)) byLanguage.set(language, build(lexicon, language));
    return byLanguage.get(language) as T;
  };
}

/**
 * Memoises what a stage builds once per lexicon object (the engine's), as {@link perLanguage} does per
 * language: patterns with state of their own (a check that remembers the last text searched) belong to
 * one engine, not to the module.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    if (!cache.has(lexicon)) cache.set(lexicon, build(lexicon));
    return cache.get(lexicon) as T;
  };
}

/**
 * The ASCII check ({@link TextCheck}) the stages of one engine share: the numbers, event-type and
 * casualties stages each search a report's whole text, and each would check it again with a check of
 * its own (about 1.7 us for a 2 KB report). It remembers the texts last asked about, so it belongs to
 * the engine's lexicon, not to the module.
 */
export const textCheckOf = perLexicon(() => new TextCheck());
