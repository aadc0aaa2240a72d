import type { Kysely } from 'kysely';
import type { Annotation } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import { batches, parseJson } from '../rows.js';
import type { AnnotationsTable, Database } from '../schema.js';

/** The `annotations` rows of a document, numbered in the order the stages added them. */
export function annotationRows(doc: Document): AnnotationsTable[] {
  return doc.annotations.map((annotation, seq) => {
    const { kind, start, end, by, ...data } = annotation;
    return { report_id: doc.report.id, seq, kind, start, end, text: doc.text.slice(start, end), by, data: JSON.stringify(data) };
  });
}

/** The annotation a row holds: its columns plus the fields kept in `data`. */
export function annotationFromRow(row: AnnotationsTable): Annotation {
  return { ...parseJson<object>(row.data), kind: row.kind, start: row.start, end: row.end, by: row.by } as Annotation;
}

/** Inserts annotation rows, in batches. */
export async function insertAnnotations(db: Kysely<Database>, rows: readonly AnnotationsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('annotations').values(batch).execute();
}

/** Annotation rows ordered by report and sequence: of one report, or of all when `reportId` is undefined. */
export async function selectAnnotations(db: Kysely<Database>, reportId?: string): Promise<AnnotationsTable[]> {
  let query = db.selectFrom('annotations').selectAll();
  if (reportId !== undefined) query = query.where('report_id', '=', reportId);
  return query.orderBy('report_id').orderBy('seq').execute();
}
