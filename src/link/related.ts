import type { ActorCode, PlaceType } from '../model/annotation.js';
import type { Incident } from '../model/incident.js';
import type { PartialDate } from '../model/report.js';

/** Another incident linked from an entry (`### Related:`), with the names the two share. */
export interface RelatedLink {
  /** `date` is the incident's date value (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when less precise), null when undated. */
  readonly incident: { readonly id: string; readonly date: string | null; readonly summary: string };
  /** Names of the shared places (most specific first), then of the shared actors. */
  readonly context: readonly string[];
}

/** Options of {@link relatedIncidents}. */
export interface RelatedOptions {
  /** Most links to return (default 10). */
  readonly limit?: number;
  /** Display name of an actor code, for the context (default: the code itself). */
  readonly names?: (code: ActorCode) => string;
  /** The story an incident belongs to, or null: sharing a story adds its rarity to the score. */
  readonly storyOf?: (incident: Incident) => string | null;
}

/** Place types from the most to the least specific, for the context order. */
const SPECIFICITY: readonly PlaceType[] = ['village', 'town', 'city', 'feature', 'district', 'province', 'region', 'country'];
const DEFAULT_LIMIT = 10;
/** Days over which the time factor halves: 1 / (1 + |days| / 30). */
const TIME_SCALE_DAYS = 30;
/** Time distance assumed when either incident is undated: as if a year apart. */
const UNDATED_DAYS = 365;
const DAY_MS = 86_400_000;
/** Scores closer than this are ties (sums of the same weights in another order differ in the last bits). */
const EPSILON = 1e-9;

interface Feature {
  readonly key: string;
  readonly name: string;
  /** Position in the context order: places by specificity, actors after every place. */
  readonly rank: number;
  /** Whether the context names it: places and actors do; the event type and the story only weigh. */
  readonly named: boolean;
}

/** An event type too vague to relate incidents by. */
const VAGUE_TYPE = 'Other';

/**
 * Ranks the incidents of `all` most related to `target`: each shared place, actor, event type and
 * story adds its rarity across `all` (IDF, `log(N / df)`), and the sum is scaled by
 * `1 / (1 + |days apart| / 30)`. The context names the shared places and actors.
 * Incidents that share nothing, or only what every incident has, are left out; `target` never links
 * to itself. Ordered by score, then newest date, then id.
 * @example relatedIncidents(incident, incidents, { limit: 5, names: (code) => ACTOR_NAMES[code] ?? code })
 */
export function relatedIncidents(target: Incident, all: readonly Incident[], options: RelatedOptions = {}): RelatedLink[] {
  return createRelatedFinder(all, options)(target);
}

/**
 * The ranking of {@link relatedIncidents} with the rarity counts and an index of `all` built once,
 * for linking many incidents of the same collection.
 */
export function createRelatedFinder(all: readonly Incident[], options: RelatedOptions = {}): (target: Incident) => RelatedLink[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`relatedIncidents: limit must be a non-negative integer, got ${limit}`);
  }
  const names = options.names ?? ((code: ActorCode) => code);
  const incidents = uniqueById(all);
  const storyOf = options.storyOf ?? (() => null);
  const featuresOf = new Map(incidents.map((incident) => [incident.id, featuresOfIncident(incident, names, storyOf)]));
  /** Feature key to the incidents that have it; its size is the feature's df. */
  const postings = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const key of featuresOf.get(incident.id)!.keys()) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [incident]);
      else list.push(incident);
    }
  }
  const df = (key: string): number => postings.get(key)?.length ?? 0;
  const n = incidents.length;
  return (target) => {
    const targetFeatures = featuresOf.get(target.id) ?? featuresOfIncident(target, names, storyOf);
    const targetDay = dayNumber(target.date);
    const shared = new Map<Incident, Feature[]>();
    for (const feature of targetFeatures.values()) {
      for (const other of postings.get(feature.key) ?? []) {
        if (other.id === target.id) continue;
        const list = shared.get(other);
        if (list === undefined) shared.set(other, [feature]);
        else list.push(feature);
      }
    }
    const scored: { incident: Incident; score: number; features: Feature[] }[] = [];
    for (const [other, features] of shared) {
      const weight = features.reduce((sum, feature) => sum + Math.log(n / df(feature.key)), 0);
      const otherDay = dayNumber(other.date);
      const days = targetDay === null || otherDay === null ? UNDATED_DAYS : Math.abs(targetDay - otherDay);
      const score = weight / (1 + days / TIME_SCALE_DAYS);
      if (score > EPSILON) scored.push({ incident: other, score, features });
    }
    scored.sort((a, b) => (Math.abs(a.score - b.score) > EPSILON ? b.score - a.score : compareByDateThenId(a.incident, b.incident)));
    return scored.slice(0, limit).map(({ incident, features }) => ({
      incident: { id: incident.id, date: incident.date?.value ?? null, summary: incident.summary },
      context: contextOf(features, df),
    }));
  };
}

function uniqueById(all: readonly Incident[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const incident of all) if (!byId.has(incident.id)) byId.set(incident.id, incident);
  return [...byId.values()];
}

function featuresOfIncident(incident: Incident, names: (code: ActorCode) => string, storyOf: (incident: Incident) => string | null): Map<string, Feature> {
  const features = new Map<string, Feature>();
  for (const place of incident.places) {
    const rank = SPECIFICITY.indexOf(place.placeType);
    features.set(`place:${place.placeId}`, { key: `place:${place.placeId}`, name: place.name, rank: rank < 0 ? SPECIFICITY.length : rank, named: true });
  }
  for (const code of incident.actors) {
    features.set(`actor:${code}`, { key: `actor:${code}`, name: names(code), rank: SPECIFICITY.length + 1, named: true });
  }
  if (incident.type !== VAGUE_TYPE && incident.type !== '') {
    features.set(`type:${incident.type}`, { key: `type:${incident.type}`, name: incident.type, rank: SPECIFICITY.length + 2, named: false });
  }
  const story = storyOf(incident);
  if (story !== null) features.set(`story:${story}`, { key: `story:${story}`, name: story, rank: SPECIFICITY.length + 3, named: false });
  return features;
}

/** Shared names, most specific first; among equals the rarer first, then by name; no repeats. */
function contextOf(shared: readonly Feature[], df: (key: string) => number): string[] {
  const ordered = shared.filter((feature) => feature.named).sort((a, b) => a.rank - b.rank || df(a.key) - df(b.key) || a.name.localeCompare(b.name, 'en'));
  return [...new Set(ordered.map((feature) => feature.name))];
}

/** Days since the epoch of a partial date, taking the middle of a month or year. */
function dayNumber(date: PartialDate | null): number | null {
  if (date === null) return null;
  const [year, month, day] = date.value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return null;
  const time = Date.UTC(year, month === undefined ? 6 : month - 1, day ?? (month === undefined ? 1 : 15));
  return Math.round(time / DAY_MS);
}

/** Newest first, undated last, then by id. */
function compareByDateThenId(a: Incident, b: Incident): number {
  const da = a.date?.value ?? '';
  const db = b.date?.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
