import type { Kysely } from 'kysely';
import { InputError } from '../errors.js';
import type { ReportAnalysis } from '../model/analysis.js';
import { assertSpan } from '../model/span.js';
import type { Span } from '../model/span.js';
import type { Dialect } from './dialect/types.js';
import { insertReportActors } from './queries/actors.js';
import { annotationRows, insertAnnotations } from './queries/annotations.js';
import { claimToRow, insertClaims } from './queries/claims.js';
import { eventToRow, insertEvent } from './queries/events.js';
import { insertReportPlaces, placeColumns } from './queries/places.js';
import { deleteReport, findReportByHash, insertReport, reportToRow } from './queries/reports.js';
import type { Database } from './schema.js';

/** What `saveAnalysis` did: stored the analysis, or found its content already stored. */
export type SaveResult = 'inserted' | 'unchanged';

/** Options of {@link saveAnalysis}. */
export interface SaveOptions {
  /** Replace a stored analysis of the same text (a refined analysis of the same report). */
  readonly replace?: boolean;
}

/**
 * Writes a report analysis (report, annotations, event with places and actors, claims, search
 * entry) in one transaction. A report whose content hash is stored already, analysed by the same
 * pipeline, is left alone unless `replace` is set; one with the same id but new content, or
 * analysed by another pipeline version, replaces the stored one.
 * Throws an `InputError` (`E_STORE_WRITE`) when the database refuses a row: nothing is written.
 */
export async function saveAnalysis(db: Kysely<Database>, dialect: Dialect, analysis: ReportAnalysis, options: SaveOptions = {}): Promise<SaveResult> {
  checkSpans(analysis);
  const { doc, event } = analysis;
  const reportId = doc.report.id;
  try {
    return await db.transaction().execute(async (trx) => {
      const stored = await findReportByHash(trx, doc.report.contentHash);
      if (stored && stored.pipeline === analysis.pipeline && !options.replace) return 'unchanged';
      // Replacing: every row of the old analysis hangs off the report row (on delete cascade).
      if (stored && stored.id !== reportId) await deleteReport(trx, stored.id);
      await deleteReport(trx, reportId);
      await insertReport(trx, reportToRow(doc, analysis.pipeline, new Date().toISOString()));
      await insertAnnotations(trx, annotationRows(doc));
      await insertEvent(trx, eventToRow(reportId, event));
      await insertReportPlaces(trx, event.places.map((place, ord) => ({ report_id: reportId, ...placeColumns(place, ord) })));
      await insertReportActors(trx, event.actors.map((code, ord) => ({ report_id: reportId, code, ord })));
      const evidence = (span: Span) => doc.text.slice(span.start, span.end);
      await insertClaims(trx, analysis.claims.map((claim, seq) => claimToRow(reportId, seq, claim, evidence(claim.evidence))));
      await dialect.indexReport(trx, { reportId, title: doc.report.title, text: doc.text });
      return 'inserted';
    });
  } catch (err) {
    throw new InputError('E_STORE_WRITE', { input: `report ${reportId}`, detail: err instanceof Error ? err.message : String(err) }, { cause: err });
  }
}

/** Throws (a bug in the stage that made it) when a span of the analysis does not fit the text. */
function checkSpans(analysis: ReportAnalysis): void {
  const { doc, event, claims } = analysis;
  if (doc.text !== doc.report.text) {
    throw new Error(`report ${doc.report.id}: doc.text differs from report.text, but annotations must point into the report text: this is a bug`);
  }
  const check = (span: Span | null, who: string) => {
    if (span !== null) assertSpan(doc.text, span, who);
  };
  for (const annotation of doc.annotations) {
    check(annotation, `${annotation.by} (${annotation.kind} annotation)`);
    if (annotation.kind === 'number') check(annotation.numeral, `${annotation.by} (numeral)`);
  }
  for (const claim of claims) {
    check(claim, `${claim.by} (claim figure)`);
    check(claim.evidence, `${claim.by} (claim evidence)`);
    check(claim.claimant?.span ?? null, `${claim.by} (claimant)`);
  }
  check(event.anchor, 'event anchor');
  check(event.dateEvidence, 'event date evidence');
  for (const place of event.places) check(place.mention, `event place ${place.placeId}`);
}
