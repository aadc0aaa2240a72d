import type { ReportAnalysis } from '../model/analysis.js';
import type { PartialDate } from '../model/report.js';
import { analyzeReport } from '../analyze/analyze.js';
import type { Engine } from '../analyze/context.js';
import { clusterReports } from './incidents.js';

/**
 * The date an incident's reports agree on: the most common day among their event dates, those
 * stated in the text counting double (ties: the earliest), else null.
 */
export function consensusDate(members: readonly ReportAnalysis[]): PartialDate | null {
  // A date a report states in its text counts twice as much as one taken from its publication date.
  const counts = new Map<string, number>();
  for (const m of members) {
    const d = m.event.date;
    if (d?.precision === 'day') counts.set(d.value, (counts.get(d.value) ?? 0) + (m.event.dateEvidence ? 2 : 1));
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { value: best[0], precision: 'day' } : null;
}

/**
 * A collection step: reports that state no date of their own (no publication date, or only
 * 'yesterday' without one) take it from the other reports of their incident, and are analysed again
 * with that date as their reference. Returns every analysis, refined where the incident told more.
 */
export function refineWithIncidents(analyses: readonly ReportAnalysis[], engine: Engine): { analyses: ReportAnalysis[]; changed: ReadonlySet<string> } {
  const changed = new Set<string>();
  const byId = new Map(analyses.map((a) => [a.doc.report.id, a]));
  for (const members of clusterReports(analyses)) {
    if (members.length < 2) continue;
    const date = consensusDate(members);
    if (!date) continue;
    for (const m of members) {
      const stated = m.event.dateEvidence !== null && m.event.date?.precision === 'day';
      if (stated || m.event.date?.value === date.value) continue;
      const again = analyzeReport(m.doc.report, engine.pipeline, engine.ctx, { eventDate: date });
      if (again.event.date?.value !== m.event.date?.value) {
        byId.set(m.doc.report.id, again);
        changed.add(m.doc.report.id);
      }
    }
  }
  return { analyses: [...byId.values()], changed };
}
