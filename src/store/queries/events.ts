import type { Kysely } from 'kysely';
import type { EventPlace, ReportEvent } from '../../model/analysis.js';
import type { ActorCode } from '../../model/annotation.js';
import { toPartialDate, toSpan } from '../rows.js';
import type { Database, ReportEventsTable } from '../schema.js';

/** The `report_events` row of a report's main event (its places and actors have their own tables). */
export function eventToRow(reportId: string, event: ReportEvent): ReportEventsTable {
  return {
    report_id: reportId,
    date: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    type: event.type,
    anchor_start: event.anchor?.start ?? null,
    anchor_end: event.anchor?.end ?? null,
    date_evidence_start: event.dateEvidence?.start ?? null,
    date_evidence_end: event.dateEvidence?.end ?? null,
  };
}

/** The event a row holds, with its places and actors. */
export function eventFromRow(row: ReportEventsTable, places: readonly EventPlace[], actors: readonly ActorCode[]): ReportEvent {
  return {
    date: toPartialDate(row.date, row.date_precision),
    dateEvidence: toSpan(row.date_evidence_start, row.date_evidence_end),
    type: row.type,
    anchor: toSpan(row.anchor_start, row.anchor_end),
    places,
    actors,
  };
}

/** Inserts the event row of one report. */
export async function insertEvent(db: Kysely<Database>, row: ReportEventsTable): Promise<void> {
  await db.insertInto('report_events').values(row).execute();
}

/** Event rows ordered by report: of one report, or of all when `reportId` is undefined. */
export async function selectEvents(db: Kysely<Database>, reportId?: string): Promise<ReportEventsTable[]> {
  let query = db.selectFrom('report_events').selectAll();
  if (reportId !== undefined) query = query.where('report_id', '=', reportId);
  return query.orderBy('report_id').execute();
}
