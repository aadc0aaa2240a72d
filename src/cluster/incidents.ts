import { createHash } from 'node:crypto';
import type { ReportAnalysis } from '../model/analysis.js';
import { dayDiff } from '../analyze/dates.js';
import { featuresOf, type ClusterFeatures, type FeaturePlace } from './features.js';

/** Tunables of the grouping rule, with the values used by default. */
export interface ClusterOptions {
  /** Reports whose event days lie more days apart than this are never one incident. */
  readonly maxDays: number;
  /** Minimum resemblance of wording (shared word stems of title and opening) that counts as evidence. */
  readonly minText: number;
  /** Places at most this many kilometres apart count as the same place (a village and the town beside it). */
  readonly nearKm: number;
  /** How closely undated reports that only resemble one another must resemble a dated report to join its incident. */
  readonly minIsland: number;
  /** How closely an incident with no date must resemble a dated report to take that report's day as its reference. */
  readonly minReference: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { maxDays: 2, minText: 0.2, nearKm: 12, minIsland: 4, minReference: 3 };

/** The type of a report in a language without event-type cues: compatible with any. */
export const UNTYPED = 'Other';

const VIOLENT = new Set(['Armed clash', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED', 'Attack', 'Government regains territory', 'Non-state actor overtakes territory', 'Abduction/forced disappearance']);

function family(type: string): string {
  return VIOLENT.has(type) ? 'violent' : type;
}

function compatible(a: string, b: string): boolean {
  return a === UNTYPED || b === UNTYPED || family(a) === family(b);
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** True when two places are the same or at most `km` kilometres apart (great-circle distance). */
function beside(a: FeaturePlace, b: FeaturePlace, km: number): boolean {
  if (a.id === b.id) return true;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  // A degree of latitude is 111 km: most pairs are ruled out without trigonometry.
  if (Math.abs(a.lat - b.lat) * 111 > km) return false;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) <= km;
}

/** How many places of one report are the same as, or beside, one of the other's (the fewer of both ways: symmetric). */
function nearPlaces(a: readonly FeaturePlace[], b: readonly FeaturePlace[], km: number): number {
  const near = (x: readonly FeaturePlace[], y: readonly FeaturePlace[]) => x.filter((p) => y.some((q) => beside(p, q, km))).length;
  return Math.min(near(a, b), near(b, a));
}

/** Resemblance of two sets of word stems (cosine of their indicator vectors); 0 across languages. */
function wording(a: ClusterFeatures, b: ClusterFeatures): number {
  if (a.language !== b.language || !a.terms.size || !b.terms.size) return 0;
  return overlap(a.terms, b.terms) / Math.sqrt(a.terms.size * b.terms.size);
}

/** Days between two event windows (0 when they overlap), or null when one report has no date of its own. */
function gap(a: ClusterFeatures, b: ClusterFeatures): number | null {
  if (!a.window || !b.window) return null;
  if (a.window.to < b.window.from) return dayDiff(a.window.to, b.window.from);
  if (b.window.to < a.window.from) return dayDiff(b.window.to, a.window.from);
  return 0;
}

/** What two reports have in common. */
export interface PairEvidence {
  readonly days: number | null;
  readonly places: number;
  /** Places named by both (not only near each other). */
  readonly same: number;
  /** Both name places where things happened, and none of them is near the other's. */
  readonly apart: boolean;
  readonly zones: number;
  readonly areas: number;
  readonly actors: number;
  readonly text: number;
  /** Counted figures both give, each weighing what a number of its size tells (log2(n) / 2: 2 → 0.5, 8 → 1.5). */
  readonly figures: number;
  readonly compatible: boolean;
}

export function pairEvidence(a: ClusterFeatures, b: ClusterFeatures, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): PairEvidence {
  const places = nearPlaces(a.places, b.places, o.nearKm);
  return {
    days: gap(a, b),
    places,
    same: a.places.filter((p) => b.places.some((q) => q.id === p.id)).length,
    apart: a.places.length > 0 && b.places.length > 0 && places === 0,
    zones: overlap(a.zones, b.zones),
    areas: overlap(a.areas, b.areas),
    actors: overlap(a.actors, b.actors),
    text: wording(a, b),
    figures: [...a.figures].filter((x) => b.figures.has(x)).reduce((sum, x) => sum + Math.log2(Number(x.slice(x.indexOf(':') + 1))) / 2, 0),
    compatible: compatible(a.type, b.type),
  };
}

/** Two types of one happening (a ceasefire told as the fighting it ends) meet only on the same day, in like words and places. */
function crossType(e: PairEvidence, o: ClusterOptions): boolean {
  return e.actors >= 2 && (e.text >= o.minText * 1.5 || (e.text >= o.minText * 0.75 && e.places + e.zones > 0));
}

/**
 * How two reports with dates of their own are linked: `place` when they tell of the same happening at
 * the same place (or places beside each other), `other` when they do by words, figures or region but
 * at least one of them names no place, null when they are not one incident.
 */
function link(a: ClusterFeatures, b: ClusterFeatures, o: ClusterOptions): 'place' | 'other' | null {
  if (a.background || b.background) return null;
  const e = pairEvidence(a, b, o);
  if (e.days === null || e.days > o.maxDays) return null;
  if (!e.compatible && !(e.days === 0 && crossType(e, o))) return null;
  if (e.places > 0 && (e.actors > 0 || e.text >= o.minText / 2)) return 'place';
  if (e.actors === 0) return null;
  // Places far apart: two happenings, unless told on the same day in like words (one offensive along a front).
  if (e.apart) return e.days === 0 && e.text >= o.minText * 2 ? 'place' : null;
  return e.text >= o.minText || e.figures > 0 || (e.days <= 1 && (e.areas > 0 || e.zones > 0) && e.actors >= 2) ? 'other' : null;
}

/** True when two reports with dates of their own can be one incident. */
function sameIncident(a: ClusterFeatures, b: ClusterFeatures, o: ClusterOptions): boolean {
  return link(a, b, o) !== null;
}

/** How much two reports have in common, as one number. */
function resemblance(e: PairEvidence): number {
  return e.places * 2 + e.zones + e.actors * 0.5 + e.text * 4 + e.figures;
}

/**
 * How strongly a report with no date of its own resembles another (0 when it cannot be the same
 * incident). Counted figures that two reports both give but never share halve it: they tell of
 * different happenings more often than of one.
 */
export function affinity(a: ClusterFeatures, b: ClusterFeatures, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): number {
  if (a.background || b.background) return 0;
  const e = pairEvidence(a, b, o);
  if (!e.compatible && !crossType(e, o)) return 0;
  // Across languages words cannot be compared: the same place, the same type and the same sides must do.
  const acrossLanguages = a.language !== b.language && a.type === b.type && a.type !== UNTYPED && e.actors >= 2;
  const linked = e.places >= 2
    || (e.places === 1 && (e.text >= o.minText || e.figures > 0 || (acrossLanguages && e.same > 0)))
    || (acrossLanguages && e.zones >= 2)
    || (!e.apart && e.figures > 0 && (e.text >= o.minText || (e.zones > 0 && e.actors >= 2) || (acrossLanguages && e.areas > 0)))
    || (!e.apart && e.figures >= 2 && e.actors >= 2)
    || (!e.apart && e.text >= o.minText * 2);
  if (!linked) return 0;
  const score = resemblance(e);
  return a.figures.size && b.figures.size && !e.figures ? score / 2 : score;
}

/**
 * Groups reports into incidents from their features, in four steps:
 * 1. reports with dates of their own that tell of one happening at one place (`link`), or that name
 *    no place and are linked otherwise, form groups (connected components);
 * 2. a group naming no place joins the one group with places it is linked to most closely;
 * 3. each report without a date of its own joins the single report it most resembles (`affinity`);
 * 4. undated reports that only found one another join, as one, the dated report closest to any of
 *    them when it is at least `minIsland` close.
 * Every step compares two reports at a time and breaks ties by report id, so the groups do not depend
 * on the order of the input. Returns groups of report ids, each sorted, the groups sorted by their first id.
 */
export function clusterFeatures(input: readonly ClusterFeatures[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): string[][] {
  const features = [...input].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const parent = features.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number): void => {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  const loose: [number, number][] = [];
  // Dated reports in order of their windows: each is compared only with those starting within maxDays of its end.
  const dated = features.map((_, i) => i).filter((i) => features[i]!.window).sort((x, y) => features[x]!.window!.from.localeCompare(features[y]!.window!.from) || x - y);
  for (let a = 0; a < dated.length; a++) {
    const i = dated[a]!;
    for (let b = a + 1; b < dated.length; b++) {
      const j = dated[b]!;
      if (dayDiff(features[i]!.window!.to, features[j]!.window!.from) > options.maxDays) break;
      const kind = link(features[i]!, features[j]!, options);
      if (kind === 'place' || (kind === 'other' && !features[i]!.places.length && !features[j]!.places.length)) union(i, j);
      else if (kind === 'other') loose.push([i, j]);
    }
  }
  // Reports that name no place join the one group with places they most resemble, never two: a
  // report about the whole region the same day as strikes on two towns does not make them one.
  const placed = new Set(features.flatMap((f, i) => (f.places.length ? [find(i)] : [])));
  const choice = new Map<number, { target: number; score: number }>();
  for (const [i, j] of loose) {
    const [from, to] = placed.has(find(i)) ? [find(j), find(i)] : [find(i), find(j)];
    const score = resemblance(pairEvidence(features[i]!, features[j]!, options));
    const known = choice.get(from);
    if (!known || score > known.score || (score === known.score && to < known.target)) choice.set(from, { target: to, score });
  }
  for (const [from, { target }] of choice) union(from, target);
  for (let i = 0; i < features.length; i++) {
    const j = bestPartner(features, i, () => true, options);
    if (j >= 0) union(i, j);
  }
  // Reports with no date that only found each other join, as one, the dated report closest to any of them.
  const islands = new Map<number, number[]>();
  features.forEach((f, i) => islands.set(find(i), [...(islands.get(find(i)) ?? []), i]));
  for (const members of islands.values()) {
    if (members.some((i) => features[i]!.window)) continue;
    let best = -1, bestScore = options.minIsland;
    for (const i of members) {
      const j = bestPartner(features, i, (f) => Boolean(f.window), options);
      const score = j >= 0 ? affinity(features[i]!, features[j]!, options) : 0;
      if (score > bestScore) [best, bestScore] = [j, score];
    }
    if (best >= 0) union(members[0]!, best);
  }
  const groups = new Map<number, string[]>();
  features.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f.id]));
  return [...groups.values()];
}

/**
 * The report that report i (with no date of its own) joins among those `eligible`: the one it most
 * resembles, the first by id on a tie; -1 when none (never a chain of guesses: one partner).
 */
function bestPartner(features: readonly ClusterFeatures[], i: number, eligible: (f: ClusterFeatures) => boolean, o: ClusterOptions): number {
  const f = features[i]!;
  if (f.window || f.background) return -1;
  let best = -1, bestScore = 0;
  for (let j = 0; j < features.length; j++) {
    if (j === i || !eligible(features[j]!)) continue;
    const score = affinity(f, features[j]!, o);
    if (score > bestScore) [best, bestScore] = [j, score];
  }
  return best;
}

/**
 * For an incident none of whose reports has a date of its own: the dated report (not one of them)
 * that most resembles one of them, when it resembles it at least `minReference`; else null. Its day
 * is the best reference for the incident's 'today' and 'on Friday' (a follow-up is written days, not
 * years, after what it follows).
 */
export function nearestDated(features: readonly ClusterFeatures[], memberIds: readonly string[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): string | null {
  const ids = new Set(memberIds);
  const members = features.filter((f) => ids.has(f.id));
  if (members.some((f) => f.window)) return null;
  let best: ClusterFeatures | null = null;
  let bestScore = options.minReference;
  for (const f of [...features].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    if (!f.window || ids.has(f.id)) continue;
    const score = Math.max(...members.map((m) => affinity(m, f, options)));
    if (score >= bestScore && (best === null || score > bestScore)) [best, bestScore] = [f, score];
  }
  return best?.id ?? null;
}

/** True when a report can change the incident of another: they may be one incident, or one may join the other. */
function related(a: ClusterFeatures, b: ClusterFeatures, o: ClusterOptions): boolean {
  return sameIncident(a, b, o) || affinity(a, b, o) > 0;
}

/**
 * What new reports can change, for clustering incrementally: the reports of every current group
 * that holds a report related to a new one (it may join it, or be joined by it), with the new
 * reports. Clustering these alone (`clusterFeatures`) gives what clustering everything would give
 * them; every other group stays as it is. This holds because each rule compares two reports at a
 * time, so a report no new one is related to keeps every link it had, and a group's reports only
 * ever link to reports of the same group or to new ones.
 */
export function affectedReports(features: readonly ClusterFeatures[], groups: readonly (readonly string[])[], added: ReadonlySet<string>, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Set<string> {
  const fresh = features.filter((f) => added.has(f.id));
  const byId = new Map(features.map((f) => [f.id, f]));
  const affected = new Set(added);
  for (const group of groups) {
    const hit = group.some((id) => added.has(id)) || group.some((id) => {
      const f = byId.get(id);
      return f !== undefined && fresh.some((n) => n.id !== id && related(f, n, options));
    });
    if (hit) for (const id of group) affected.add(id);
  }
  return affected;
}

/** Groups analysed reports into incidents (see `clusterFeatures`); each group in report id order. */
export function clusterReports(analyses: readonly ReportAnalysis[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ReportAnalysis[][] {
  const byId = new Map(analyses.map((a) => [a.doc.report.id, a]));
  return clusterFeatures([...byId.values()].map(featuresOf), options).map((ids) => ids.map((id) => byId.get(id)!));
}

/** A stable incident id from its reports: the same reports always give the same id. */
export function incidentId(reportIds: readonly string[]): string {
  const first = [...reportIds].sort()[0] ?? '';
  return `inc-${createHash('sha256').update(first).digest('hex').slice(0, 10)}`;
}
