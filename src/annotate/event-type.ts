import type { EventTypeAnnotation } from '../model/annotation.js';
import { annotationsOf, withAnnotations } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { perLanguage } from '../lexicon/per-language.js';
import type { EventTypeCue } from '../lexicon/vocabulary.js';

const ID = 'event-type.v1';

interface CompiledCue {
  readonly label: string;
  readonly re: RegExp;
  readonly weight: number;
}

function compile(cues: readonly EventTypeCue[]): CompiledCue[] {
  return cues.map((c) => ({ label: c.label, weight: c.weight, re: new RegExp(`(?<![\\p{L}])(?:${c.pattern})(?![\\p{L}])`, 'giu') }));
}

/** The compiled cues of a language, from the lexicon's packs. */
const compiledCues = perLanguage((lexicon, language) => compile(lexicon.eventCues(language)));
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
    const cues = compiledCues(ctx.lexicon, doc.language ?? 'en');
    if (!cues.length) return doc;
    const scores = new Map<string, { score: number; start: number; end: number }>();
    for (const sentence of annotationsOf(doc, 'sentence')) {
      const s = doc.text.slice(sentence.start, sentence.end);
      const weight = sentence.index < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
      for (const cue of cues) {
        cue.re.lastIndex = 0;
        for (let m = cue.re.exec(s); m; m = cue.re.exec(s)) {
          const prev = scores.get(cue.label);
          const start = sentence.start + m.index;
          scores.set(cue.label, { score: (prev?.score ?? 0) + cue.weight * weight, start: prev?.start ?? start, end: prev?.end ?? start + m[0].length });
        }
      }
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
    const out: EventTypeAnnotation[] = ranked.map(([label, v]) => ({ kind: 'event-type', by: ID, start: v.start, end: v.end, label, score: v.score }));
    return withAnnotations(doc, out);
  },
});
