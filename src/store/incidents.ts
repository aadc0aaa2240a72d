import type { Kysely } from 'kysely';
import { InputError } from '../errors.js';
import type { Incident, IncidentClaim } from '../model/incident.js';
import { selectIncidentActors, insertIncidentActors } from './queries/actors.js';
import { claimFromRow, claimIdentity, claimToRow, selectClaimsOfReports } from './queries/claims.js';
import {
  deleteAllIncidents,
  findIncidentIdsByPrefix,
  incidentToRow,
  insertIncidentClaims,
  insertIncidentReports,
  insertIncidents,
  selectIncidentClaims,
  selectIncidentReports,
  selectIncidents,
} from './queries/incidents.js';
import { insertIncidentPlaces, placeColumns, placeFromRow, selectIncidentPlaces } from './queries/places.js';
import { groupBy, toPartialDate } from './rows.js';
import type { Database, IncidentClaimsTable } from './schema.js';

/** Shortest id prefix `getIncident` accepts. */
export const MIN_ID_PREFIX = 4;

/**
 * Replaces every stored incident with these, in one transaction. Their reports and claims must be
 * stored already (`saveAnalysis`): an incident claim is kept as a pointer to the identical stored claim.
 * Throws an `InputError` (`E_STORE_WRITE`) when a row is refused: the old incidents then stay.
 */
export async function replaceIncidents(db: Kysely<Database>, incidents: readonly Incident[]): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await deleteAllIncidents(trx);
      await insertIncidents(trx, incidents.map(incidentToRow));
      await insertIncidentReports(trx, incidents.flatMap((i) => i.reportIds.map((report_id, ord) => ({ incident_id: i.id, report_id, ord }))));
      await insertIncidentPlaces(trx, incidents.flatMap((i) => i.places.map((place, ord) => ({ incident_id: i.id, ...placeColumns(place, ord) }))));
      await insertIncidentActors(trx, incidents.flatMap((i) => i.actors.map((code, ord) => ({ incident_id: i.id, code, ord }))));
      await insertIncidentClaims(trx, await linkClaims(trx, incidents));
    });
  } catch (err) {
    throw new InputError('E_STORE_WRITE', { input: 'incidents', detail: err instanceof Error ? err.message : String(err) }, { cause: err });
  }
}

/** The `(report_id, seq)` of the stored claim each incident claim repeats. */
async function linkClaims(db: Kysely<Database>, incidents: readonly Incident[]): Promise<IncidentClaimsTable[]> {
  const reportIds = [...new Set(incidents.flatMap((i) => i.claims.map((claim) => claim.reportId)))];
  const seqByIdentity = new Map<string, number>();
  for (const row of (await selectClaimsOfReports(db, reportIds)).reverse()) {
    // Reversed, so that of two identical claims in one report the first one wins.
    seqByIdentity.set(`${row.report_id}\u0000${claimIdentity(row)}`, row.seq);
  }
  return incidents.flatMap((incident) =>
    incident.claims.map((claim, ord) => {
      const seq = seqByIdentity.get(`${claim.reportId}\u0000${claimIdentity(claimToRow(claim.reportId, 0, claim, claim.evidenceText))}`);
      if (seq === undefined) {
        throw new Error(
          `incident ${incident.id} cites a claim of report ${claim.reportId} (“${claim.evidenceText}”) that is not stored ` +
            'for that report: save the report analysis first and pass its claims unchanged',
        );
      }
      return { incident_id: incident.id, ord, report_id: claim.reportId, seq };
    }),
  );
}

/** Rebuilds stored incidents by date (undated last), then id: the given ones, or all when `ids` is undefined. */
export async function loadIncidents(db: Kysely<Database>, ids?: readonly string[]): Promise<Incident[]> {
  return db.transaction().execute(async (trx) => {
    const incidents = await selectIncidents(trx, ids);
    if (incidents.length === 0) return [];
    const byIncident = <T extends { incident_id: string }>(rows: readonly T[]) => groupBy(rows, (row) => row.incident_id);
    const places = byIncident(await selectIncidentPlaces(trx, ids));
    const actors = byIncident(await selectIncidentActors(trx, ids));
    const reports = byIncident(await selectIncidentReports(trx, ids));
    const claims = byIncident(await selectIncidentClaims(trx, ids));
    return incidents.map((row): Incident => ({
      id: row.id,
      date: toPartialDate(row.date, row.date_precision),
      type: row.type,
      places: (places.get(row.id) ?? []).map(placeFromRow),
      actors: (actors.get(row.id) ?? []).map((actor) => actor.code),
      reportIds: (reports.get(row.id) ?? []).map((link) => link.report_id),
      claims: (claims.get(row.id) ?? []).map((claim): IncidentClaim => ({ ...claimFromRow(claim), reportId: claim.report_id, evidenceText: claim.evidence_text })),
      summary: row.summary,
    }));
  });
}

/** One incident by id, or by a prefix of at least `MIN_ID_PREFIX` characters that names only one incident. */
export async function getIncident(db: Kysely<Database>, id: string): Promise<Incident | undefined> {
  const [exact] = await loadIncidents(db, [id]);
  if (exact !== undefined || id.length < MIN_ID_PREFIX) return exact;
  const matches = await findIncidentIdsByPrefix(db, id, 2);
  if (matches.length !== 1) return undefined;
  const [incident] = await loadIncidents(db, matches);
  return incident;
}
