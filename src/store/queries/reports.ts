import type { Kysely } from 'kysely';
import type { Document } from '../../model/document.js';
import type { CurrentEventsEntry, LiveBlogSection, Report, SourceSegment } from '../../model/report.js';
import { parseJson, toPartialDate } from '../rows.js';
import type { Database, ReportsTable } from '../schema.js';

/** The `reports` row of an analysed document. `doc.text` is `report.text`, so it is stored once. */
export function reportToRow(doc: Document, pipeline: string, ingestedAt: string): ReportsTable {
  const { report } = doc;
  return {
    id: report.id,
    source: report.source,
    url: report.url,
    outlet: report.outlet,
    title: report.title,
    published: report.published?.value ?? null,
    published_precision: report.published?.precision ?? null,
    published_origin: report.publishedOrigin,
    language: doc.language,
    report_language: report.language,
    format: report.format,
    text: report.text,
    raw: report.raw,
    source_map: JSON.stringify(report.sourceMap),
    sections: JSON.stringify(report.sections),
    entry: report.entry === null ? null : JSON.stringify(report.entry),
    content_hash: report.contentHash,
    ingested_at: ingestedAt,
    pipeline,
  };
}

/** The report a row holds. */
export function reportFromRow(row: ReportsTable): Report {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: toPartialDate(row.published, row.published_precision),
    publishedOrigin: row.published_origin as Report['publishedOrigin'],
    language: row.report_language,
    format: row.format as Report['format'],
    text: row.text,
    contentHash: row.content_hash,
    sections: parseJson<LiveBlogSection[]>(row.sections),
    entry: row.entry === null ? null : parseJson<CurrentEventsEntry>(row.entry),
    raw: row.raw,
    sourceMap: parseJson<SourceSegment[]>(row.source_map),
  };
}

/** Inserts one report row. */
export async function insertReport(db: Kysely<Database>, row: ReportsTable): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

/** Deletes a report row; its annotations, claims, event rows and incident links go with it (cascade). */
export async function deleteReport(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('reports').where('id', '=', id).execute();
}

/** The id of the report stored with this content hash, if any. */
export async function findReportByHash(db: Kysely<Database>, contentHash: string): Promise<{ id: string; pipeline: string } | undefined> {
  return db.selectFrom('reports').select(['id', 'pipeline']).where('content_hash', '=', contentHash).executeTakeFirst();
}

/** Report rows ordered by id: one report, or all of them when `id` is undefined. */
export async function selectReports(db: Kysely<Database>, id?: string): Promise<ReportsTable[]> {
  let query = db.selectFrom('reports').selectAll();
  if (id !== undefined) query = query.where('id', '=', id);
  return query.orderBy('id').execute();
}
