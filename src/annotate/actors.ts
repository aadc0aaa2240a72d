import type { ActorAnnotation } from '../model/annotation.js';
import { withAnnotations } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';

const ID = 'actors.v1';

/** Marks every actor alias of the loaded lexicon packs (names, demonyms, capitals, forces, people). */
export const actors = defineStage({
  id: ID,
  requires: [],
  assigns: ['actor'],
  run(doc, ctx) {
    const found: ActorAnnotation[] = ctx.lexicon.findActors(doc.text).map((m) => ({
      kind: 'actor',
      by: ID,
      start: m.start,
      end: m.end,
      code: m.code,
      aliasKind: m.aliasKind,
    }));
    return withAnnotations(doc, found);
  },
});
