import type { Incident } from '../../model/incident.js';
import type { CurrentEventsEntry, SourceLink } from '../../model/report.js';
import type { Engine } from '../../analyze/context.js';
import { buildEntryPages } from '../../publish/entry-pages.js';
import { exportCurrentEvents } from '../../publish/current-events-md.js';
import type { RelatedLink } from '../../link/related.js';
import type { Store } from '../../store/index.js';
import type { Io } from '../output.js';

/** `dateline export --format md --out DIR`: current-events pages in the portal's markdown structure. */
export async function exportCommand(store: Store, engine: Engine, io: Io, opts: { format: string; out: string }): Promise<number> {
  if (opts.format !== 'md') {
    io.err(`error: export format ${opts.format} is not supported yet (supported: md)`);
    return 2;
  }
  const incidents = await store.listIncidents();
  const analyses = new Map((await store.loadAnalyses()).map((a) => [a.doc.report.id, a]));
  const sourcesOf = (incident: Incident): SourceLink[] => {
    const out: SourceLink[] = [];
    for (const id of incident.reportIds) {
      const r = analyses.get(id)?.doc.report;
      if (!r) continue;
      if (r.entry) out.push(...r.entry.sources);
      else out.push({ outlet: r.outlet ?? r.title ?? r.source, url: r.url ?? '' });
    }
    const seen = new Set<string>();
    return out.filter((s) => (seen.has(s.outlet + s.url) ? false : (seen.add(s.outlet + s.url), true)));
  };
  const names = (code: string) => engine.lexicon.actors.get(code)?.name ?? code;
  const split = incidents.map((incident) => splitPortalSummary(incident, analyses));
  const details = new Map(split.flatMap((s) => (s.details === undefined ? [] : [[s.incident.id, s.details] as const])));
  const pages = buildEntryPages(split.map((s) => s.incident), sourcesOf, { names }).map((page) => ({
    ...page,
    related: [...importedRelated(page.incident, analyses), ...page.related],
    ...(details.has(page.incident.id) ? { details: details.get(page.incident.id)! } : {}),
  }));
  const files = await exportCurrentEvents(pages, opts.out);
  io.out(`${pages.length} entries written as ${files.length} files under ${opts.out}`);
  return 0;
}

type Analyses = ReadonlyMap<string, { doc: { report: { entry: CurrentEventsEntry | null } } }>;

const flat = (text: string) => text.replace(/^#\s*/, '').replace(/\s+/g, ' ').trim();

/**
 * An incident whose summary is an imported portal page's first summary paragraph (the page's `# `
 * line) gets the page's other paragraphs as its details, as the page had them. Any other incident is
 * returned as it is.
 */
function splitPortalSummary(incident: Incident, analyses: Analyses): { incident: Incident; details?: string } {
  const entry = incident.reportIds.map((id) => analyses.get(id)?.doc.report.entry).find((e) => e);
  const paragraphs = (entry?.summary ?? '').split(/\n[ \t]*\n/).map(flat).filter((p) => p !== '');
  if (paragraphs.length < 2 || incident.summary !== paragraphs[0]!.replace(/^#\s*/, '')) return { incident };
  return { incident: { ...incident, summary: paragraphs[0]! }, details: paragraphs.slice(1).join(' ') };
}

/** Related entries that an imported portal page listed, kept with their own dates and contexts. */
function importedRelated(incident: Incident, analyses: Analyses): RelatedLink[] {
  const out: RelatedLink[] = [];
  for (const id of incident.reportIds) {
    const entry = analyses.get(id)?.doc.report.entry;
    for (const r of entry?.related ?? []) out.push({ incident: { id: `portal:${r.path}`, date: r.date ?? '', summary: r.text }, context: [...r.context] });
  }
  return out;
}
