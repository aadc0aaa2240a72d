import { createHash } from 'node:crypto';
import type { AnnotationKind } from '../model/annotation.js';
import { createDocument, withMessages, type Document } from '../model/document.js';
import type { Report } from '../model/report.js';
import { formatError } from '../errors.js';
import type { Stage, StageContext } from './stage.js';

/** A checked, ordered list of stages with the id of its configuration. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Hash of the stage ids and versions, stored next to every analysis so it names the code that made it. */
  readonly id: string;
}

/**
 * Checks that every stage's `requires` is assigned by an earlier stage and returns the pipeline.
 * Throws (a configuration bug) naming both the stage and the missing kind.
 */
export function composePipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<AnnotationKind>();
  const order = stages.map((s) => s.id).join(' -> ');
  for (const stage of stages) {
    for (const kind of stage.requires) {
      if (!assigned.has(kind)) {
        throw new Error(formatError('E_PIPELINE_ORDER', { stage: stage.id, kind, order }) + ': this is a bug in the pipeline configuration');
      }
    }
    for (const kind of stage.assigns) assigned.add(kind);
  }
  const id = createHash('sha256').update(stages.map((s) => s.id).join('\n')).digest('hex').slice(0, 12);
  return { stages, id };
}

/**
 * Runs every stage over one report. A stage that throws does not stop the batch: its failure becomes
 * a fatal message on the document (with the stage id and the input), and later stages are skipped.
 */
export function runPipeline(pipeline: Pipeline, report: Report, ctx: StageContext): Document {
  let doc = createDocument(report);
  for (const stage of pipeline.stages) {
    try {
      doc = stage.run(doc, ctx);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return withMessages(doc, [
        {
          severity: 'fatal',
          code: 'E_PIPELINE_STAGE',
          reason: formatError('E_PIPELINE_STAGE', { stage: stage.id, input: report.source, detail }),
          place: null,
          origin: stage.id,
        },
      ]);
    }
  }
  return doc;
}
