import type { Annotation, AnnotationKind, AnnotationOf } from './annotation.js';
import type { Message } from './message.js';
import type { Report } from './report.js';

/**
 * A report with stand-off annotations. Immutable: stages return a new Document.
 * `text` is `report.text`; annotations point into it.
 */
export interface Document {
  readonly report: Report;
  readonly text: string;
  /** ISO 639-1 language, filled by the language stage (or taken from the report). */
  readonly language: string | null;
  readonly annotations: readonly Annotation[];
  readonly messages: readonly Message[];
}

/** A fresh document for a report, with no annotations. */
export function createDocument(report: Report): Document {
  return { report, text: report.text, language: report.language, annotations: [], messages: [] };
}

/** All annotations of one kind, in the order they were added. */
export function annotationsOf<K extends AnnotationKind>(doc: Document, kind: K): AnnotationOf<K>[] {
  return doc.annotations.filter((a): a is AnnotationOf<K> => a.kind === kind);
}

/** A new document with more annotations. */
export function withAnnotations(doc: Document, added: readonly Annotation[]): Document {
  // Field by field: V8 copies a spread object more slowly, and this runs once per stage.
  return { report: doc.report, text: doc.text, language: doc.language, annotations: doc.annotations.concat(added), messages: doc.messages };
}

/** A new document with more messages. */
export function withMessages(doc: Document, added: readonly Message[]): Document {
  return { ...doc, messages: [...doc.messages, ...added] };
}
