import type { ReportAnalysis } from '../model/analysis.js';
import type { PartialDate } from '../model/report.js';
import { analyzeReport } from '../analyze/analyze.js';
import type { Engine } from '../analyze/context.js';
import { featuresOf } from './features.js';
import { clusterFeatures, nearestDated } from './incidents.js';

/** True when a report dates its event by itself: it has a publication date and states the day. */
function statesOwnDay(m: ReportAnalysis): boolean {
  return m.doc.report.published?.precision === 'day' && m.event.dateEvidence !== null && m.event.date?.precision === 'day';
}

/**
 * The date an incident's reports agree on: the most common day the published reports state (ties:
 * the earliest; a clash told over three days began on the first); when none states one, the most
 * common publication day; else null. A publication day is only a bound (the event may be days
 * older), so it never outvotes a stated day. Reports with no publication date do not vote: a day
 * read from such a text may be a background date, and one lent by this very step is not theirs.
 * So the consensus is the same before and after refinement.
 */
export function consensusDate(members: readonly ReportAnalysis[]): PartialDate | null {
  const counts = new Map<string, number>();
  const stated = members.filter(statesOwnDay);
  for (const m of stated.length ? stated : members) {
    const published = m.doc.report.published;
    if (published?.precision !== 'day') continue;
    const day = statesOwnDay(m) ? m.event.date!.value : published.value;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { value: best[0], precision: 'day' } : null;
}

function sameFindings(a: ReportAnalysis, b: ReportAnalysis): boolean {
  return JSON.stringify([a.event, a.claims]) === JSON.stringify([b.event, b.claims]);
}

/**
 * Refines the reports of one incident: each report that does not date its event by itself (no
 * publication date, or no day stated) is analysed again with the incident's date as reference.
 * `fresh`: the analyses are first analyses (never refined), so a report of an incident with no
 * date is left as it is; otherwise (analyses loaded from a store, possibly refined in an earlier
 * incident) such a report is analysed again without a reference. `reference`: for an incident with
 * no date of its own, the dated report it most resembles (`nearestDated`), whose day then serves as
 * the reference. Returns the analyses that changed.
 */
export function refineIncident(members: readonly ReportAnalysis[], engine: Engine, fresh: boolean, reference: ReportAnalysis | null = null): ReportAnalysis[] {
  const date = (members.length > 1 ? consensusDate(members) : null) ?? (reference ? consensusDate([reference]) : null);
  const changed: ReportAnalysis[] = [];
  for (const m of members) {
    if (statesOwnDay(m) || (!date && fresh)) continue;
    // A published report already on the incident's day would be analysed again to the same result.
    if (date && m.doc.report.published?.precision === 'day' && m.event.date?.value === date.value && m.event.date.precision === 'day') continue;
    const again = analyzeReport(m.doc.report, engine.pipeline, engine.ctx, date ? { eventDate: date } : {});
    if (!sameFindings(again, m)) changed.push(again);
  }
  return changed;
}

/**
 * A collection step: reports that state no date of their own (no publication date, or only
 * 'yesterday' without one) take it from the other reports of their incident, and are analysed again
 * with that date as their reference. Returns every analysis, refined where the incident told more.
 * The clustering reads nothing that refinement changes (see `features.ts`), so the incidents
 * before and after are the same.
 */
export function refineWithIncidents(analyses: readonly ReportAnalysis[], engine: Engine, options: { fresh?: boolean } = {}): { analyses: ReportAnalysis[]; changed: ReadonlySet<string> } {
  const byId = new Map(analyses.map((a) => [a.doc.report.id, a]));
  const features = analyses.map(featuresOf);
  const changed = new Set<string>();
  for (const ids of clusterFeatures(features)) {
    const members = ids.map((id) => byId.get(id)!);
    const nearest = nearestDated(features, ids);
    for (const again of refineIncident(members, engine, options.fresh ?? true, nearest ? byId.get(nearest)! : null)) {
      byId.set(again.doc.report.id, again);
      changed.add(again.doc.report.id);
    }
  }
  return { analyses: [...byId.values()], changed };
}
