import type { Kysely } from 'kysely';
import type { EventPlace } from '../../model/analysis.js';
import { batches } from '../rows.js';
import type { Database, IncidentPlacesTable, PlaceColumns, ReportPlacesTable } from '../schema.js';

/** The place columns of an event place at position `ord`. */
export function placeColumns(place: EventPlace, ord: number): PlaceColumns {
  return {
    ord,
    place_id: place.placeId,
    name: place.name,
    place_type: place.placeType,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    mention_start: place.mention.start,
    mention_end: place.mention.end,
  };
}

/** The event place a row holds. */
export function placeFromRow(row: PlaceColumns): EventPlace {
  return {
    placeId: row.place_id,
    name: row.name,
    placeType: row.place_type as EventPlace['placeType'],
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    mention: { start: row.mention_start, end: row.mention_end },
  };
}

/** Inserts the places of report events, in batches. */
export async function insertReportPlaces(db: Kysely<Database>, rows: readonly ReportPlacesTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('report_places').values(batch).execute();
}

/** Report place rows in order: of one report, or of all when `reportId` is undefined. */
export async function selectReportPlaces(db: Kysely<Database>, reportId?: string): Promise<ReportPlacesTable[]> {
  let query = db.selectFrom('report_places').selectAll();
  if (reportId !== undefined) query = query.where('report_id', '=', reportId);
  return query.orderBy('report_id').orderBy('ord').execute();
}

/** Inserts the places of incidents, in batches. */
export async function insertIncidentPlaces(db: Kysely<Database>, rows: readonly IncidentPlacesTable[]): Promise<void> {
  for (const batch of batches(rows)) await db.insertInto('incident_places').values(batch).execute();
}

/** Incident place rows in order: of the given incidents, or of all when `incidentIds` is undefined. */
export async function selectIncidentPlaces(db: Kysely<Database>, incidentIds?: readonly string[]): Promise<IncidentPlacesTable[]> {
  let query = db.selectFrom('incident_places').selectAll();
  if (incidentIds !== undefined) query = query.where('incident_id', 'in', incidentIds);
  return query.orderBy('incident_id').orderBy('ord').execute();
}
