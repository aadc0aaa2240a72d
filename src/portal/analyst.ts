import { stringify } from 'csv-stringify/sync';
import type { PlaceType } from '../model/annotation.js';
import type { Archive, ClaimView, IncidentView, PlaceRef } from './archive.js';

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
export const DATELINE_COLUMNS = ['incident_id', 'date_precision', 'story_id', 'places', 'actors', 'source_urls', 'report_ids', 'contested'] as const;

/** Statuses that get per-side, per-claimant columns. */
const FIGURE_STATUSES = ['killed', 'wounded', 'captured', 'missing'] as const;

const ADMIN1_TYPES: readonly PlaceType[] = ['province', 'region'];
const LOCATION_ORDER: readonly PlaceType[] = ['village', 'town', 'city', 'feature', 'district', 'province', 'region'];

/**
 * Fatalities as ACLED counts them, conservatively: leaving out background figures (dated to
 * another time than the incident), for each side the lowest killed figure any
 * claimant (or the report's own voice) states for it, summed over sides; figures of claims of
 * 'both sides' count only when no side has a figure of its own. 0 when no figure is stated.
 */
export function fatalities(incident: IncidentView): number {
  const lowest = new Map<string, number>();
  for (const claim of incident.claims) {
    if (claim.status !== 'killed' || claim.background) continue;
    const value = lowerBound(claim);
    if (value === null) continue;
    lowest.set(claim.side, Math.min(value, lowest.get(claim.side) ?? Number.POSITIVE_INFINITY));
  }
  const perSide = [...lowest].filter(([side]) => side !== 'multiple');
  if (perSide.length === 0) return lowest.get('multiple') ?? 0;
  return perSide.reduce((sum, [, value]) => sum + value, 0);
}

/** True when two claimants (the report's voice included) give different figures for one side and status. */
export function contested(incident: IncidentView): boolean {
  const figures = new Map<string, Map<string, string>>();
  for (const claim of incident.claims) {
    if (claim.background) continue;
    const key = `${claim.side}|${claim.status}`;
    const byClaimant = figures.get(key) ?? new Map<string, string>();
    byClaimant.set(claim.claimant ?? '', `${claim.min}-${claim.max}`);
    figures.set(key, byClaimant);
  }
  return [...figures.values()].some((byClaimant) => new Set(byClaimant.values()).size > 1);
}

/** The figure column of a claim: `killed__ARM__by__AZE`, `wounded__AZE__by__report` (own voice). */
export function figureColumn(claim: Pick<ClaimView, 'status' | 'side' | 'claimant'>): string {
  return `${claim.status}__${claim.side}__by__${claim.claimant ?? 'report'}`;
}

/**
 * The archive as CSV (RFC 4180, header row, `\n` line ends): one row per incident; ACLED's columns,
 * Dateline's columns, then a column per status, side and claimant holding the lowest figure that
 * claimant states for the incident itself (background figures left out; empty when it states none). Numbers are plain digits; empty cells are empty.
 */
export function toCsv(archive: Archive): string {
  const figureColumns = [...new Set(archive.incidents.flatMap((i) => i.claims.filter(isFigure).map(figureColumn)))].sort();
  const header = [...ACLED_COLUMNS, ...DATELINE_COLUMNS, ...figureColumns];
  const rows = archive.incidents.map((incident) => {
    const located = mostSpecific(incident.places, LOCATION_ORDER);
    const withCoords = incident.places.filter((p) => p.lat !== null && p.lon !== null);
    const point = mostSpecific(withCoords, [...LOCATION_ORDER, 'country']);
    const figures = new Map<string, number>();
    for (const claim of incident.claims.filter(isFigure)) {
      const value = lowerBound(claim);
      if (value === null) continue;
      const column = figureColumn(claim);
      figures.set(column, Math.min(value, figures.get(column) ?? Number.POSITIVE_INFINITY));
    }
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
      contested(incident) ? 'true' : 'false',
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
          contested: contested(incident),
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

function isFigure(claim: ClaimView): boolean {
  return !claim.background && (FIGURE_STATUSES as readonly string[]).includes(claim.status) && lowerBound(claim) !== null;
}

/** The smallest count a claim allows: its min, else its max when only an upper bound is known ('up to 5' still says nothing lower). */
function lowerBound(claim: Pick<ClaimView, 'min' | 'max'>): number | null {
  return claim.min ?? (claim.max === 0 ? 0 : null);
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
