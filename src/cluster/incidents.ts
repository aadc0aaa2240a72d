import { createHash } from 'node:crypto';
import type { ReportAnalysis } from '../model/analysis.js';
import { dayDiff } from '../analyze/dates.js';
import { featuresOf, type ClusterFeatures } from './features.js';

/** Tunables of the grouping rule, with the values used by default. */
export interface ClusterOptions {
  /** Reports whose event dates differ by more days than this are never one incident. */
  readonly maxDays: number;
  /** Minimum text similarity (cosine of TF-IDF over title and opening) to link reports sharing no specific place. */
  readonly minText: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { maxDays: 2, minText: 0.18 };

/** The type of a report in a language without event-type cues: compatible with any. */
export const UNTYPED = 'Other';

const VIOLENT = new Set(['Armed clash', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED', 'Attack', 'Government regains territory', 'Non-state actor overtakes territory', 'Abduction/forced disappearance']);

function family(type: string): string {
  return VIOLENT.has(type) ? 'violent' : type;
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function idf(features: readonly ClusterFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length;
  return new Map([...df].map(([t, d]) => [t, Math.log((n + 1) / d)]));
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, weights: ReadonlyMap<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, v] of a) {
    const w = v * (weights.get(t) ?? 0);
    na += w * w;
    const u = b.get(t);
    if (u !== undefined) dot += w * u * (weights.get(t) ?? 0);
  }
  for (const [t, v] of b) {
    const w = v * (weights.get(t) ?? 0);
    nb += w * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** How strongly an undated report resembles another (0 when it cannot be the same incident). */
function undatedAffinity(a: ClusterFeatures, b: ClusterFeatures, weights: ReadonlyMap<string, number>, o: ClusterOptions): number {
  if (a.background || b.background || !compatible(a.type, b.type)) return 0;
  const sharedPlaces = overlap(a.places, b.places);
  const sharedActors = overlap(a.actors, b.actors);
  const text = cosine(a.terms, b.terms, weights);
  const score = sharedPlaces * 2 + sharedActors * 0.5 + text * 4;
  // Reports in different languages share places and actors, not words.
  // Across languages words cannot be compared: a shared place, the same type and the same sides must do.
  const acrossLanguages = a.language !== b.language && a.type === b.type && a.type !== UNTYPED && sharedActors >= 2;
  const linked = sharedPlaces >= 2 || (sharedPlaces === 1 && (text >= o.minText || acrossLanguages)) || text >= o.minText * 2;
  return linked && score >= 2.5 ? score : 0;
}

function compatible(a: string, b: string): boolean {
  return a === UNTYPED || b === UNTYPED || family(a) === family(b);
}

/** True when two dated reports tell of the same happening. */
function sameIncident(a: ClusterFeatures, b: ClusterFeatures, weights: ReadonlyMap<string, number>, o: ClusterOptions): boolean {
  if (a.background || b.background || !a.date || !b.date) return false;
  const days = Math.abs(dayDiff(a.date, b.date));
  if (days > o.maxDays) return false;
  if (!compatible(a.type, b.type)) return false;
  const sharedPlaces = overlap(a.places, b.places);
  const sharedActors = overlap(a.actors, b.actors);
  const text = cosine(a.terms, b.terms, weights);
  if (sharedPlaces > 0 && (sharedActors > 0 || text >= o.minText / 2)) return true;
  if (a.places.size && b.places.size && sharedPlaces === 0 && text < o.minText * 2) return false;
  return sharedActors >= 1 && (text >= o.minText || (days <= 1 && overlap(a.areas, b.areas) > 0 && sharedActors >= 2));
}

/**
 * Groups reports into incidents: connected components of the "same incident" relation over
 * reports sorted by id, so the result does not depend on the order of ingestion.
 * Background reports (no dated event, or an analysis) stay alone.
 */
export function clusterReports(analyses: readonly ReportAnalysis[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): ReportAnalysis[][] {
  const sorted = [...analyses].sort((x, y) => (x.doc.report.id < y.doc.report.id ? -1 : x.doc.report.id > y.doc.report.id ? 1 : 0));
  const features = sorted.map(featuresOf);
  const weights = idf(features);
  const parent = features.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (find(i) !== find(j) && sameIncident(features[i]!, features[j]!, weights, options)) parent[find(j)] = find(i);
    }
  }
  // A report with no date of its own joins the one report it most resembles (never a chain of guesses).
  for (let i = 0; i < features.length; i++) {
    if (features[i]!.date || features[i]!.background) continue;
    // Prefer a dated partner (it can lend its date) unless an undated one is much closer.
    let best = -1;
    let bestScore = 0;
    let bestDated = -1;
    let bestDatedScore = 0;
    for (let j = 0; j < features.length; j++) {
      if (j === i) continue;
      const score = undatedAffinity(features[i]!, features[j]!, weights, options);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
      if (features[j]!.date && score > bestDatedScore) {
        bestDated = j;
        bestDatedScore = score;
      }
    }
    if (bestDated >= 0 && bestDatedScore >= 0.6 * bestScore) best = bestDated;
    if (best >= 0) parent[find(i)] = find(best);
  }
  const groups = new Map<number, ReportAnalysis[]>();
  sorted.forEach((a, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  });
  return [...groups.values()];
}

/** A stable incident id from its reports: the same reports always give the same id. */
export function incidentId(reportIds: readonly string[]): string {
  const first = [...reportIds].sort()[0] ?? '';
  return `inc-${createHash('sha256').update(first).digest('hex').slice(0, 10)}`;
}
