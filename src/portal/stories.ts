import type { Incident } from '../model/incident.js';

/** Incidents chained into a longer story (a four-day war, a border crisis week). */
export interface Story {
  /** `story-` and the id of its first incident (stable for a fixed set of incidents). */
  readonly id: string;
  /** Dates of its first and last incidents (`YYYY-MM-DD`). */
  readonly start: string;
  readonly end: string;
  /** By date, then id. */
  readonly incidentIds: readonly string[];
}

/** Options of {@link chainStories}. */
export interface StoryOptions {
  /** Most days between two incidents of one story that are chained directly (default 3). */
  readonly maxGapDays?: number;
}

const DEFAULT_GAP_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Chains incidents dated to the day into stories: two incidents at most `maxGapDays` apart belong
 * to one story when they share a place more specific than a country, or share at least two actors
 * (both sides of a war). Chaining is transitive, so a week of daily clashes is one story. A story
 * has two incidents or more; incidents dated only to a month or year, or undated, are in none.
 * Deterministic: the result depends on the set of incidents, not their order.
 */
export function chainStories(incidents: readonly Incident[], options: StoryOptions = {}): Story[] {
  const gap = options.maxGapDays ?? DEFAULT_GAP_DAYS;
  if (!Number.isInteger(gap) || gap < 0) throw new RangeError(`chainStories: maxGapDays must be a non-negative integer, got ${gap}`);
  const dated = incidents
    .filter((i) => i.date?.precision === 'day')
    .map((incident) => ({ incident, day: Math.round(Date.parse(`${incident.date!.value}T00:00:00Z`) / DAY_MS) }))
    .filter((d) => Number.isFinite(d.day))
    .sort((a, b) => a.day - b.day || (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0));
  const parent = dated.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j]!.day - dated[i]!.day <= gap; j++) {
      if (linked(dated[i]!.incident, dated[j]!.incident)) {
        const [a, b] = [root(i), root(j)];
        // The earlier index stays the root, so a story's root is its first incident.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, number[]>();
  dated.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const first = dated[members[0]!]!.incident;
      const last = dated[members[members.length - 1]!]!.incident;
      return { id: `story-${first.id}`, start: first.date!.value, end: last.date!.value, incidentIds: members.map((m) => dated[m]!.incident.id) };
    })
    .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? 1 : -1) : a.id < b.id ? -1 : 1));
}

function linked(a: Incident, b: Incident): boolean {
  const places = new Set(a.places.filter((p) => p.placeType !== 'country').map((p) => p.placeId));
  if (b.places.some((p) => p.placeType !== 'country' && places.has(p.placeId))) return true;
  const actors = new Set(a.actors);
  return b.actors.filter((code) => actors.has(code)).length >= 2;
}
