/**
 * The lexicon: actors, places and words from data packs (`packs/`), and the matchers the annotators use.
 *
 * @example
 * import { loadLexicon } from '../lexicon/index.js';
 * const lexicon = loadLexicon();
 * lexicon.findPlaces('Shelling hit Khankendi'); // [{ start: 13, end: 22, place: { id: 'caucasus:stepanakert', name: 'Stepanakert', ... } }]
 */
export { DEFAULT_PACKS, defaultPackFolders, loadLexicon, packsFolder, type LoadLexiconOptions } from './load.js';
export { MAX_WORDS, PhraseIndex, type PhraseHit } from './match.js';
export { fold, tokenize, type Token } from './tokens.js';
export type { ActorEntry, ActorMatch, Lexicon, Place, PlaceMatch } from './types.js';
export { perLanguage } from './per-language.js';
export { wholeWords, type CasualtyVocabulary, type EventTypeCue } from './vocabulary.js';
