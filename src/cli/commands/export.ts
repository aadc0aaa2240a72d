import { join } from 'node:path';
import type { Engine } from '../../analyze/context.js';
import type { RelatedLink } from '../../link/related.js';
import type { Incident } from '../../model/incident.js';
import { buildArchive, type Archive, type IncidentView } from '../../portal/archive.js';
import { toCsv, toGeoJson, toJson } from '../../portal/analyst.js';
import { renderSite } from '../../portal/html.js';
import { archiveContext, readArchiveData } from '../../portal/read.js';
import { writeFileAtomic } from '../../publish/atomic-write.js';
import { exportCurrentEvents, type EntryPage } from '../../publish/current-events-md.js';
import type { Store } from '../../store/index.js';
import type { Io } from '../output.js';

/** Formats of `dateline export`, each with what it writes under `--out`. */
export const EXPORT_FORMATS: Readonly<Record<string, string>> = {
  md: 'current-events pages: news/YYYY/MM/DD/index.md and one page per incident',
  html: 'a static site (index.html) that opens offline from disk: incidents with their claims ledgers, stories with timelines',
  csv: 'incidents.csv with ACLED column names and per-side, per-claimant figures',
  geojson: 'incidents.geojson',
  json: 'archive.json: days, incidents with claims and evidence, stories, actors, places',
};

/** `dateline export --format FORMAT --out DIR`: every format is built from the same archive views. */
export async function exportCommand(store: Store, engine: Engine, io: Io, opts: { format: string; out: string }): Promise<number> {
  if (!Object.hasOwn(EXPORT_FORMATS, opts.format)) {
    io.err(`error: export format ${opts.format} is not supported (supported: ${Object.keys(EXPORT_FORMATS).join(', ')})`);
    return 2;
  }
  const ctx = archiveContext(engine.lexicon);
  const data = await readArchiveData(store, ctx);
  const archive = buildArchive(data, { names: ctx.actorName });
  const files = await writeFormat(opts.format, archive, data.incidents, opts.out);
  io.out(`${archive.incidents.length} ${opts.format === 'md' ? 'entries' : 'incidents'} written as ${files.length} files under ${opts.out}`);
  return 0;
}

async function writeFormat(format: string, archive: Archive, incidents: readonly Incident[], out: string): Promise<string[]> {
  const files = new Map<string, string>();
  switch (format) {
    case 'md':
      return exportCurrentEvents(entryPages(archive, incidents), out);
    case 'html':
      for (const [path, html] of renderSite(archive)) files.set(path, html);
      break;
    case 'csv':
      files.set('incidents.csv', toCsv(archive));
      break;
    case 'geojson':
      files.set('incidents.geojson', `${JSON.stringify(toGeoJson(archive), null, 2)}\n`);
      break;
    case 'json':
      files.set('archive.json', toJson(archive));
      break;
    default:
      throw new Error(`export format ${format} has no writer: this is a bug`);
  }
  const written: string[] = [];
  for (const [relative, text] of files) {
    const path = join(out, ...relative.split('/'));
    await writeFileAtomic(path, text);
    written.push(path);
  }
  return written;
}

/** The markdown entries: each archive incident with its sources, details and related links. */
function entryPages(archive: Archive, incidents: readonly Incident[]): EntryPage[] {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  return archive.incidents.map((view) => ({
    incident: { ...byId.get(view.id)!, summary: view.summary },
    sources: view.sources,
    related: view.related.map(toLink),
    ...(view.details === null ? {} : { details: view.details }),
  }));
}

function toLink(related: IncidentView['related'][number]): RelatedLink {
  return {
    incident: { id: related.id ?? `portal:${related.path ?? ''}`, date: related.date ?? (related.id === null ? '' : null), summary: related.summary },
    context: related.context,
  };
}
