/**
 * Stories: incidents chained into a longer happening (a four-day war, a week of border crisis).
 * Two incidents are links of one chain when their dates are close and they share a place (or the
 * district or region it lies in) or the same belligerents; a story is a chain of two or more.
 */
import { createHash } from 'node:crypto';
import type { ActorCode } from '../model/annotation.js';
import type { Incident } from '../model/incident.js';
import { dayDiff } from '../analyze/dates.js';

/** Tunables of story chaining, with the values used by default. */
export interface StoryOptions {
  /** Incidents more days apart than this are never direct links of a chain. */
  readonly maxGapDays: number;
  /** Actors two incidents must share to be linked without a shared place. */
  readonly minSharedActors: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { maxGapDays: 2, minSharedActors: 2 };

/** What chaining needs of the lexicon: a place's enclosing place and type, and actor names. */
export interface StoryContext {
  readonly place: (id: string) => { readonly parent: string | null; readonly type: string; readonly name: string } | undefined;
  readonly actorName: (code: ActorCode) => string;
}

/** One incident on a story's timeline. */
export interface StoryEvent {
  readonly date: string;
  readonly incidentId: string;
  readonly type: string;
  readonly places: readonly string[];
  readonly reports: number;
  readonly summary: string;
}

/** A chain of incidents with its date range and timeline (oldest first). */
export interface Story {
  /** `story-` + a hash of its first incident's id: stable while the story grows later. */
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly incidentIds: readonly string[];
  /** Place names (countries left out) by how many reports behind the story's incidents name them. */
  readonly places: readonly string[];
  readonly actors: readonly ActorCode[];
  readonly timeline: readonly StoryEvent[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A place and the places that enclose it, up to but not including its country. */
function placeKeys(incident: Incident, ctx: StoryContext): Set<string> {
  const keys = new Set<string>();
  for (const p of incident.places) {
    if (p.placeType === 'country') continue;
    let id: string | null = p.placeId;
    for (let depth = 0; id !== null && depth < 8 && !keys.has(id); depth++) {
      const place = ctx.place(id);
      if (place?.type === 'country') break;
      keys.add(id);
      id = place?.parent ?? null;
    }
  }
  return keys;
}

function shares<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Values by how often they occur; equally frequent ones in the order first seen. */
function ranked(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n], i) => ({ v, n, i })).sort((a, b) => b.n - a.n || a.i - b.i).map(({ v }) => v);
}

function titleOf(members: readonly Incident[], places: readonly string[], actors: readonly ActorCode[], start: string, end: string, ctx: StoryContext): string {
  // The type most incidents have; between equally common types, the one of the most reported incident.
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const type = [...members].sort((a, b) => counts.get(b.type)! - counts.get(a.type)! || b.reportIds.length - a.reportIds.length || cmp(a.id, b.id))[0]!.type;
  // Actors in at least half of the incidents: the belligerents, not an envoy named once.
  const inMembers = (code: ActorCode) => members.filter((m) => m.actors.includes(code)).length;
  const who = actors.filter((a) => inMembers(a) * 2 >= members.length).slice(0, 3).map(ctx.actorName).sort();
  const whoText = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)}` : who[0];
  const where = places.slice(0, 2).join(', ');
  return `${whoText ? `${whoText}: ` : ''}${type}${where ? ` around ${where}` : ''}, ${start === end ? start : `${start} to ${end}`} (${members.length} incidents)`;
}

/**
 * Chains incidents into stories. Only incidents dated to the day take part. Deterministic: the
 * same incidents in any order give the same stories, sorted by start date then id.
 */
export function buildStories(incidents: readonly Incident[], ctx: StoryContext, options: StoryOptions = DEFAULT_STORY_OPTIONS): Story[] {
  for (const key of ['maxGapDays', 'minSharedActors'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < (key === 'maxGapDays' ? 0 : 1)) {
      throw new RangeError(`buildStories: ${key} must be an integer of at least ${key === 'maxGapDays' ? 0 : 1}, got ${value}`);
    }
  }
  const dated = [...new Map(incidents.map((i) => [i.id, i])).values()]
    .filter((i) => i.date?.precision === 'day')
    .sort((a, b) => cmp(a.date!.value, b.date!.value) || cmp(a.id, b.id));
  const keys = dated.map((i) => placeKeys(i, ctx));
  const actors = dated.map((i) => new Set(i.actors));
  const parent = dated.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      // Sorted by date: once j is too far from i, every later one is too.
      if (dayDiff(dated[i]!.date!.value, dated[j]!.date!.value) > options.maxGapDays) break;
      const linked = shares(keys[i]!, keys[j]!) > 0 || shares(actors[i]!, actors[j]!) >= options.minSharedActors;
      if (!linked) continue;
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const chains = new Map<number, Incident[]>();
  dated.forEach((incident, i) => chains.set(find(i), [...(chains.get(find(i)) ?? []), incident]));
  const stories: Story[] = [];
  for (const members of chains.values()) {
    if (members.length < 2) continue;
    const start = members[0]!.date!.value;
    const end = members.at(-1)!.date!.value;
    // Places by the number of reports behind the incidents that name them.
    const places = ranked(members.flatMap((m) => m.places.filter((p) => p.placeType !== 'country').flatMap((p) => m.reportIds.map(() => p.name))));
    const storyActors = ranked(members.flatMap((m) => m.actors));
    stories.push({
      id: `story-${createHash('sha256').update(members[0]!.id).digest('hex').slice(0, 10)}`,
      title: titleOf(members, places, storyActors, start, end, ctx),
      start,
      end,
      incidentIds: members.map((m) => m.id),
      places,
      actors: storyActors,
      timeline: members.map((m) => ({ date: m.date!.value, incidentId: m.id, type: m.type, places: m.places.map((p) => p.name), reports: m.reportIds.length, summary: m.summary })),
    });
  }
  return stories.sort((a, b) => cmp(a.start, b.start) || cmp(a.id, b.id));
}
