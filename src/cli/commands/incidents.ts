import { flatClaim } from '../../analyze/prediction.js';
import type { Incident, IncidentLedger } from '../../model/incident.js';
import type { Lexicon } from '../../lexicon/types.js';
import { ledgerContext, ledgersOf } from '../../ledger/index.js';
import type { Store } from '../../store/index.js';
import { clip, table, type Io } from '../output.js';

/**
 * The JSON shape of an incident for `--json` and the API: every claim with its evidence, and, when
 * given, its wire families and claims ledger.
 */
export function incidentJson(incident: Incident, ledger?: IncidentLedger) {
  return {
    id: incident.id,
    date: incident.date?.value ?? null,
    type: incident.type,
    places: incident.places.map((p) => ({ id: p.placeId, name: p.name, type: p.placeType, country: p.country, lat: p.lat, lon: p.lon })),
    actors: incident.actors,
    summary: incident.summary,
    reports: incident.reportIds,
    claims: incident.claims.map((c) => ({
      report: c.reportId,
      ...flatClaim(c),
      evidence: { text: c.evidenceText, start: c.evidence.start, end: c.evidence.end, sentence: c.sentence },
      figure: { start: c.start, end: c.end },
      by: c.by,
    })),
    ...(ledger === undefined
      ? {}
      : {
          contested: ledger.contested,
          contestedBecause: ledger.explanation,
          independentSources: ledger.families.length,
          families: ledger.families,
          ledger: { entries: ledger.entries, history: ledger.history },
        }),
  };
}

/** `dateline incidents`: a table, or JSON with `--json`. */
export async function incidentsCommand(store: Store, lexicon: Pick<Lexicon, 'actors' | 'sides'>, io: Io, opts: { json?: boolean; limit?: number }): Promise<number> {
  const incidents = (await store.listIncidents()).slice(0, opts.limit ?? Infinity);
  const ledgers = await ledgersOf(incidents, store, ledgerContext(lexicon));
  if (opts.json) {
    io.out(JSON.stringify(incidents.map((i) => incidentJson(i, ledgers.get(i.id))), null, 2));
    return 0;
  }
  if (!incidents.length) {
    io.out('No incidents yet: run `dateline ingest PATH...` first.');
    return 0;
  }
  const rows = incidents.map((i) => {
    const ledger = ledgers.get(i.id)!;
    return [
      i.id, i.date?.value ?? '?', clip(i.type, 18), clip(i.places.map((p) => p.name).join(', ') || '-', 24), i.actors.join(',') || '-',
      String(i.reportIds.length), String(ledger.families.length), String(i.claims.length), ledger.contested ? 'CONTESTED' : '-', clip(i.summary, 90),
    ];
  });
  io.out(table(['id', 'date', 'type', 'places', 'actors', 'reports', 'sources', 'figures', 'contested', 'summary'], rows));
  const contested = incidents.filter((i) => ledgers.get(i.id)!.contested);
  if (contested.length > 0) {
    io.out(['', 'contested:', ...contested.map((i) => `  ${i.id}  ${ledgers.get(i.id)!.explanation}`)].join('\n'));
  }
  return 0;
}
