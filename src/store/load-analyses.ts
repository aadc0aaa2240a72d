import type { Kysely } from 'kysely';
import type { ReportAnalysis } from '../model/analysis.js';
import type { Document } from '../model/document.js';
import { selectReportActors } from './queries/actors.js';
import { annotationFromRow, selectAnnotations } from './queries/annotations.js';
import { claimFromRow, selectClaims } from './queries/claims.js';
import { eventFromRow, selectEvents } from './queries/events.js';
import { placeFromRow, selectReportPlaces } from './queries/places.js';
import { reportFromRow, selectReports } from './queries/reports.js';
import { groupBy } from './rows.js';
import type { Database } from './schema.js';

/**
 * Rebuilds stored analyses, ordered by report id: one report's, or all of them when `reportId` is
 * undefined. Documents come back with their annotations and no messages (messages are not stored).
 * Reads in one transaction, so a concurrent write is seen entirely or not at all.
 */
export async function loadAnalyses(db: Kysely<Database>, reportId?: string): Promise<ReportAnalysis[]> {
  return db.transaction().execute(async (trx) => {
    const reports = await selectReports(trx, reportId);
    if (reports.length === 0) return [];
    const byReport = <T extends { report_id: string }>(rows: readonly T[]) => groupBy(rows, (row) => row.report_id);
    const annotations = byReport(await selectAnnotations(trx, reportId));
    const events = byReport(await selectEvents(trx, reportId));
    const places = byReport(await selectReportPlaces(trx, reportId));
    const actors = byReport(await selectReportActors(trx, reportId));
    const claims = byReport(await selectClaims(trx, reportId));

    return reports.map((row): ReportAnalysis => {
      const report = reportFromRow(row);
      const eventRow = events.get(row.id)?.[0];
      if (eventRow === undefined) throw new Error(`report ${row.id} is stored without its event row: this is a bug in the store`);
      const doc: Document = {
        report,
        text: report.text,
        language: row.language,
        annotations: (annotations.get(row.id) ?? []).map(annotationFromRow),
        messages: [],
      };
      const event = eventFromRow(
        eventRow,
        (places.get(row.id) ?? []).map(placeFromRow),
        (actors.get(row.id) ?? []).map((actor) => actor.code),
      );
      return { doc, event, claims: (claims.get(row.id) ?? []).map(claimFromRow), pipeline: row.pipeline };
    });
  });
}
