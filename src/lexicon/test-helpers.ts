import { readdirSync } from 'node:fs';
import { InputError } from '../errors.js';
import { loadLexicon, packsFolder } from './load.js';
import type { Lexicon } from './types.js';

/** The `InputError` that `load` throws; fails the test when it throws none or another error. */
export function errorOf(load: () => unknown): InputError {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

/**
 * The bundled language packs loaded alone, and the codes of their languages (read from the folder, so a
 * pack added later is tested too): for tests that check a rule against every language's vocabulary.
 */
export function languagePacks(): { readonly lexicon: Lexicon; readonly languages: readonly string[] } {
  const folder = `${packsFolder()}languages`;
  const languages = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'pack.json').map((f) => f.slice(0, -'.json'.length)).sort();
  return { lexicon: loadLexicon({ packs: [folder] }), languages };
}
