import type { ReportAnalysis } from '../model/analysis.js';
import { annotationsOf } from '../model/document.js';
import type { Incident, IncidentClaim } from '../model/incident.js';
import type { PartialDate } from '../model/report.js';
import type { EventPlace } from '../model/analysis.js';
import type { Lexicon } from '../lexicon/types.js';
import { summarize } from '../summarize/summary.js';
import { clusterReports, incidentId, type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from './incidents.js';

function mode<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const e = counts.get(k);
    counts.set(k, { v, n: (e?.n ?? 0) + 1 });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))[0]?.[1].v ?? null;
}

/**
 * The incident's type: the type most of its reports have; on a tie, the one its reports' cues weigh
 * most for (each report's event-type scores relative to its own best), so that a follow-up headlined
 * 'new truce announced' does not turn a missile strike into an agreement.
 */
function incidentType(members: readonly ReportAnalysis[]): string {
  const votes = new Map<string, number>();
  for (const m of members) votes.set(m.event.type, (votes.get(m.event.type) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const m of members) {
    const scores = annotationsOf(m.doc, 'event-type');
    const top = Math.max(0, ...scores.map((a) => a.score));
    if (top > 0) for (const a of scores) weight.set(a.label, (weight.get(a.label) ?? 0) + a.score / top);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (weight.get(b[0]) ?? 0) - (weight.get(a[0]) ?? 0) || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? 'Other';
}

/** Builds one incident from the reports of a cluster. */
export function buildIncident(members: readonly ReportAnalysis[], lexicon: Lexicon): Incident {
  const reportIds = members.map((m) => m.doc.report.id).sort();
  const dated = members.map((m) => m.event.date).filter((d): d is PartialDate => d !== null);
  const date = mode(dated.filter((d) => d.precision === 'day'), (d) => d.value) ?? mode(dated, (d) => d.value);
  const type = incidentType(members);
  const placeCount = new Map<string, { place: EventPlace; n: number; rank: number }>();
  members.forEach((m) => m.event.places.forEach((p, i) => {
    const e = placeCount.get(p.placeId);
    placeCount.set(p.placeId, { place: e?.place ?? p, n: (e?.n ?? 0) + 1, rank: Math.min(e?.rank ?? i, i) });
  }));
  const places = [...placeCount.values()].sort((a, b) => b.n - a.n || a.rank - b.rank || a.place.name.localeCompare(b.place.name)).map((e) => e.place);
  const actorCount = new Map<string, number>();
  for (const m of members) for (const a of m.event.actors) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
  const actors = [...actorCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const claims: IncidentClaim[] = members.flatMap((m) => m.claims.map((c) => ({ ...c, reportId: m.doc.report.id, evidenceText: m.doc.text.slice(c.evidence.start, c.evidence.end) })));
  const summary = summarize({ members, type, actors, places, claims, date: date?.value ?? null, lexicon });
  return { id: incidentId(reportIds), date, type, places, actors, reportIds, claims, summary };
}

/** Groups analysed reports into incidents, sorted by date then id. */
export function buildIncidents(analyses: readonly ReportAnalysis[], lexicon: Lexicon, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Incident[] {
  return clusterReports(analyses, options)
    .map((members) => buildIncident(members, lexicon))
    .sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? '') || a.id.localeCompare(b.id));
}
