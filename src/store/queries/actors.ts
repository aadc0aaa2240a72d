import type { Kysely } from 'kysely';
import { batches } from '../rows.js';
import type { Database, IncidentActorsTable, ReportActorsTable } from '../schema.js';

/** Inserts the actors of report events, in batches. */
export async function insertReportActors(db: Kysely<Database>, rows: readonly ReportActorsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('report_actors').values(batch).execute();
}

/** Report actor rows in order: of one report, or of all when `reportId` is undefined. */
export async function selectReportActors(db: Kysely<Database>, reportId?: string): Promise<ReportActorsTable[]> {
  let query = db.selectFrom('report_actors').selectAll();
  if (reportId !== undefined) query = query.where('report_id', '=', reportId);
  return query.orderBy('report_id').orderBy('ord').execute();
}

/** Inserts the actors of incidents, in batches. */
export async function insertIncidentActors(db: Kysely<Database>, rows: readonly IncidentActorsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('incident_actors').values(batch).execute();
}

/** Incident actor rows in order: of the given incidents, or of all when `incidentIds` is undefined. */
export async function selectIncidentActors(db: Kysely<Database>, incidentIds?: readonly string[]): Promise<IncidentActorsTable[]> {
  let query = db.selectFrom('incident_actors').selectAll();
  if (incidentIds !== undefined) query = query.where('incident_id', 'in', incidentIds);
  return query.orderBy('incident_id').orderBy('ord').execute();
}
