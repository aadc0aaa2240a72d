import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.js';
import { createEngine } from '../../analyze/context.js';
import { annotationsOf, createDocument } from '../../model/document.js';
import type { ActorAnnotation } from '../../model/annotation.js';
import { campOf, campsNamed, isBelligerent } from './side.js';

// `campsNamed` counts without arrays and a set (speed only): the same number as the set it replaces.
describe('campsNamed', () => {
  const engine = createEngine();
  const lexicon = engine.lexicon;
  const reference = (actors: readonly ActorAnnotation[]): number =>
    new Set(actors.filter((a) => a.aliasKind !== 'person' && isBelligerent(a.code, lexicon)).map((a) => campOf(a.code, lexicon))).size;

  it("counts the camps the actors of each sentence of generated reports name, as the set of their camps does", () => {
    let sentences = 0;
    for (const c of generateCorpus(60)) {
      let doc = createDocument({ id: c.id, source: 'x', url: null, outlet: null, title: null, published: { value: c.published, precision: 'day' }, publishedOrigin: 'input', language: null, format: 'text', text: c.text, contentHash: 'h', sections: [], entry: null, raw: c.text, sourceMap: [] });
      for (const stage of engine.pipeline.stages) {
        if (stage.id.startsWith('casualties')) break;
        doc = stage.run(doc, engine.ctx);
      }
      const actors = annotationsOf(doc, 'actor');
      expect(campsNamed(actors, lexicon)).toBe(reference(actors));
      for (const s of annotationsOf(doc, 'sentence')) {
        const inside = actors.filter((a) => a.start >= s.start && a.end <= s.end);
        expect(campsNamed(inside, lexicon)).toBe(reference(inside));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(100);
  });

  it('leaves out persons and actors of no camp, and counts a camp once', () => {
    const [first, second] = lexicon.sides;
    const actor = (code: string, aliasKind = 'name'): ActorAnnotation => ({ code, aliasKind } as unknown as ActorAnnotation);
    expect(campsNamed([], lexicon)).toBe(0);
    expect(campsNamed([actor(first![0]!), actor(first![0]!)], lexicon)).toBe(1);
    expect(campsNamed([actor(first![0]!, 'person'), actor('XX-NONE')], lexicon)).toBe(0);
    expect(campsNamed([actor(first![0]!), actor(second![0]!)], lexicon)).toBe(2);
  });
});
