import { STAGES } from './registry.js';
import { composePipeline, type Pipeline } from './run.js';
import type { Stage } from './stage.js';

/** The order of the document stages, declared once. */
export const PIPELINE_ORDER = ['language.v1', 'sentences.v1', 'dates.v1', 'numbers.v1', 'actors.v1', 'places.v1', 'event-type.v1', 'casualties.v1'] as const;

/** The default pipeline, checked (every `requires` assigned by an earlier stage). */
export function defaultPipeline(): Pipeline {
  const stages = PIPELINE_ORDER.map((id): Stage => {
    const stage = STAGES.get(id);
    if (!stage) throw new Error(`Stage ${id} is in PIPELINE_ORDER but not registered in pipeline/registry.ts: this is a bug`);
    return stage;
  });
  return composePipeline(stages);
}
