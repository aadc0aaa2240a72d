/**
 * One read of the store for everything derived on read: the incidents, their reports, each
 * incident's claims ledger and the stories with their figures. The portal's archive and the CLI's
 * `stories` build on it, so a ledger or a story is computed one way only.
 */
import type { Lexicon } from '../lexicon/types.js';
import { ledgerContext, ledgersFrom, type LedgerContext } from '../ledger/index.js';
import type { Incident, IncidentLedger } from '../model/incident.js';
import type { Report } from '../model/report.js';
import { storiesOf, storyContext, type StoryContext, type StoryWithFigures } from '../story/index.js';

/** What ledgers and stories need of the lexicon: actor names, the conflicts' camps, the places' nesting. */
export type ArchiveContext = LedgerContext & StoryContext;

export function archiveContext(lexicon: Pick<Lexicon, 'actors' | 'sides' | 'place'>): ArchiveContext {
  return { ...ledgerContext(lexicon), ...storyContext(lexicon) };
}

/** The stored incidents with their reports, ledgers (by incident id) and stories. */
export interface ArchiveData {
  readonly incidents: readonly Incident[];
  /** The incidents' reports by id, read without their annotations. */
  readonly reports: ReadonlyMap<string, Report>;
  readonly ledgers: ReadonlyMap<string, IncidentLedger>;
  /** Oldest first (`story/stories.ts`). */
  readonly stories: readonly StoryWithFigures[];
}

/** The store methods {@link readArchiveData} uses. */
export interface ArchiveSource {
  listIncidents(): Promise<Incident[]>;
  loadReports(ids?: readonly string[]): Promise<Report[]>;
}

/** Ledgers and stories of incidents whose reports are at hand (pure). */
export function deriveArchiveData(incidents: readonly Incident[], reports: Iterable<Report>, ctx: ArchiveContext): ArchiveData {
  const byId = new Map([...reports].map((r) => [r.id, r]));
  const ledgers = ledgersFrom(incidents, byId, ctx);
  return { incidents, reports: byId, ledgers, stories: storiesOf(incidents, ledgers, ctx) };
}

/** Reads the incidents and their reports from the store (two queries) and derives ledgers and stories. */
export async function readArchiveData(store: ArchiveSource, ctx: ArchiveContext): Promise<ArchiveData> {
  const incidents = await store.listIncidents();
  const reports = await store.loadReports(incidents.flatMap((i) => i.reportIds));
  return deriveArchiveData(incidents, reports, ctx);
}
