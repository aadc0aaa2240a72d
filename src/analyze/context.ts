import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/types.js';
import { defaultPipeline } from '../pipeline/config.js';
import type { Pipeline } from '../pipeline/run.js';
import type { StageContext } from '../pipeline/stage.js';

/** Everything analysis needs, built once per run and passed down (no global state). */
export interface Engine {
  readonly lexicon: Lexicon;
  readonly pipeline: Pipeline;
  readonly ctx: StageContext;
}

/** Options for building an engine. */
export interface EngineOptions {
  /** Extra lexicon pack folders loaded after the bundled world, caucasus and languages packs. */
  readonly packs?: readonly string[];
  /** Replace the bundled packs instead of extending them (list `packs/languages` too to keep the bundled vocabularies). */
  readonly onlyPacks?: boolean;
  readonly fallbackReferenceDate?: string | null;
}

/** Loads the lexicon packs and checks the pipeline. */
export function createEngine(options: EngineOptions = {}): Engine {
  const extra = [...(options.packs ?? [])];
  const lexicon = options.onlyPacks ? loadLexicon({ packs: extra }) : loadLexicon(extra.length ? { extraPacks: extra } : {});
  const pipeline = defaultPipeline();
  return { lexicon, pipeline, ctx: { lexicon, fallbackReferenceDate: options.fallbackReferenceDate ?? null } };
}
