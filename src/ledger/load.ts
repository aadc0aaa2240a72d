/** Ledgers of stored incidents, computed on read from the incidents and their reports. */
import type { Incident, IncidentLedger } from '../model/incident.js';
import type { Report } from '../model/report.js';
import type { Lexicon } from '../lexicon/types.js';
import { buildLedger, type LedgerContext, type LedgerReport } from './ledger.js';

/** Names and camps from the lexicon: no actor is known to the code. */
export function ledgerContext(lexicon: Pick<Lexicon, 'actors' | 'sides'>): LedgerContext {
  return { actorName: (code) => lexicon.actors.get(code)?.name ?? code, sides: lexicon.sides };
}

/** The ledger of each incident, by incident id, from reports already read (pure). */
export function ledgersFrom(incidents: readonly Incident[], reports: ReadonlyMap<string, LedgerReport>, ctx: LedgerContext): Map<string, IncidentLedger> {
  return new Map(incidents.map((i) => [i.id, buildLedger(i, reports, ctx)]));
}

/** The ledger of each incident, by incident id; the reports are read once for all of them. */
export async function ledgersOf(
  incidents: readonly Incident[],
  source: { loadReports(ids?: readonly string[]): Promise<Report[]> },
  ctx: LedgerContext,
): Promise<Map<string, IncidentLedger>> {
  const reports = new Map((await source.loadReports(incidents.flatMap((i) => i.reportIds))).map((r) => [r.id, r]));
  return ledgersFrom(incidents, reports, ctx);
}
