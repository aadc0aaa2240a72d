import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLexicon } from './lexicon.js';
import { mergePacks } from './merge.js';
import { readPack } from './pack.js';
import type { Lexicon } from './types.js';

/** Options of {@link loadLexicon}. */
export interface LoadLexiconOptions {
  /**
   * Pack folders (each holding a `pack.json`), in load order; default: the repository's `packs/world`,
   * `packs/caucasus` then `packs/languages`. A list without `languages` (or another pack giving vocabularies)
   * yields no casualty figures.
   */
  readonly packs?: readonly string[];
  /** More pack folders loaded after `packs` (or after the default packs), e.g. a user's own conflict pack. */
  readonly extraPacks?: readonly string[];
}

/** The packs loaded when no folder is given. */
export const DEFAULT_PACKS = ['world', 'caucasus', 'languages'] as const;

/**
 * The repository's `packs/` folder, found from this module's location so that it works from `src/lexicon/`
 * (tests) as well as from `dist/src/lexicon/` (compiled).
 */
export function packsFolder(): string {
  for (const relative of ['../../packs/', '../../../packs/']) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(folder)) return folder;
  }
  throw new Error(`Cannot find the packs/ folder above ${fileURLToPath(import.meta.url)}: the installation is incomplete`);
}

/** The folders of the default packs. */
export function defaultPackFolders(): string[] {
  const root = packsFolder();
  return DEFAULT_PACKS.map((name) => `${root}${name}`);
}

/**
 * Reads, validates and merges lexicon packs (synchronously) and builds the matchers. A bad pack throws an
 * `InputError` with code `E_LEXICON_PACK` naming the pack file and the problem.
 *
 * @example
 * const lexicon = loadLexicon();
 * lexicon.findActors("Azerbaijan's Defence Ministry said"); // [{ start: 0, end: 10, code: 'AZE', aliasKind: 'name' }]
 * const custom = loadLexicon({ packs: [`${packsFolder()}languages`, `${packsFolder()}world`, '/data/packs/sahel'] });
 * const extended = loadLexicon({ extraPacks: ['/data/packs/my-villages'] }); // world, caucasus, languages, then mine
 * lexicon.vocabulary('en')?.triggers[0]; // { status: 'killed', pattern: 'shot dead|...', voice: 'passive' }
 */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  const folders = [...(options.packs ?? defaultPackFolders()), ...(options.extraPacks ?? [])];
  return createLexicon(mergePacks(folders.map((folder) => readPack(folder))));
}
