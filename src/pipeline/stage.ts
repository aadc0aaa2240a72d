import type { AnnotationKind } from '../model/annotation.js';
import type { Document } from '../model/document.js';
import type { Lexicon } from '../lexicon/types.js';

/** What every stage may read besides the document: shared, read-only resources. No global state. */
export interface StageContext {
  readonly lexicon: Lexicon;
  /**
   * Reference date (`YYYY-MM-DD`) used when a report has no publication date; null means "unknown".
   * It is an event's day (lent by the report's incident), not a writing date: days without a year
   * may lie a few weeks after it (see `referenceFor` in annotate/dates).
   */
  readonly fallbackReferenceDate: string | null;
}

/**
 * A document stage: a named, versioned, typed function `Document -> Document`.
 * It returns a new document (never mutates its input) and reports bad input as messages.
 */
export interface Stage {
  /** `name.vN`, e.g. `casualties.v1`. */
  readonly id: string;
  /** Annotation kinds that earlier stages must have assigned. */
  readonly requires: readonly AnnotationKind[];
  /** Annotation kinds this stage adds. */
  readonly assigns: readonly AnnotationKind[];
  run(doc: Document, ctx: StageContext): Document;
}

/** Declares a stage; a thin identity helper that keeps the shape checked in one place. */
export function defineStage(stage: Stage): Stage {
  return Object.freeze({ ...stage });
}
