import { stringify } from 'csv-stringify/sync';
import { pointOf } from '../ledger/index.js';
import type { PlaceType } from '../model/annotation.js';
import type { Estimate } from '../model/incident.js';
import type { Archive, IncidentView, PlaceRef } from './archive.js';

/**
 * Exports for analysts, all built from the {@link Archive}: CSV with ACLED's column names where they
 * apply plus Dateline's per-side, per-claimant figures; GeoJSON of incidents; JSON of the archive.
 */

/** ACLED's event type (the disorder family) of each Dateline type, which is ACLED's sub-event type. */
const ACLED_EVENT_TYPE: Readonly<Record<string, string>> = {
  'Armed clash': 'Battles',
  'Non-violent transfer of territory': 'Battles',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  'Abduction/forced disappearance': 'Violence against civilians',
  Protest: 'Protests',
  Arrests: 'Strategic developments',
  Agreement: 'Strategic developments',
  Diplomacy: 'Strategic developments',
  Political: 'Strategic developments',
  Other: 'Strategic developments',
};

/** ACLED's columns that Dateline fills, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'fatalities', 'notes', 'source',
] as const;

/** Dateline's own columns after ACLED's (then one column per status, side and claimant). */
export const DATELINE_COLUMNS = [
  'incident_id', 'date_precision', 'story_id', 'places', 'actors', 'source_urls', 'report_ids', 'independent_sources',
  'fatalities_best', 'fatalities_high', 'contested', 'contested_because',
] as const;

/** Statuses that get per-side, per-claimant columns. */
const FIGURE_STATUSES = ['killed', 'wounded', 'captured', 'missing'] as const;

const ADMIN1_TYPES: readonly PlaceType[] = ['province', 'region'];
const LOCATION_ORDER: readonly PlaceType[] = ['village', 'town', 'city', 'feature', 'district', 'province', 'region'];

/**
 * Fatalities from the claims ledger (README: Exports): the sum over sides of the `low` (by default;
 * or `best`, `high`) estimate of each side's killed entry; the entry of 'both sides' counts only
 * when no side has a killed figure of its own. 0 when no killed figure has a count.
 */
export function fatalities(incident: IncidentView, bound: Exclude<keyof Estimate, 'basis'> = 'low'): number {
  const killed = incident.ledger.entries.filter((e) => e.status === 'killed' && e.estimate[bound] !== null);
  const perSide = killed.filter((e) => e.side !== 'multiple');
  return (perSide.length > 0 ? perSide : killed).reduce((sum, e) => sum + e.estimate[bound]!, 0);
}

/** The figure column of a ledger voice: `killed__ARM__by__AZE`, `wounded__AZE__by__report` (a report's own voice). */
export function figureColumn(status: string, side: string, claimant: string | null): string {
  return `${status}__${side}__by__${claimant ?? 'report'}`;
}

/**
 * Each voice's current figure in the incident's ledger, by figure column (statuses of
 * `FIGURE_STATUSES`, figures with a count; the reports' own voices share one column: the lowest).
 */
function voiceFigures(incident: IncidentView): Map<string, number> {
  const figures = new Map<string, number>();
  for (const entry of incident.ledger.entries) {
    if (!(FIGURE_STATUSES as readonly string[]).includes(entry.status)) continue;
    for (const figure of entry.figures) {
      const value = pointOf(figure);
      if (value === null) continue;
      const column = figureColumn(entry.status, entry.side, figure.voice.claimant);
      figures.set(column, Math.min(value, figures.get(column) ?? Number.POSITIVE_INFINITY));
    }
  }
  return figures;
}

/**
 * The archive as CSV (RFC 4180, header row, `\n` line ends): one row per incident; ACLED's columns,
 * Dateline's columns, then a column per status, side and claimant holding that voice's current
 * figure in the claims ledger (empty when it states none). Numbers are plain digits; empty cells are empty.
 */
export function toCsv(archive: Archive): string {
  const byIncident = new Map(archive.incidents.map((i) => [i.id, voiceFigures(i)]));
  const figureColumns = [...new Set([...byIncident.values()].flatMap((f) => [...f.keys()]))].sort();
  const header = [...ACLED_COLUMNS, ...DATELINE_COLUMNS, ...figureColumns];
  const rows = archive.incidents.map((incident) => {
    const located = mostSpecific(incident.places, LOCATION_ORDER);
    const withCoords = incident.places.filter((p) => p.lat !== null && p.lon !== null);
    const point = mostSpecific(withCoords, [...LOCATION_ORDER, 'country']);
    const figures = byIncident.get(incident.id)!;
    return [
      incident.date ?? '',
      ACLED_EVENT_TYPE[incident.type] ?? '',
      incident.type,
      incident.actors[0]?.name ?? '',
      incident.actors[1]?.name ?? '',
      countryOf(incident),
      mostSpecific(incident.places, ADMIN1_TYPES)?.name ?? '',
      located?.name ?? '',
      point?.lat ?? '',
      point?.lon ?? '',
      fatalities(incident),
      incident.summary,
      incident.sources.map((s) => s.outlet).join('; '),
      incident.id,
      incident.precision ?? '',
      incident.storyId ?? '',
      incident.places.map((p) => p.name).join('; '),
      incident.actors.map((a) => a.code).join('; '),
      incident.sources.map((s) => s.url).filter((u) => u !== '').join(' '),
      incident.reportIds.join(' '),
      incident.independentSources,
      fatalities(incident, 'best'),
      fatalities(incident, 'high'),
      incident.contested ? 'true' : 'false',
      incident.contestedBecause ?? '',
      ...figureColumns.map((column) => figures.get(column) ?? ''),
    ];
  });
  return stringify([header, ...rows], { record_delimiter: 'unix' });
}

/** Incidents as a GeoJSON FeatureCollection: a Point at the most specific place with coordinates, else no geometry. */
export function toGeoJson(archive: Archive): object {
  return {
    type: 'FeatureCollection',
    features: archive.incidents.map((incident) => {
      const point = mostSpecific(incident.places.filter((p) => p.lat !== null && p.lon !== null), [...LOCATION_ORDER, 'country']);
      return {
        type: 'Feature',
        id: incident.id,
        geometry: point ? { type: 'Point', coordinates: [point.lon, point.lat] } : null,
        properties: {
          date: incident.date,
          date_precision: incident.precision,
          type: incident.type,
          summary: incident.summary,
          location: point?.name ?? null,
          places: incident.places.map((p) => p.name),
          actors: incident.actors.map((a) => a.code),
          fatalities: fatalities(incident),
          contested: incident.contested,
          contested_because: incident.contestedBecause,
          independent_sources: incident.independentSources,
          story_id: incident.storyId,
          sources: incident.sources,
          claims: incident.claims.length,
        },
      };
    }),
  };
}

/** The whole archive as JSON text (two-space indent, one trailing newline). */
export function toJson(archive: Archive): string {
  return `${JSON.stringify(archive, null, 2)}\n`;
}

function mostSpecific<P extends PlaceRef>(places: readonly P[], order: readonly PlaceType[]): P | undefined {
  let best: P | undefined;
  for (const place of places) {
    const rank = order.indexOf(place.type);
    if (rank >= 0 && (best === undefined || rank < order.indexOf(best.type))) best = place;
  }
  return best;
}

/** The country place's name, else the country name of the most specific place that lies in one. */
function countryOf(incident: IncidentView): string {
  const country = incident.places.find((p) => p.type === 'country');
  if (country) return country.name;
  const inside = mostSpecific(incident.places.filter((p) => p.country !== null), LOCATION_ORDER);
  return inside?.countryName ?? inside?.country ?? '';
}
