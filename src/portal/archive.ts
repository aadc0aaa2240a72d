import { aboutIncident, sideName } from '../ledger/index.js';
import { createRelatedFinder, type RelatedLink } from '../link/related.js';
import type { ActorCode, CasualtyGroup, CasualtyStatus, PlaceType } from '../model/annotation.js';
import type { FigureHistory, Incident, IncidentLedger, LedgerEntry, SourceFamily } from '../model/incident.js';
import type { Report, SourceLink } from '../model/report.js';
import type { StoryFigure, StoryWithFigures } from '../story/index.js';
import type { ArchiveData } from './read.js';

/**
 * The portal's query layer: one read of the store (`read.ts`: incidents, their reports, claims
 * ledgers and stories) turned into plain views of days, incidents, stories, actors and places.
 * Every export (markdown, static site, JSON, CSV, GeoJSON) and the JSON API are built from these
 * views and nothing else. Every view survives `JSON.stringify`.
 */

/** Version of the archive's JSON shape; raised when a field changes meaning or disappears. */
export const ARCHIVE_VERSION = 2;

export interface PlaceRef {
  readonly id: string;
  readonly name: string;
  readonly type: PlaceType;
  /** ISO 3166-1 alpha-3 of the country it lies in, and that country's display name. */
  readonly country: string | null;
  readonly countryName: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface ActorRef {
  readonly code: ActorCode;
  readonly name: string;
}

/** One casualty figure of an incident, with its claimant and evidence. */
export interface ClaimView {
  /** Actor code, `multiple` or `unknown`. */
  readonly side: string;
  readonly sideName: string;
  readonly status: CasualtyStatus;
  readonly group: CasualtyGroup;
  readonly min: number | null;
  readonly max: number | null;
  /** Actor code of the claimant, null for the report's own voice. */
  readonly claimant: ActorCode | null;
  readonly claimantName: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null. */
  readonly date: string | null;
  /**
   * True when the figure is about another happening than the incident ('30,000 died in the 1990s
   * war' in a report of a clash; the ledger's rule, `ledger/aboutIncident`): shown with the
   * incident, never in its ledger nor its totals.
   */
  readonly background: boolean;
  readonly reportId: string;
  /** Half-open UTF-16 offsets of the evidence sentence in the report's text, and that text. */
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
}

/** A related incident: the ranked link of `link/related`, or an entry an imported portal page listed. */
export interface RelatedView {
  /** Id of an incident of the archive, or null for an entry an imported page listed that is not one. */
  readonly id: string | null;
  readonly date: string | null;
  readonly summary: string;
  /** Site path of the portal page an imported entry linked to (`/news/...md`), else null. */
  readonly path: string | null;
  readonly context: readonly string[];
}

/** A ledger entry (one side and status) with the side's display name. */
export interface LedgerEntryView extends LedgerEntry {
  readonly sideName: string;
}

/** Every version of one voice's figure, with the side's display name. */
export interface FigureHistoryView extends FigureHistory {
  readonly sideName: string;
}

/** A source family with the outlets of its reports. */
export interface FamilyView extends SourceFamily {
  readonly outlets: readonly string[];
}

export interface IncidentView {
  readonly id: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when undated. */
  readonly date: string | null;
  readonly precision: 'day' | 'month' | 'year' | null;
  readonly type: string;
  readonly summary: string;
  /** Further paragraphs of an imported portal page's summary, or null. */
  readonly details: string | null;
  readonly places: readonly PlaceRef[];
  readonly actors: readonly ActorRef[];
  readonly sources: readonly SourceLink[];
  readonly reportIds: readonly string[];
  readonly claims: readonly ClaimView[];
  /** The claims ledger's flag and one-line explanation (README: claims ledger). */
  readonly contested: boolean;
  readonly contestedBecause: string | null;
  /** Source families among the reports: copies of one wire story, or one outlet's reports, count once. */
  readonly independentSources: number;
  readonly families: readonly FamilyView[];
  /** The claims ledger (`src/ledger/`): entries per side and status, and every voice's figure history. */
  readonly ledger: { readonly entries: readonly LedgerEntryView[]; readonly history: readonly FigureHistoryView[] };
  readonly related: readonly RelatedView[];
  readonly storyId: string | null;
}

export interface DayView {
  /** The day (`YYYY-MM-DD`), or the month / year of less precise incidents, or null for the undated. */
  readonly date: string | null;
  readonly incidentIds: readonly string[];
}

/** A story's figure (one side and status) with the side's display name. */
export interface StoryFigureView extends StoryFigure {
  readonly sideName: string;
}

/** A story of `src/story/`: its timeline entries carry their incidents' estimates, and the story their totals. */
export interface StoryView extends Omit<StoryWithFigures, 'timeline' | 'totals'> {
  readonly timeline: readonly (Omit<StoryWithFigures['timeline'][number], 'figures'> & { readonly figures: readonly StoryFigureView[] })[];
  readonly totals: readonly StoryFigureView[];
}

export interface ActorView extends ActorRef {
  readonly incidentIds: readonly string[];
}

export interface PlaceView extends PlaceRef {
  readonly incidentIds: readonly string[];
}

/** Everything the portal shows. Lists are in a fixed order: the same store gives the same archive. */
export interface Archive {
  readonly version: number;
  /** Newest first, undated last. */
  readonly days: readonly DayView[];
  /** By date (undated last), then id. */
  readonly incidents: readonly IncidentView[];
  /** Newest first. */
  readonly stories: readonly StoryView[];
  /** By name. */
  readonly actors: readonly ActorView[];
  /** By name, then id. */
  readonly places: readonly PlaceView[];
}

/** Options of {@link buildArchive}. */
export interface ArchiveOptions {
  /** Display name of an actor code (default: the code). */
  readonly names?: (code: ActorCode) => string;
  /** Most related links per incident (default 10). */
  readonly relatedLimit?: number;
}

/** Builds the archive from the incidents, their reports, ledgers and stories (pure). */
export function buildArchive(data: ArchiveData, options: ArchiveOptions = {}): Archive {
  const names = options.names ?? ((code: ActorCode) => code);
  const reports = data.reports;
  const split = data.incidents.map((incident) => splitPortalSummary(incident, reports));
  const incidents = split.map((s) => s.incident);
  const stories = data.stories;
  const byEntry = new Map(incidents.map((i) => [entryKey(i.date?.value ?? null, i.summary), i.id]));
  const storyOf = new Map(stories.flatMap((story) => story.incidentIds.map((id) => [id, story.id] as const)));
  const relatedTo = createRelatedFinder(incidents, {
    names,
    storyOf: (incident) => storyOf.get(incident.id) ?? null,
    ...(options.relatedLimit === undefined ? {} : { limit: options.relatedLimit }),
  });
  const side = (code: string) => sideName(code, names);
  const views = split.map(({ incident, details }): IncidentView => {
    const ledger = data.ledgers.get(incident.id);
    if (ledger === undefined) throw new Error(`archive: no ledger for incident ${incident.id}: this is a bug`);
    return {
      id: incident.id,
      date: incident.date?.value ?? null,
      precision: incident.date?.precision ?? null,
      type: incident.type,
      summary: incident.summary,
      details: details ?? null,
      places: incident.places.map((p) => ({
        id: p.placeId,
        name: p.name,
        type: p.placeType,
        country: p.country,
        countryName: p.country === null ? null : names(p.country),
        lat: p.lat,
        lon: p.lon,
      })),
      actors: incident.actors.map((code) => ({ code, name: names(code) })),
      sources: sourcesOf(incident, reports),
      reportIds: [...incident.reportIds],
      claims: incident.claims.map((c) => ({
        side: c.side,
        sideName: side(c.side),
        status: c.status,
        group: c.group,
        min: c.min,
        max: c.max,
        claimant: c.claimant?.code ?? null,
        claimantName: c.claimant ? names(c.claimant.code) : null,
        date: c.date?.value ?? null,
        background: !aboutIncident(c, incident),
        reportId: c.reportId,
        evidence: { start: c.evidence.start, end: c.evidence.end, text: c.evidenceText },
      })),
      contested: ledger.contested,
      contestedBecause: ledger.explanation,
      independentSources: ledger.families.length,
      families: familiesOf(ledger, reports),
      ledger: {
        entries: ledger.entries.map((e) => ({ ...e, sideName: side(e.side) })),
        history: ledger.history.map((h) => ({ ...h, sideName: side(h.side) })),
      },
      related: mergeRelated(incident.id, [...importedRelated(incident, reports), ...relatedTo(incident).map(fromLink)], byEntry),
      storyId: storyOf.get(incident.id) ?? null,
    };
  });
  const figures = (list: readonly StoryFigure[]): StoryFigureView[] => list.map((f) => ({ ...f, sideName: side(f.side) }));
  return {
    version: ARCHIVE_VERSION,
    days: daysOf(views),
    incidents: views,
    stories: [...stories]
      .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((story) => ({ ...story, timeline: story.timeline.map((e) => ({ ...e, figures: figures(e.figures) })), totals: figures(story.totals) })),
    actors: actorsOf(views),
    places: placesOf(views),
  };
}

/** Incidents of the archive by id. */
export function incidentIndex(archive: Archive): ReadonlyMap<string, IncidentView> {
  return new Map(archive.incidents.map((incident) => [incident.id, incident]));
}

/** The incident with this id, or undefined. */
export function findIncident(archive: Archive, id: string): IncidentView | undefined {
  return archive.incidents.find((incident) => incident.id === id);
}

/** Same date and summary (white space aside): the same entry, imported or computed. */
function entryKey(date: string | null, summary: string): string {
  return `${date ?? ''}\u0000${summary.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Related entries without repeats (an exported page imported again lists the computed links as its
 * own): the first of each date and summary is kept. An imported entry that names an incident of the
 * archive points to it; an incident never lists itself.
 */
function mergeRelated(selfId: string, related: readonly RelatedView[], byEntry: ReadonlyMap<string, string>): RelatedView[] {
  const seen = new Set<string>();
  const out: RelatedView[] = [];
  for (const r of related) {
    const key = entryKey(r.date, r.summary);
    const id = r.id ?? byEntry.get(key) ?? null;
    if (seen.has(key) || id === selfId) continue;
    seen.add(key);
    out.push(id === r.id ? r : { ...r, id });
  }
  return out;
}

function fromLink(link: RelatedLink): RelatedView {
  return { id: link.incident.id, date: link.incident.date, summary: link.incident.summary, path: null, context: [...link.context] };
}

/** The ledger's source families, each with its reports' outlets. */
function familiesOf(ledger: IncidentLedger, reports: ReadonlyMap<string, Report>): FamilyView[] {
  return ledger.families.map((f) => ({
    ...f,
    outlets: [...new Set(f.reportIds.map((id) => reports.get(id)?.outlet).filter((o): o is string => !!o))],
  }));
}

/** The reports' outlets and URLs (an imported portal page's own source list), without repeats. */
function sourcesOf(incident: Incident, reports: ReadonlyMap<string, Report>): SourceLink[] {
  const out: SourceLink[] = [];
  for (const id of incident.reportIds) {
    const report = reports.get(id);
    if (!report) continue;
    if (report.entry) out.push(...report.entry.sources);
    else out.push({ outlet: report.outlet ?? report.title ?? report.source, url: report.url ?? '' });
  }
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = `${s.outlet}\u0000${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const flat = (text: string): string => text.replace(/^#\s*/, '').replace(/\s+/g, ' ').trim();

/**
 * An incident whose summary is an imported portal page's first summary paragraph gets the page's
 * other paragraphs as its details, as the page had them.
 */
function splitPortalSummary(incident: Incident, reports: ReadonlyMap<string, Report>): { incident: Incident; details?: string } {
  const entry = incident.reportIds.map((id) => reports.get(id)?.entry).find((e) => e);
  const paragraphs = (entry?.summary ?? '').split(/\n[ \t]*\n/).map(flat).filter((p) => p !== '');
  if (paragraphs.length < 2 || incident.summary !== paragraphs[0]) return { incident };
  return { incident, details: paragraphs.slice(1).join(' ') };
}

/** Related entries that an imported portal page listed, kept with their own dates and contexts. */
function importedRelated(incident: Incident, reports: ReadonlyMap<string, Report>): RelatedView[] {
  const out: RelatedView[] = [];
  for (const id of incident.reportIds) {
    for (const r of reports.get(id)?.entry?.related ?? []) {
      out.push({ id: null, date: r.date, summary: r.text, path: r.path, context: [...r.context] });
    }
  }
  return out;
}

/** Days newest first, undated last; incidents of a day in archive order. */
function daysOf(incidents: readonly IncidentView[]): DayView[] {
  const days = new Map<string, string[]>();
  for (const incident of incidents) {
    const key = incident.date ?? '';
    days.set(key, [...(days.get(key) ?? []), incident.id]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? 1 : a > b ? -1 : 0))
    .map(([date, incidentIds]) => ({ date: date === '' ? null : date, incidentIds }));
}

function actorsOf(incidents: readonly IncidentView[]): ActorView[] {
  const actors = new Map<string, { ref: ActorRef; ids: string[] }>();
  for (const incident of incidents) {
    for (const actor of incident.actors) {
      const entry = actors.get(actor.code) ?? { ref: actor, ids: [] };
      entry.ids.push(incident.id);
      actors.set(actor.code, entry);
    }
  }
  return [...actors.values()]
    .map(({ ref, ids }) => ({ ...ref, incidentIds: ids }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1));
}

function placesOf(incidents: readonly IncidentView[]): PlaceView[] {
  const places = new Map<string, { ref: PlaceRef; ids: string[] }>();
  for (const incident of incidents) {
    for (const place of incident.places) {
      const entry = places.get(place.id) ?? { ref: place, ids: [] };
      entry.ids.push(incident.id);
      places.set(place.id, entry);
    }
  }
  return [...places.values()]
    .map(({ ref, ids }) => ({ ...ref, incidentIds: ids }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}
