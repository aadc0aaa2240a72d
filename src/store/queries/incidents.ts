import type { Kysely } from 'kysely';
import type { Incident } from '../../model/incident.js';
import { batches } from '../rows.js';
import type { ClaimsTable, Database, IncidentClaimsTable, IncidentReportsTable, IncidentsTable } from '../schema.js';

/** A stored claim as one incident cites it. */
export type IncidentClaimRow = ClaimsTable & { incident_id: string; ord: number };

/** The `incidents` row of an incident (its places, actors, reports and claims have their own tables). */
export function incidentToRow(incident: Incident): IncidentsTable {
  return {
    id: incident.id,
    date: incident.date?.value ?? null,
    date_precision: incident.date?.precision ?? null,
    type: incident.type,
    summary: incident.summary,
  };
}

/** Deletes every incident; their place, actor, report and claim rows go with them (cascade). */
export async function deleteAllIncidents(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('incidents').execute();
}

/** Inserts incident rows, in batches. */
export async function insertIncidents(db: Kysely<Database>, rows: readonly IncidentsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('incidents').values(batch).execute();
}

/** Inserts the links from incidents to their reports, in batches. */
export async function insertIncidentReports(db: Kysely<Database>, rows: readonly IncidentReportsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('incident_reports').values(batch).execute();
}

/** Inserts the links from incidents to stored claims, in batches. */
export async function insertIncidentClaims(db: Kysely<Database>, rows: readonly IncidentClaimsTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('incident_claims').values(batch).execute();
}

/** Incident rows by date (undated last), then id: the given ones, or all when `ids` is undefined. */
export async function selectIncidents(db: Kysely<Database>, ids?: readonly string[]): Promise<IncidentsTable[]> {
  let query = db.selectFrom('incidents').selectAll();
  if (ids !== undefined) query = query.where('id', 'in', ids);
  return query.orderBy('date', (ob) => ob.asc().nullsLast()).orderBy('id').execute();
}

/** Report links in order: of the given incidents, or of all when `ids` is undefined. */
export async function selectIncidentReports(db: Kysely<Database>, ids?: readonly string[]): Promise<IncidentReportsTable[]> {
  let query = db.selectFrom('incident_reports').selectAll();
  if (ids !== undefined) query = query.where('incident_id', 'in', ids);
  return query.orderBy('incident_id').orderBy('ord').execute();
}

/** The claims incidents cite, in order: of the given incidents, or of all when `ids` is undefined. */
export async function selectIncidentClaims(db: Kysely<Database>, ids?: readonly string[]): Promise<IncidentClaimRow[]> {
  let query = db
    .selectFrom('incident_claims')
    .innerJoin('claims', (join) => join.onRef('claims.report_id', '=', 'incident_claims.report_id').onRef('claims.seq', '=', 'incident_claims.seq'))
    .selectAll('claims')
    .select(['incident_claims.incident_id', 'incident_claims.ord']);
  if (ids !== undefined) query = query.where('incident_claims.incident_id', 'in', ids);
  return query.orderBy('incident_claims.incident_id').orderBy('incident_claims.ord').execute();
}

/** Ids of incidents that start with `prefix`, at most `limit` of them, in id order. */
export async function findIncidentIdsByPrefix(db: Kysely<Database>, prefix: string, limit: number): Promise<string[]> {
  // substr rather than LIKE, so that `%` and `_` in the prefix are plain characters.
  const rows = await db
    .selectFrom('incidents')
    .select('id')
    .where((eb) => eb(eb.fn<string>('substr', ['id', eb.val(1), eb.val(prefix.length)]), '=', prefix))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}
